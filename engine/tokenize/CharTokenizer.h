// The character tokenizer: every Unicode code point (spaces and newlines included) is one
// token; characters outside the vocabulary and invalid bytes become [UNK].
#pragma once

#include "Tokenizer.h"

#include <string>

namespace lengua {

class CharTokenizer : public Tokenizer {
public:
    // Throws Error when unknownToken is not in the vocabulary.
    explicit CharTokenizer(Vocabulary vocabulary, std::string unknownToken = "[UNK]");

    std::string kind() const override { return "char"; }
    const Vocabulary& vocabulary() const override { return m_vocabulary; }
    TokenId unknownId() const override { return m_unknownId; }
    const std::string& unknownToken() const { return m_unknownToken; }

    Encoding encode(std::string_view text) const override;
    // The tokens concatenated (special tokens included, as their strings).
    std::string decode(std::span<const TokenId> ids) const override;

private:
    Vocabulary m_vocabulary;
    std::string m_unknownToken;
    TokenId m_unknownId = -1;
};

} // namespace lengua
