// GPT-2's byte-to-unicode table (bytes_to_unicode in OpenAI's encoder.py): every byte
// gets a printable character, so a byte-level token can be written as ordinary text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lengua {

// Printable bytes ('!'..'~', '¡'..'¬', '®'..'ÿ') stand for themselves; the other 68
// bytes (control characters, space, DEL, NBSP, soft hyphen...) take U+0100, U+0101...
// in byte order, so the space is "Ġ" (U+0120) and the newline "Ċ" (U+010A).
class ByteLevelAlphabet {
public:
    // The code point that stands for a byte.
    static char32_t symbol(unsigned char byte);
    // That code point in UTF-8 (one or two bytes).
    static const std::string& symbolUtf8(unsigned char byte);
    // The byte a code point stands for, or -1 when it stands for none.
    static int byteOf(char32_t symbol);

    // "hello world" -> "helloĠworld": every byte of raw mapped to its symbol.
    static std::string encode(std::string_view raw);
    // The inverse of encode(); std::nullopt when mapped is not valid UTF-8 or holds a
    // character that stands for no byte.
    static std::optional<std::string> decode(std::string_view mapped);
};

} // namespace lengua
