// Splits text into word tokens with ICU's word break iterator (UAX #29 word
// boundaries): a segment whose rule status says letters, number, kana or ideograph
// is a word ("canción", "3.14", "don't"); any other segment that is not whitespace
// is a punctuation (or symbol) token, kept or dropped as asked; whitespace never
// becomes a token.
//
// Most text of the course (Spanish and English prose) only uses letters, digits,
// spaces and ordinary punctuation. For such a text the UAX #29 rules reduce to a few
// (WB5-WB12), which a direct scan applies several times faster than ICU's rule
// machine; any text with another kind of character (combining marks, emoji, CJK,
// Thai, Hebrew, "_", ...) goes to ICU. A test compares both on random texts.
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

    // Off: every text goes through ICU (for the equivalence test).
    void setFastPath(bool enabled) { m_fastPath = enabled; }

private:
    struct Iterator;
    std::unique_ptr<Iterator> m_iterator;
    bool m_fastPath = true;
};

} // namespace lengua
