// The word tokenizer: one token per word or punctuation mark, looked up in a fixed vocabulary;
// words outside it become [UNK]. Words are WordScanner's (letters, marks and digits, with an
// apostrophe between letters kept: "don't"); every other non-space character is a token alone.
#pragma once

#include "Tokenizer.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lengua {

class WordLevelTokenizer : public Tokenizer {
public:
    // Throws Error when unknownToken is not in the vocabulary. lowercase: case-fold every
    // word before the look-up (WordScanner::fold, ICU simple case folding).
    explicit WordLevelTokenizer(Vocabulary vocabulary, bool lowercase = false,
                                std::string unknownToken = "[UNK]");

    std::string kind() const override { return "word"; }
    const Vocabulary& vocabulary() const override { return m_vocabulary; }
    TokenId unknownId() const override { return m_unknownId; }
    bool lowercase() const { return m_lowercase; }
    const std::string& unknownToken() const { return m_unknownToken; }

    Encoding encode(std::string_view text) const override;
    // Tokens separated by spaces, except before closing punctuation (. , ; : ! ? ) ] }).
    std::string decode(std::span<const TokenId> ids) const override;

    // The pre-tokenization shared with the trainer: byte spans of the words and marks of text.
    static std::vector<std::pair<std::size_t, std::size_t>> split(std::string_view text);
    // The form looked up in the vocabulary.
    static std::string normalise(std::string_view token, bool lowercase);

private:
    Vocabulary m_vocabulary;
    bool m_lowercase = false;
    std::string m_unknownToken;
    TokenId m_unknownId = -1;
};

} // namespace lengua
