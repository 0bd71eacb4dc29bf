// Count-based word vectors from PpmiSvd: the vocabulary, most frequent first, and a row
// per word.
#pragma once

#include <armadillo>

#include <cstdint>
#include <string>
#include <vector>

namespace lengua {

struct PpmiSvdResult {
    std::vector<std::string> words;     // most frequent first (ties alphabetical)
    std::vector<std::uint64_t> counts;  // corpus count of each word
    arma::fmat vectors;                 // V × dimension, row i is the vector of words[i]
    arma::vec singularValues;           // the dimension largest, descending
    double seconds = 0;                 // counting, weighting and SVD
};

} // namespace lengua
