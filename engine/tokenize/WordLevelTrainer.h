// Builds a word tokenizer's vocabulary from a corpus: the special tokens, then the most
// frequent words (and punctuation marks) that occur at least a minimum number of times.
#pragma once

#include "WordLevelTokenizer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lengua {

class JobContext;

struct WordLevelTrainerOptions {
    std::size_t vocabularySize = 30000;  // special tokens included
    std::uint64_t minimumFrequency = 1;  // rarer words stay out (they become [UNK])
    std::vector<std::string> specialTokens{"[UNK]"}; // the unknown token is added when missing
    std::string unknownToken = "[UNK]";
    bool lowercase = false;
};

class WordLevelTrainer {
public:
    explicit WordLevelTrainer(WordLevelTrainerOptions options = {});

    void addText(std::string_view text);
    void addWord(std::string_view word, std::uint64_t count = 1); // taken as it is
    std::size_t distinctWords() const { return m_counts.size(); }

    // Words by descending count, ties in byte order. Throws Error for an empty corpus or a
    // vocabulary size that leaves no room after the special tokens.
    WordLevelTokenizer train(JobContext& context) const;

private:
    WordLevelTrainerOptions m_options;
    std::unordered_map<std::string, std::uint64_t> m_counts;
};

} // namespace lengua
