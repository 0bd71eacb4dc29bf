// GPT-2's pre-tokenization pattern as a hand-written matcher; see Gpt2PreTokenizer.h.
// Written by hand rather than with a regex engine because std::regex knows no Unicode
// classes and is slow, and because invalid UTF-8 must be split too, not rejected.
#include "Gpt2PreTokenizer.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>

namespace lengua {

namespace {

enum class Kind : std::uint8_t { Letter, Number, Space, Other };

struct Char {
    Kind kind;
    std::uint8_t length;
};

constexpr std::array<Kind, 128> makeAsciiKinds()
{
    std::array<Kind, 128> kinds{};
    for (int c = 0; c < 128; ++c) {
        Kind k = Kind::Other;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            k = Kind::Letter;
        else if (c >= '0' && c <= '9')
            k = Kind::Number;
        else if (c == ' ' || (c >= '\t' && c <= '\r')) // White_Space: 9-13 and 32
            k = Kind::Space;
        kinds[std::size_t(c)] = k;
    }
    return kinds;
}

constexpr std::array<Kind, 128> asciiKinds = makeAsciiKinds();

inline bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Decodes one character; an invalid sequence gives the single byte as an Other.
inline Char readChar(std::string_view text, std::size_t i)
{
    const auto c0 = static_cast<unsigned char>(text[i]);
    if (c0 < 0x80)
        return {asciiKinds[c0], 1};
    const std::size_t left = text.size() - i;
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    UChar32 cp;
    std::uint8_t length;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        if (left < 2 || !isContinuation(at(1)))
            return {Kind::Other, 1};
        cp = UChar32(c0 & 0x1F) << 6 | (at(1) & 0x3F);
        length = 2;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        if (left < 3 || !isContinuation(at(1)) || !isContinuation(at(2)))
            return {Kind::Other, 1};
        if ((c0 == 0xE0 && at(1) < 0xA0) || (c0 == 0xED && at(1) >= 0xA0))
            return {Kind::Other, 1}; // overlong form or surrogate
        cp = UChar32(c0 & 0x0F) << 12 | UChar32(at(1) & 0x3F) << 6 | (at(2) & 0x3F);
        length = 3;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        if (left < 4 || !isContinuation(at(1)) || !isContinuation(at(2)) || !isContinuation(at(3)))
            return {Kind::Other, 1};
        if ((c0 == 0xF0 && at(1) < 0x90) || (c0 == 0xF4 && at(1) >= 0x90))
            return {Kind::Other, 1}; // overlong form or beyond U+10FFFF
        cp = UChar32(c0 & 0x07) << 18 | UChar32(at(1) & 0x3F) << 12 | UChar32(at(2) & 0x3F) << 6
             | (at(3) & 0x3F);
        length = 4;
    } else {
        return {Kind::Other, 1};
    }
    const auto mask = U_GET_GC_MASK(cp);
    if (mask & U_GC_L_MASK)
        return {Kind::Letter, length};
    if (mask & U_GC_N_MASK)
        return {Kind::Number, length};
    if (u_isUWhiteSpace(cp))
        return {Kind::Space, length};
    return {Kind::Other, length};
}

// The end of the run of characters of one kind that starts at i.
inline std::size_t runEnd(std::string_view text, std::size_t i, Kind kind)
{
    while (i < text.size()) {
        const Char c = readChar(text, i);
        if (c.kind != kind)
            break;
        i += c.length;
    }
    return i;
}

// 's 't 're 've 'm 'll 'd (lower case only, as in GPT-2): the length matched, or 0.
inline std::size_t contractionLength(std::string_view text, std::size_t i)
{
    if (text[i] != '\'' || i + 1 >= text.size())
        return 0;
    const char a = text[i + 1];
    if (a == 's' || a == 't' || a == 'm' || a == 'd')
        return 2;
    if (i + 2 < text.size()) {
        const char b = text[i + 2];
        if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
            return 3;
    }
    return 0;
}

} // namespace

std::size_t Gpt2PreTokenizer::pieceEnd(std::string_view text, std::size_t begin)
{
    if (const std::size_t n = contractionLength(text, begin))
        return begin + n;
    const Char first = readChar(text, begin);
    if (first.kind != Kind::Space)
        return runEnd(text, begin + first.length, first.kind); // \p{L}+, \p{N}+ or [^\s..]+
    // " ?X+" : an ASCII space followed by a letter, number or other character joins it.
    if (text[begin] == ' ' && begin + 1 < text.size()) {
        const Char second = readChar(text, begin + 1);
        if (second.kind != Kind::Space)
            return runEnd(text, begin + 1 + second.length, second.kind);
    }
    // \s+(?!\S) then \s+ : a run of spaces that ends the text is taken whole; otherwise
    // the run without its last character (when that leaves something), since the last
    // space belongs to the next piece.
    std::size_t last = begin;
    std::size_t i = begin + first.length;
    while (i < text.size()) {
        const Char c = readChar(text, i);
        if (c.kind != Kind::Space)
            return last > begin ? last : i;
        last = i;
        i += c.length;
    }
    return i;
}

void Gpt2PreTokenizer::split(std::string_view text, std::vector<Span>& spans)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = pieceEnd(text, i);
        spans.emplace_back(i, end);
        i = end;
    }
}

std::vector<std::string_view> Gpt2PreTokenizer::split(std::string_view text)
{
    std::vector<std::string_view> pieces;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = pieceEnd(text, i);
        pieces.push_back(text.substr(i, end - i));
        i = end;
    }
    return pieces;
}

std::size_t Gpt2PreTokenizer::characterLength(std::string_view text, std::size_t i)
{
    return readChar(text, i).length;
}

} // namespace lengua
