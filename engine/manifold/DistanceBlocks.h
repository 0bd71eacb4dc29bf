// Squared Euclidean distances between points, a block of rows at a time, through BLAS
// (|a|² + |b|² − 2 a·b): the full N × N matrix of 20,000 points would not fit, a block
// of a few hundred rows does. Shared by the neighbour search, t-SNE and the quality
// measures.
#pragma once

#include <armadillo>

namespace lengua {

class DistanceBlocks {
public:
    // points: one point per row (N × D).
    explicit DistanceBlocks(const arma::mat& points);

    arma::uword size() const { return m_columns.n_cols; }
    // Rows first .. first + count − 1 of the squared distance matrix (count × N), each
    // entry clamped at 0 (the cancellation in the formula can make it slightly negative)
    // and the diagonal exactly 0.
    arma::mat rows(arma::uword first, arma::uword count) const;
    // The whole N × N matrix; for the small sets of exact t-SNE and the tests.
    arma::mat all() const { return rows(0, size()); }
    // Rows per block that keep a block near 32 MB.
    arma::uword blockRows() const;

private:
    arma::mat m_columns; // D × N: a point per column, contiguous for the product
    arma::rowvec m_squaredNorms;
};

} // namespace lengua
