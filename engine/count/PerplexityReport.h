// A model's perplexity on held-out sentences: exp of the mean negative log-probability
// per predicted token (every word plus each </s>; <s> is never predicted).
#pragma once

#include <cstddef>

namespace lengua {

struct PerplexityReport {
    double perplexity = 0.0;     // +inf only for MLE when some token has probability 0
    double crossEntropyBits = 0.0; // log2(perplexity)
    std::size_t sentences = 0;
    std::size_t tokens = 0;      // predicted tokens, </s> included
    std::size_t unknownTokens = 0; // scored as <unk>
    std::size_t zeroProbabilityTokens = 0;
    double oovRate() const { return tokens ? double(unknownTokens) / double(tokens) : 0.0; }
};

} // namespace lengua
