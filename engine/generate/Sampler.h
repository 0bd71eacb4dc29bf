// Draws the next token from a NextTokenDistribution with a seeded generator, so
// the same seed and the same distributions give the same choices on every machine.
#pragma once

#include "NextTokenDistribution.h"

#include <cstdint>
#include <random>

namespace lengua {

class Sampler {
public:
    explicit Sampler(std::uint64_t seed = 42) : m_engine(seed) {}

    void reseed(std::uint64_t seed) { m_engine.seed(seed); }

    // A token of the kept set, with the distribution's final probabilities. When one
    // token is kept (greedy, top-k 1, ...) it is returned without drawing, so a
    // greedy step does not shift the random sequence of later sampled steps.
    TokenId sample(const NextTokenDistribution& distribution);

    // A uniform number in [0, 1) from the top 53 bits of one draw. Written out rather
    // than std::uniform_real_distribution, whose algorithm differs between libraries.
    double uniform();

private:
    std::mt19937_64 m_engine;
};

} // namespace lengua
