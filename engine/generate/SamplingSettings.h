// How the next token is chosen: greedy or sampled, with temperature, top-k, top-p,
// a seed, a length limit and stop tokens (the knobs of the generation panel).
#pragma once

#include "tokenize/Encoding.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lengua {

enum class SamplingStrategy {
    Greedy, // always the most probable token (lowest id among equals)
    Sample, // a random draw from the truncated distribution
};

struct SamplingSettings {
    SamplingStrategy strategy = SamplingStrategy::Sample;
    // Logits are divided by it before the softmax; 0 means greedy (no division).
    // The lecture's guidance: 0.2-0.5 for deterministic tasks, 1 by default, 1.2-2 for poetry.
    double temperature = 1.0;
    std::size_t topK = 0; // keep the k most probable tokens; 0 = off (also when >= V)
    double topP = 1.0;    // keep the smallest set whose probability reaches p; 1 = off
    std::uint64_t seed = 42;
    std::size_t maxNewTokens = 50;
    std::vector<TokenId> stopTokens; // generation ends after producing one of these

    // Greedy strategy or temperature 0.
    bool isGreedy() const { return strategy == SamplingStrategy::Greedy || temperature == 0.0; }
    // Throws Error naming the bad field (temperature outside [0, 2], topP outside [0, 1]).
    void validate() const;
};

} // namespace lengua
