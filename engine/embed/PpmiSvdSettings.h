// The hyperparameters of count-based word vectors: PPMI of a window co-occurrence matrix
// factorised by a truncated SVD (Levy, Goldberg & Dagan 2015, "Improving distributional
// similarity with lessons learned from word embeddings"): context distribution smoothing
// α = 0.75 and vectors U·Σ^p with p = 0.5 are their recommended settings.
#pragma once

#include <cstddef>
#include <cstdint>

namespace lengua {

struct PpmiSvdSettings {
    int window = 5;                    // words on each side, 1..10 (sentence-bounded)
    int dimension = 100;               // singular vectors kept, < vocabulary size
    std::size_t minCount = 5;          // rarer words are left out
    std::size_t maxVocabulary = 50000; // the most frequent words kept; 0 = no limit
    double contextSmoothing = 0.75;    // PPMI α: P_α(c) ∝ count(c)^α, in (0, 1]
    double eigenvaluePower = 0.5;      // vectors U·Σ^p, p in [0, 1]
    std::uint64_t seed = 1;            // the random start of the SVD

    void validate() const; // throws Error naming the bad field
};

} // namespace lengua
