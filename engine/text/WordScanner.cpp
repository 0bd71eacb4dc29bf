#include "WordScanner.h"

#include "core/Utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

namespace lengua {
namespace {

constexpr std::array<bool, 128> makeAsciiWordTable()
{
    std::array<bool, 128> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    return table;
}
constexpr std::array<bool, 128> asciiWord = makeAsciiWordTable();

bool isWordCodePoint(UChar32 c)
{
    if (c < 0)
        return false;
    if (c < 128)
        return asciiWord[c];
    const auto mask = U_GET_GC_MASK(c);
    return (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
}

bool isLetter(UChar32 c)
{
    if (c < 0)
        return false;
    if (c < 128)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0;
}

} // namespace

bool WordScanner::next()
{
    const std::size_t size = m_text.size();
    std::size_t length = 0;
    // Skip to the first word code point.
    while (m_position < size) {
        const auto byte = static_cast<unsigned char>(m_text[m_position]);
        if (byte < 0x80) {
            if (asciiWord[byte])
                break;
            ++m_position;
            continue;
        }
        if (isWordCodePoint(decodeUtf8At(m_text, m_position, length)))
            break;
        m_position += length;
    }
    if (m_position >= size)
        return false;
    m_begin = m_position;
    UChar32 previous = -1;
    while (m_position < size) {
        const auto byte = static_cast<unsigned char>(m_text[m_position]);
        if (byte < 0x80 && asciiWord[byte]) {
            previous = byte;
            ++m_position;
            continue;
        }
        const UChar32 c = decodeUtf8At(m_text, m_position, length);
        if (isWordCodePoint(c)) {
            previous = c;
            m_position += length;
            continue;
        }
        if ((c == '\'' || c == 0x2019) && isLetter(previous) && m_position + length < size) {
            std::size_t nextLength = 0;
            if (isLetter(decodeUtf8At(m_text, m_position + length, nextLength))) {
                previous = c;
                m_position += length;
                continue;
            }
        }
        break;
    }
    m_end = m_position;
    return true;
}

void WordScanner::fold(std::string_view word, std::string& out)
{
    out.clear();
    out.reserve(word.size());
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
    const auto size = static_cast<std::int32_t>(word.size());
    std::int32_t i = 0;
    while (i < size) {
        const std::uint8_t byte = bytes[i];
        if (byte < 0x80) {
            out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, size, c);
        if (c < 0)
            c = 0xFFFD;
        c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        char buffer[U8_MAX_LENGTH];
        std::int32_t length = 0;
        U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(buffer), length, c); // c is valid here
        out.append(buffer, static_cast<std::size_t>(length));
    }
}

} // namespace lengua
