#include "WordSegmenter.h"

#include "core/Error.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace lengua {
namespace {

// The UAX #29 word-break classes the fast path handles; Unsupported sends the whole
// text to ICU.
enum class WordClass : std::uint8_t { Letter, Numeric, MidLetter, MidNumLet, MidNum, SingleQuote,
                                      Space, Other, Unsupported };

WordClass classify(UChar32 c)
{
    if (c < 0)
        return WordClass::Unsupported; // invalid UTF-8: let ICU decide
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return WordClass::Letter;
        if (c >= '0' && c <= '9')
            return WordClass::Numeric;
        switch (c) {
        case '.': return WordClass::MidNumLet;
        case ':': return WordClass::Other; // ICU (CLDR root) drops the colon from MidLetter
        case ',': case ';': return WordClass::MidNum;
        case '\'': return WordClass::SingleQuote;
        case '_': return WordClass::Unsupported; // ExtendNumLet
        case '@': return WordClass::Unsupported; // ICU counts it as a letter (e-mail addresses)
        case ' ': case '\t': case '\n': case '\r': case '\v': case '\f': return WordClass::Space;
        default: return c < 0x20 || c == 0x7f ? WordClass::Unsupported : WordClass::Other;
        }
    }
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC))
        return WordClass::Unsupported; // emoji sequences have rules of their own
    if (c == 0xFE55 || c == 0xFF1A)
        return WordClass::Other; // the other colons, likewise
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return WordClass::Letter;
    case U_WB_NUMERIC: return WordClass::Numeric;
    case U_WB_MIDLETTER: return WordClass::MidLetter;
    case U_WB_MIDNUMLET: return WordClass::MidNumLet;
    case U_WB_MIDNUM: return WordClass::MidNum;
    case U_WB_SINGLE_QUOTE: return WordClass::SingleQuote;
    case U_WB_WSEGSPACE: case U_WB_NEWLINE: return WordClass::Space;
    case U_WB_DOUBLE_QUOTE: // behaves as Other unless Hebrew letters are near (unsupported)
    case U_WB_OTHER: {
        if (u_isUWhiteSpace(c))
            return WordClass::Space;
        // Only punctuation, symbols and separators: letters of class Other (Thai, CJK,
        // kana) are words that ICU finds with its dictionaries.
        constexpr auto simple = U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK;
        return (U_GET_GC_MASK(c) & simple) ? WordClass::Other : WordClass::Unsupported;
    }
    default: return WordClass::Unsupported;
    }
}

struct ClassifiedChar {
    std::uint32_t begin;
    std::uint32_t end;
    WordClass kind;
};

// Classifies every code point; false when one needs ICU.
bool classifyText(std::string_view text, std::vector<ClassifiedChar>& out)
{
    out.clear();
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto size = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    while (i < size) {
        const std::int32_t begin = i;
        UChar32 c;
        if (bytes[i] < 0x80)
            c = bytes[i++];
        else
            U8_NEXT(bytes, i, size, c);
        const WordClass kind = classify(c);
        if (kind == WordClass::Unsupported)
            return false;
        out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i), kind});
    }
    return true;
}

bool joinsLetters(WordClass k)
{
    return k == WordClass::MidLetter || k == WordClass::MidNumLet || k == WordClass::SingleQuote;
}

bool joinsNumbers(WordClass k)
{
    return k == WordClass::MidNum || k == WordClass::MidNumLet || k == WordClass::SingleQuote;
}

bool isWordChar(WordClass k)
{
    return k == WordClass::Letter || k == WordClass::Numeric;
}

