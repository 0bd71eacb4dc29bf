// GPT-2's pre-tokenizer: splits text into the pieces that byte-level BPE then works on
// inside, with the pattern of OpenAI's encoder.py, written out by hand over UTF-8.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace lengua {

// The pattern is
//     's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// with \p{L} = general category L*, \p{N} = N*, \s = the Unicode White_Space property
// (as Python's `regex` module, which GPT-2 uses, defines them; ICU gives the properties).
// So a word keeps the one space before it ("Ġworld"), a run of spaces gives all but its
// last space to itself and the last one to the next word, and "don't" is "don" + "'t".
// Bytes that are not valid UTF-8 are taken one by one as characters that are neither
// letters, numbers nor spaces, so any byte string is split and the pieces cover it exactly.
class Gpt2PreTokenizer {
public:
    using Span = std::pair<std::size_t, std::size_t>; // [begin, end) in bytes

    // The end of the piece that starts at begin (begin < text.size()).
    static std::size_t pieceEnd(std::string_view text, std::size_t begin);
    // Appends the spans of every piece of text, in order; together they cover text.
    static void split(std::string_view text, std::vector<Span>& spans);
    static std::vector<std::string_view> split(std::string_view text);

    // The length of the character at text[i] (1 for an invalid byte), following the
    // same UTF-8 rules as the splitter (no overlong forms, no surrogates, <= U+10FFFF).
    static std::size_t characterLength(std::string_view text, std::size_t i);
};

} // namespace lengua
