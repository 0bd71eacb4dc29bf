// The random numbers of word2vec training: SplitMix64 (Steele et al. 2014), fast, with
// good low bits (word2vec.c's LCG has poor ones) and the same stream on every platform,
// so a seed fixes a run.
#pragma once

#include <cstdint>

namespace lengua {

class Word2VecRandom {
public:
    explicit Word2VecRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by multiply-shift (Lemire), bound < 2^32.
    std::uint32_t below(std::uint32_t bound)
    {
        return std::uint32_t((next() >> 32) * bound >> 32);
    }
    // Uniform in [0, 1).
    float uniform() { return float(next() >> 40) * (1.0f / 16777216.0f); }

private:
    std::uint64_t m_state;
};

} // namespace lengua
