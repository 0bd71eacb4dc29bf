// BERT's basic tokenization (BasicTokenizer in the original BERT code; BertNormalizer plus
// BertPreTokenizer in Hugging Face tokenizers): clean, split into words, normalise, split off
// punctuation and CJK ideographs. WordPiece then cuts each word into pieces.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lengua {

// The settings of Hugging Face's BertNormalizer, with the same meaning.
struct BertNormalization {
    bool cleanText = true;          // drop NUL, U+FFFD, invalid bytes and control characters
    bool handleChineseChars = true; // every CJK ideograph is a word of its own
    bool lowercase = true;          // full Unicode lowercasing (ICU, root locale)
    bool stripAccents = true;       // NFD, then drop nonspacing marks (Mn); BERT does it when lowercasing

    bool operator==(const BertNormalization&) const = default;
};

class BertPreTokenizer {
public:
    // One word after normalisation. Normalising changes lengths ("É" is two bytes, "e" one),
    // so every byte of text keeps the span of the input character that produced it.
    struct Word {
        std::string text;                // normalised UTF-8
        std::vector<std::size_t> begins; // per byte of text: where its input character begins
        std::vector<std::size_t> ends;   // per byte of text: where its input character ends

        // The input span of the bytes [from, to) of text (to > from).
        std::pair<std::size_t, std::size_t> span(std::size_t from, std::size_t to) const
        {
            return {begins[from], ends[to - 1]};
        }
        std::pair<std::size_t, std::size_t> span() const { return span(0, text.size()); }
    };

    explicit BertPreTokenizer(BertNormalization normalization = {}) : m_normalization(normalization) {}

    const BertNormalization& normalization() const { return m_normalization; }

    // Appends the words of text to words; offsets are byte offsets in text plus base.
    void split(std::string_view text, std::vector<Word>& words, std::size_t base = 0) const;
    std::vector<Word> split(std::string_view text) const;

    // BERT's character classes (code points; negative = invalid byte).
    static bool isWhitespace(int c); // space, \t, \n, \r and Zs
    static bool isControl(int c);    // categories C* except \t, \n, \r
    // Unicode P* and every ASCII symbol that is not a letter, digit or space ("$", "+", "^", "`").
    static bool isPunctuation(int c);
    static bool isChineseChar(int c); // the CJK Unified Ideographs blocks BERT lists

private:
    BertNormalization m_normalization;
};

} // namespace lengua
