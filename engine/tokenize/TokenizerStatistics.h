// How a tokenizer cuts a body of text: vocabulary size, tokens per word, bytes per
// token and the share of unknown tokens, measured on held-out documents; and how
// often each token of the vocabulary occurs in a corpus (the token view's tooltips).
#pragma once

#include "Tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace lengua {

class JobContext;

struct TokenizerStatistics {
    std::size_t vocabularySize = 0;
    std::uint64_t documents = 0;     // texts measured
    std::uint64_t words = 0;         // WordScanner words (letters, marks, digits) in them
    std::uint64_t bytes = 0;         // UTF-8 bytes of the texts
    std::uint64_t tokens = 0;        // tokens of encode(), special tokens included
    std::uint64_t unknownTokens = 0; // tokens equal to the tokenizer's unknown id

    // 0 when there is nothing to divide by.
    double tokensPerWord() const { return words ? double(tokens) / double(words) : 0.0; }
    double bytesPerToken() const { return tokens ? double(bytes) / double(tokens) : 0.0; }
    double unknownRate() const { return tokens ? double(unknownTokens) / double(tokens) : 0.0; }

    // Encodes every text once. Throws JobCancelled when the context is stopped;
    // progress is the share of texts done.
    static TokenizerStatistics compute(const Tokenizer& tokenizer,
                                       std::span<const std::string_view> texts,
                                       JobContext& context);

    // How many of count documents are held out: the last tenth (rounded down), at least
    // one when there are two or more documents, none for a single document (it is the
    // whole corpus). Training on the first documents and measuring on these keeps the
    // unknown-token rate honest.
    static std::size_t heldOutCount(std::size_t count);

    // Occurrences of each id of the vocabulary in the encoded texts (index = id).
    static std::vector<std::uint64_t> tokenCounts(const Tokenizer& tokenizer,
                                                  std::span<const std::string_view> texts,
                                                  JobContext& context);
};

} // namespace lengua
