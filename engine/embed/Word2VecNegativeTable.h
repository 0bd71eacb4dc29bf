// Draws negative samples from the unigram distribution raised to 0.75 (Mikolov et al.
// 2013), in constant time with Walker's alias method (Vose's construction): two arrays of
// one entry per word instead of word2vec.c's 10^8-entry table, so it stays in cache.
#pragma once

#include "Word2VecRandom.h"

#include <cstdint>
#include <vector>

namespace lengua {

class Word2VecNegativeTable {
public:
    Word2VecNegativeTable() = default;
    explicit Word2VecNegativeTable(const std::vector<std::uint64_t>& counts,
                                   double power = 0.75);

    std::size_t size() const { return m_alias.size(); }
    // P(word i) = counts[i]^power / Σ counts^power.
    std::int32_t draw(Word2VecRandom& random) const
    {
        const std::uint64_t bits = random.next();
        const auto column = std::uint32_t((bits >> 32) * m_alias.size() >> 32);
        return std::uint32_t(bits) < m_keep[column] ? std::int32_t(column) : m_alias[column];
    }
    // The probability draw() gives word i (for tests).
    double probability(std::size_t word) const;

private:
    std::vector<std::uint32_t> m_keep;  // column i keeps i when the low 32 bits are below
    std::vector<std::int32_t> m_alias;  // otherwise it gives m_alias[i]
};

} // namespace lengua
