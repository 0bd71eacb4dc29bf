// The word tokenizer; see WordLevelTokenizer.h.
#include "WordLevelTokenizer.h"

#include "core/Error.h"
#include "text/WordScanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace lengua {
namespace {

bool isSpace(int c)
{
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return true;
    return c >= 0x80 && u_isUWhiteSpace(c);
}

} // namespace

WordLevelTokenizer::WordLevelTokenizer(Vocabulary vocabulary, bool lowercase, std::string unknownToken)
    : m_vocabulary(std::move(vocabulary)), m_lowercase(lowercase), m_unknownToken(std::move(unknownToken))
{
    const auto unknown = m_vocabulary.find(m_unknownToken);
    if (!unknown)
        throw Error("WordLevelTokenizer: the unknown token \"" + m_unknownToken +
                    "\" is not in the vocabulary");
    m_unknownId = *unknown;
}

std::vector<std::pair<std::size_t, std::size_t>> WordLevelTokenizer::split(std::string_view text)
{
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    // The gap between two words: every code point that is not a space is a token of its own.
    const auto gap = [&](std::size_t from, std::size_t to) {
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
        std::int32_t i = static_cast<std::int32_t>(from);
        while (i < static_cast<std::int32_t>(to)) {
            const std::int32_t start = i;
            UChar32 c;
            U8_NEXT(bytes, i, static_cast<std::int32_t>(to), c);
            if (!isSpace(c))
                spans.emplace_back(std::size_t(start), std::size_t(i));
        }
    };
    WordScanner scanner(text);
    std::size_t position = 0;
    while (scanner.next()) {
        gap(position, scanner.begin());
        spans.emplace_back(scanner.begin(), scanner.end());
        position = scanner.end();
    }
    gap(position, text.size());
    return spans;
}

std::string WordLevelTokenizer::normalise(std::string_view token, bool lowercase)
{
    if (!lowercase)
        return std::string(token);
    std::string folded;
    WordScanner::fold(token, folded);
    return folded;
}

Encoding WordLevelTokenizer::encode(std::string_view text) const
{
    Encoding out;
    for (const auto& [begin, end] : split(text)) {
        const std::string_view token = text.substr(begin, end - begin);
        const auto id = m_lowercase ? m_vocabulary.find(normalise(token, true)) : m_vocabulary.find(token);
        out.ids.push_back(id ? *id : m_unknownId);
        out.tokens.push_back(m_vocabulary.token(out.ids.back()));
        out.offsets.emplace_back(begin, end);
    }
    return out;
}

std::string WordLevelTokenizer::decode(std::span<const TokenId> ids) const
{
    std::string text;
    for (const TokenId id : ids) {
        const std::string& token = m_vocabulary.token(id);
        const bool closing = token.size() == 1 && std::string_view(".,;:!?)]}").find(token[0]) != std::string_view::npos;
        if (!text.empty() && !closing)
            text.push_back(' ');
        text.append(token);
    }
    return text;
}

} // namespace lengua
