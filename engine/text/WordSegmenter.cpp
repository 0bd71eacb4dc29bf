#include "WordSegmenter.h"

#include "core/Error.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace lengua {

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