// UAX #29 WB5-WB12 over classified characters: letters and digits join (WB5,
// WB8-WB10); a MidLetter/MidNumLet/quote between two letters (WB6, WB7) and a
// MidNum/MidNumLet/quote between two digits (WB11, WB12) stay inside the word;
// everything else is a segment of its own (WB999), whitespace dropped.
void fastSegment(const std::vector<ClassifiedChar>& chars, std::vector<WordSegmenter::Token>& out,
                 bool keepPunctuation)
{
    const std::size_t n = chars.size();
    std::size_t i = 0;
    while (i < n) {
        const WordClass kind = chars[i].kind;
        if (!isWordChar(kind)) {
            if (keepPunctuation && kind != WordClass::Space)
                out.push_back({chars[i].begin, chars[i].end, false});
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i + 1 < n) {
            const WordClass next = chars[i + 1].kind;
            if (isWordChar(next)) {
                ++i;
                continue;
            }
            if (i + 2 < n) {
                const WordClass current = chars[i].kind;
                const WordClass after = chars[i + 2].kind;
                if ((current == WordClass::Letter && after == WordClass::Letter && joinsLetters(next))
                    || (current == WordClass::Numeric && after == WordClass::Numeric
                        && joinsNumbers(next))) {
                    i += 2;
                    continue;
                }
            }
            break;
        }
        out.push_back({chars[start].begin, chars[i].end, true});
        ++i;
    }
}

} // namespace

struct WordSegmenter::Iterator {
    std::unique_ptr<icu::BreakIterator> breaks;
    UText text = UTEXT_INITIALIZER;

    ~Iterator() { utext_close(&text); }
};

WordSegmenter::WordSegmenter(const std::string& language) : m_iterator(std::make_unique<Iterator>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_iterator->breaks.reset(icu::BreakIterator::createWordInstance(icu::Locale(language.c_str()), status));
    if (U_FAILURE(status) || !m_iterator->breaks)
        throw Error("WordSegmenter: ICU has no word rules for \"" + language + "\" ("
                    + u_errorName(status) + ")");
}

WordSegmenter::WordSegmenter(const WordSegmenter& other) : m_iterator(std::make_unique<Iterator>())
{
    m_iterator->breaks.reset(other.m_iterator->breaks->clone());
    if (!m_iterator->breaks)
        throw Error("WordSegmenter: ICU could not clone the word iterator");
}

WordSegmenter::~WordSegmenter() = default;

void WordSegmenter::segment(std::string_view text, std::vector<Token>& out, bool keepPunctuation)
{
    if (m_fastPath && text.size() < (std::size_t(1) << 31)) {
        thread_local std::vector<ClassifiedChar> chars;
        if (classifyText(text, chars)) {
            fastSegment(chars, out, keepPunctuation);
            return;
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&m_iterator->text, text.data(), static_cast<std::int64_t>(text.size()), &status);
    icu::BreakIterator& breaks = *m_iterator->breaks;
    breaks.setText(&m_iterator->text, status);
    if (U_FAILURE(status))
        throw Error(std::string("WordSegmenter: ICU could not read the text (") + u_errorName(status) + ")");
    std::size_t begin = 0;
    for (std::int32_t next = breaks.next(); next != icu::BreakIterator::DONE; next = breaks.next()) {
        const auto end = static_cast<std::size_t>(next);
        if (breaks.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
            out.push_back({begin, end, true});
        } else if (keepPunctuation) {
            const auto byte = static_cast<unsigned char>(text[begin]);
            bool space;
            if (byte < 0x80) {
                space = byte == ' ' || (byte >= '\t' && byte <= '\r');
            } else {
                std::int32_t i = static_cast<std::int32_t>(begin);
                UChar32 c;
                U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i,
                        static_cast<std::int32_t>(text.size()), c);
                space = c >= 0 && u_isUWhiteSpace(c);
            }
            if (!space)
                out.push_back({begin, end, false});
        }
        begin = end;
    }
}

std::vector<std::string> WordSegmenter::words(std::string_view text, bool keepPunctuation)
{
    std::vector<Token> tokens;
    segment(text, tokens, keepPunctuation);
    std::vector<std::string> out;
    out.reserve(tokens.size());
    for (const Token& token : tokens)
        out.emplace_back(text.substr(token.begin, token.end - token.begin));
    return out;
}

} // namespace lengua
