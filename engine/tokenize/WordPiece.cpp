// WordPiece encoding and decoding; see WordPiece.h. The greedy longest-match-first loop is
// WordpieceTokenizer.tokenize of the original BERT code (Devlin et al., 2019).
#include "WordPiece.h"

#include "core/Error.h"

#include <algorithm>

namespace lengua {
namespace {

std::size_t countCodePoints(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

void push(Encoding& out, TokenId id, std::string token, std::size_t begin, std::size_t end)
{
    out.ids.push_back(id);
    out.tokens.push_back(std::move(token));
    out.offsets.emplace_back(begin, end);
}

} // namespace

const std::array<std::string, 5>& WordPiece::defaultSpecialTokens()
{
    static const std::array<std::string, 5> tokens{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    return tokens;
}

WordPiece::WordPiece(Vocabulary vocabulary, WordPieceOptions options)
    : m_vocabulary(std::move(vocabulary))
    , m_options(std::move(options))
    , m_preTokenizer(m_options.normalization)
{
    const auto unknown = m_vocabulary.find(m_options.unknownToken);
    if (!unknown)
        throw Error("WordPiece: the unknown token \"" + m_options.unknownToken +
                    "\" is not in the vocabulary");
    m_unknownId = *unknown;
    for (std::size_t id = 0; id < m_vocabulary.size(); ++id) {
        const auto tokenId = static_cast<TokenId>(id);
        const std::string& token = m_vocabulary.token(tokenId);
        if (m_vocabulary.isSpecial(tokenId) && !token.empty()) {
            m_specials.emplace_back(token, tokenId);
            m_specialStarts.set(static_cast<unsigned char>(token[0]));
        }
    }
    std::stable_sort(m_specials.begin(), m_specials.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

TokenId WordPiece::requiredToken(const std::string& token) const
{
    const auto id = m_vocabulary.find(token);
    if (!id)
        throw Error("WordPiece: the vocabulary has no " + token + " token");
    return *id;
}

void WordPiece::encodeWord(const BertPreTokenizer::Word& word, Encoding& out, std::string& buffer) const
{
    const std::string& text = word.text;
    const auto [wordBegin, wordEnd] = word.span();
    if (countCodePoints(text) > m_options.maxInputCharsPerWord) {
        push(out, m_unknownId, m_options.unknownToken, wordBegin, wordEnd);
        return;
    }
    const std::size_t mark = out.size();
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.size();
        std::optional<TokenId> found;
        while (end > start) {
            const std::string_view piece(text.data() + start, end - start);
            if (start == 0) {
                found = m_vocabulary.find(piece);
            } else {
                buffer.assign(m_options.continuingPrefix);
                buffer.append(piece);
                found = m_vocabulary.find(buffer);
            }
            if (found)
                break;
            // One code point shorter (the normalised text is valid UTF-8).
            --end;
            while (end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                --end;
        }
        if (!found) { // the word cannot be cut: it is unknown as a whole
            out.ids.resize(mark);
            out.tokens.resize(mark);
            out.offsets.resize(mark);
            push(out, m_unknownId, m_options.unknownToken, wordBegin, wordEnd);
            return;
        }
        const auto [begin, finish] = word.span(start, end);
        push(out, *found, m_vocabulary.token(*found), begin, finish);
        start = end;
    }
}

void WordPiece::encodeSegment(std::string_view text, std::size_t base, Encoding& out) const
{
    if (text.empty())
        return;
    std::vector<BertPreTokenizer::Word> words;
    m_preTokenizer.split(text, words, base);
    std::string buffer;
    for (const auto& word : words)
        encodeWord(word, out, buffer);
}

Encoding WordPiece::encode(std::string_view text) const
{
    Encoding out;
    std::size_t segmentStart = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (m_specialStarts.test(static_cast<unsigned char>(text[i]))) {
            const auto match = std::find_if(m_specials.begin(), m_specials.end(), [&](const auto& special) {
                return text.substr(i, special.first.size()) == special.first;
            });
            if (match != m_specials.end()) {
                encodeSegment(text.substr(segmentStart, i - segmentStart), segmentStart, out);
                push(out, match->second, match->first, i, i + match->first.size());
                i += match->first.size();
                segmentStart = i;
                continue;
            }
        }
        ++i;
    }
    encodeSegment(text.substr(segmentStart), segmentStart, out);
    return out;
}

std::string WordPiece::decode(std::span<const TokenId> ids) const
{
    const std::string& prefix = m_options.continuingPrefix;
    std::string text;
    for (const TokenId id : ids) {
        const std::string& token = m_vocabulary.token(id);
        if (!text.empty() && !prefix.empty() && token.starts_with(prefix) && token.size() > prefix.size()) {
            text.append(token, prefix.size());
            continue;
        }
        if (!text.empty())
            text.push_back(' ');
        text.append(token);
    }
    // Hugging Face's WordPiece decoder cleanup (cleanup=true), without its "do not" rewrite.
    static const std::array<std::pair<std::string_view, std::string_view>, 11> cleanups{{
        {" .", "."}, {" ?", "?"}, {" !", "!"}, {" ,", ","}, {" ' ", "'"}, {" n't", "n't"},
        {" 'm", "'m"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"}, {" ;", ";"},
    }};
    for (const auto& [from, to] : cleanups) {
        std::string cleaned;
        std::size_t position = 0;
        for (std::size_t hit; (hit = text.find(from, position)) != std::string::npos;
             position = hit + from.size()) {
            cleaned.append(text, position, hit - position);
            cleaned.append(to);
        }
        if (position == 0)
            continue;
        cleaned.append(text, position);
        text = std::move(cleaned);
    }
    return text;
}

Encoding WordPiece::withSpecialTokens(Encoding encoding) const
{
    const TokenId cls = requiredToken("[CLS]");
    const TokenId sep = requiredToken("[SEP]");
    const std::size_t start = encoding.offsets.empty() ? 0 : encoding.offsets.front().first;
    const std::size_t end = encoding.offsets.empty() ? 0 : encoding.offsets.back().second;
    Encoding out;
    out.ids.reserve(encoding.size() + 2);
    push(out, cls, "[CLS]", start, start);
    out.ids.insert(out.ids.end(), encoding.ids.begin(), encoding.ids.end());
    std::move(encoding.tokens.begin(), encoding.tokens.end(), std::back_inserter(out.tokens));
    out.offsets.insert(out.offsets.end(), encoding.offsets.begin(), encoding.offsets.end());
    push(out, sep, "[SEP]", end, end);
    return out;
}

Encoding WordPiece::encodePair(std::string_view first, std::string_view second) const
{
    Encoding out = withSpecialTokens(encode(first));
    const Encoding tail = encode(second);
    out.ids.insert(out.ids.end(), tail.ids.begin(), tail.ids.end());
    out.tokens.insert(out.tokens.end(), tail.tokens.begin(), tail.tokens.end());
    out.offsets.insert(out.offsets.end(), tail.offsets.begin(), tail.offsets.end());
    const std::size_t end = tail.offsets.empty() ? 0 : tail.offsets.back().second;
    push(out, requiredToken("[SEP]"), "[SEP]", end, end);
    return out;
}

} // namespace lengua
