// UTF-8 decoding at a byte position, for the scanners that walk text themselves.
#pragma once

#include <unicode/umachine.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lengua {

// The code point starting at byte i, and its length in bytes (at least 1); an invalid
// sequence gives a negative value, so scanners treat it as neither letter nor space.
inline UChar32 decodeUtf8At(std::string_view text, std::size_t i, std::size_t& length)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
        length = 1;
        return byte;
    }
    auto offset = static_cast<std::int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), offset,
            static_cast<std::int32_t>(text.size()), c);
    length = static_cast<std::size_t>(offset) - i;
    return c;
}

} // namespace lengua
