// BERT's basic tokenization; see BertPreTokenizer.h. Follows tokenization.py of the original
// BERT release (Devlin et al., 2019): _clean_text, _tokenize_chinese_chars, whitespace split,
// lower + _run_strip_accents, _run_split_on_punc, here done in one pass over the code points.
#include "BertPreTokenizer.h"

#include "core/Utf8.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace lengua {
namespace {

void appendUtf8(std::string& out, UChar32 c)
{
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(buffer), length, c);
    out.append(buffer, static_cast<std::size_t>(length));
}

// Lowercases and/or strips the accents of one code point, into out (as UTF-16 code points).
// Full lowercasing can give several code points ("İ" -> "i̇"), NFD almost always does.
void normaliseCodePoint(UChar32 c, bool lowercase, bool stripAccents, std::vector<UChar32>& out)
{
    out.clear();
    std::array<UChar, 8> source{};
    std::int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source.data(), sourceLength, c);
    std::array<UChar, 32> lowered{};
    const UChar* current = source.data();
    std::int32_t currentLength = sourceLength;
    UErrorCode status = U_ZERO_ERROR;
    if (lowercase) {
        const std::int32_t length = u_strToLower(lowered.data(), std::int32_t(lowered.size()),
                                                 source.data(), sourceLength, "", &status);
        if (U_SUCCESS(status) && length <= std::int32_t(lowered.size())) {
            current = lowered.data();
            currentLength = length;
        }
    }
    std::array<UChar, 64> decomposed{};
    if (stripAccents) {
        status = U_ZERO_ERROR;
        const UNormalizer2* nfd = unorm2_getNFDInstance(&status);
        if (U_SUCCESS(status)) {
            const std::int32_t length = unorm2_normalize(nfd, current, currentLength, decomposed.data(),
                                                         std::int32_t(decomposed.size()), &status);
            if (U_SUCCESS(status) && length <= std::int32_t(decomposed.size())) {
                current = decomposed.data();
                currentLength = length;
            }
        }
    }
    for (std::int32_t i = 0; i < currentLength;) {
        UChar32 d;
        U16_NEXT(current, i, currentLength, d);
        if (stripAccents && u_charType(d) == U_NON_SPACING_MARK)
            continue;
        out.push_back(d);
    }
}

} // namespace

bool BertPreTokenizer::isWhitespace(int c)
{
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return true;
    return c >= 0x80 && u_charType(c) == U_SPACE_SEPARATOR;
}

bool BertPreTokenizer::isControl(int c)
{
    if (c == '\t' || c == '\n' || c == '\r')
        return false;
    if (c < 0)
        return true;
    const auto mask = U_GET_GC_MASK(c);
    return (mask & (U_GC_CC_MASK | U_GC_CF_MASK | U_GC_CS_MASK | U_GC_CO_MASK | U_GC_CN_MASK)) != 0;
}

bool BertPreTokenizer::isPunctuation(int c)
{
    // BERT counts every non-alphanumeric ASCII symbol as punctuation, though Unicode files
    // "$", "+", "<", "^" or "`" under symbols (S*), for consistency.
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
        return true;
    if (c < 0x80)
        return false;
    return (U_GET_GC_MASK(c) & U_GC_P_MASK) != 0;
}

bool BertPreTokenizer::isChineseChar(int c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F) ||
           (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

std::vector<BertPreTokenizer::Word> BertPreTokenizer::split(std::string_view text) const
{
    std::vector<Word> words;
    split(text, words);
    return words;
}

void BertPreTokenizer::split(std::string_view text, std::vector<Word>& words, std::size_t base) const
{
    Word current;
    const auto flush = [&] {
        if (!current.text.empty()) {
            words.push_back(std::move(current));
            current = Word{};
        }
    };
    const auto append = [&](Word& word, UChar32 c, std::size_t begin, std::size_t end) {
        const std::size_t before = word.text.size();
        appendUtf8(word.text, c);
        word.begins.insert(word.begins.end(), word.text.size() - before, begin);
        word.ends.insert(word.ends.end(), word.text.size() - before, end);
    };
    // A dropped character (a control character, an accent) belongs to the character before it
    // in the same word, as Hugging Face's NormalizedString::filter aligns it.
    const auto absorb = [&](std::size_t end) {
        if (current.text.empty())
            return;
        std::size_t last = current.text.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(current.text[last]) & 0xC0) == 0x80)
            --last;
        std::fill(current.ends.begin() + std::ptrdiff_t(last), current.ends.end(), end);
    };
    // A word of its own: a punctuation mark or a CJK ideograph.
    const auto single = [&](UChar32 c, std::size_t begin, std::size_t end) {
        flush();
        Word word;
        append(word, c, begin, end);
        words.push_back(std::move(word));
    };

    const bool lowercase = m_normalization.lowercase;
    const bool stripAccents = m_normalization.stripAccents;
    std::vector<UChar32> normalised;
    std::size_t length = 0;
    for (std::size_t i = 0; i < text.size(); i += length) {
        const int c = decodeUtf8At(text, i, length);
        const std::size_t begin = base + i;
        const std::size_t end = base + i + length;
        if (c < 0) {
            // An invalid byte: dropped by cleaning, otherwise kept as U+FFFD.
            if (!m_normalization.cleanText)
                append(current, 0xFFFD, begin, end);
            else
                absorb(end);
            continue;
        }
        if (m_normalization.cleanText && (c == 0 || c == 0xFFFD || isControl(c))) {
            absorb(end);
            continue;
        }
        if (isWhitespace(c)) {
            flush();
            continue;
        }
        if (m_normalization.handleChineseChars && isChineseChar(c)) {
            single(c, begin, end);
            continue;
        }
        if (c < 0x80) { // the common case, without ICU
            if (isPunctuation(c)) {
                single(c, begin, end);
                continue;
            }
            current.text.push_back(lowercase && c >= 'A' && c <= 'Z' ? char(c + 32) : char(c));
            current.begins.push_back(begin);
            current.ends.push_back(end);
            continue;
        }
        if (lowercase || stripAccents)
            normaliseCodePoint(c, lowercase, stripAccents, normalised);
        else
            normalised.assign(1, c);
        if (normalised.empty())
            absorb(end);
        for (const UChar32 d : normalised) {
            if (isPunctuation(d))
                single(d, begin, end);
            else
                append(current, d, begin, end);
        }
    }
    flush();
}

} // namespace lengua
