// A sentence's probability as the chain rule: one factor P(w_i | w_{i-n+1} … w_{i-1}) per
// word, </s> included, and their product in logs.
#pragma once

#include <string>
#include <vector>

namespace lengua {

struct SentenceScore {
    struct Factor {
        std::string word;                 // as the model sees it (<unk> for unknown words)
        std::string original;             // as written
        std::vector<std::string> context; // the n-1 words conditioned on (<s> padded)
        double probability = 0.0;
        double log10Probability = 0.0;    // -inf when the probability is 0 (MLE)
    };
    std::vector<Factor> factors;
    double log10Probability = 0.0; // sum of the factors' logs
    std::size_t unknownWords = 0;
};

} // namespace lengua
