// Builds a character tokenizer's vocabulary: the special tokens, then the code points of the
// corpus by descending frequency (ties by code point); the rarest fall out when the
// vocabulary size is smaller than the alphabet, and become [UNK].
#pragma once

#include "CharTokenizer.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class JobContext;

struct CharTrainerOptions {
    std::size_t vocabularySize = 1000;   // special tokens included
    std::uint64_t minimumFrequency = 1;
    std::vector<std::string> specialTokens{"[UNK]"}; // the unknown token is added when missing
    std::string unknownToken = "[UNK]";
};

class CharTrainer {
public:
    explicit CharTrainer(CharTrainerOptions options = {});

    void addText(std::string_view text); // invalid bytes are skipped
    std::size_t distinctCharacters() const { return m_counts.size(); }

    // Throws Error for an empty corpus or a vocabulary size that leaves no room after the
    // special tokens.
    CharTokenizer train(JobContext& context) const;

private:
    CharTrainerOptions m_options;
    std::map<std::int32_t, std::uint64_t> m_counts; // code point -> count
};

} // namespace lengua
