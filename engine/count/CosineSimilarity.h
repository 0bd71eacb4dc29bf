// Dot product and cosine between row vectors of a term matrix (words as vectors of their
// contexts, or documents as vectors of their words), and nearest neighbours by cosine.
#pragma once

#include "TermMatrix.h"

#include <armadillo>

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

class CosineSimilarity {
public:
    struct Neighbour {
        std::size_t row = 0;
        std::string label;
        double cosine = 0.0;
    };
    // 0 when either vector is all zeros (not NaN).
    static double cosine(const arma::vec& a, const arma::vec& b);
    static double cosine(const arma::sp_mat& a, const arma::sp_mat& b); // two row or column vectors
    static double rowCosine(const TermMatrix& matrix, std::size_t rowA, std::size_t rowB);
    // The plain dot product of two rows (the lecture's first similarity, before normalising).
    static double rowDot(const TermMatrix& matrix, std::size_t rowA, std::size_t rowB);
    static double columnCosine(const TermMatrix& matrix, std::size_t columnA, std::size_t columnB);
    // rows.size()² cosines between the given rows, row-major (for the similarity heatmap).
    static std::vector<float> rowCosines(const TermMatrix& matrix, const std::vector<std::size_t>& rows);
    static std::vector<float> columnCosines(const TermMatrix& matrix,
                                            const std::vector<std::size_t>& columns);
    // The k rows most similar to row (itself left out), best first, ties by row index.
    static std::vector<Neighbour> nearestRows(const TermMatrix& matrix, std::size_t row,
                                              std::size_t k);
};

} // namespace lengua
