// Splits text into word tokens with ICU's word break iterator (UAX #29 word
// boundaries): a segment whose rule status says letters, number, kana or ideograph
// is a word ("canción", "3.14", "don't"); any other segment that is not whitespace
// is a punctuation (or symbol) token, kept or dropped as asked; whitespace never
// becomes a token.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class WordSegmenter {
public:
    struct Token {
        std::size_t begin = 0; // byte offsets in the segmented text
        std::size_t end = 0;
        bool word = true;      // false: punctuation or symbol

        bool operator==(const Token&) const = default;
    };

    // language: "es", "en" or any ICU locale. Throws Error when ICU fails.
    explicit WordSegmenter(const std::string& language);
    // A copy clones the ICU iterator: give each thread its own.
    WordSegmenter(const WordSegmenter& other);
    WordSegmenter& operator=(const WordSegmenter&) = delete;
    ~WordSegmenter();

    // Appends the tokens of text to out. Not const: the ICU iterator keeps state.
    void segment(std::string_view text, std::vector<Token>& out, bool keepPunctuation);
    std::vector<std::string> words(std::string_view text, bool keepPunctuation = false);

private:
    struct Iterator;
    std::unique_ptr<Iterator> m_iterator;
};

} // namespace lengua
