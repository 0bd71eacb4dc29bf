// How well the cosines of a vector store agree with human similarity ratings.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace lengua {

struct SimilarityReport {
    // Spearman's ρ and Pearson's r over the covered pairs; NaN when fewer than two pairs are
    // covered or either side is constant (the correlation is not defined).
    double spearman = std::numeric_limits<double>::quiet_NaN();
    double pearson = std::numeric_limits<double>::quiet_NaN();
    std::size_t pairs = 0;   // pairs in the file
    std::size_t covered = 0; // pairs whose two words are both in the (searched) vocabulary
    // One per pair, in file order: the model's cosine, NaN when the pair is not covered.
    std::vector<double> cosines;

    double coverage() const { return pairs ? double(covered) / double(pairs) : 0.0; }
};

} // namespace lengua
