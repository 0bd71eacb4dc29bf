// Exact k nearest neighbours by brute force: the distances come from BLAS a block of
// rows at a time (DistanceBlocks), then a partial sort per row. O(N² D) but at BLAS
// speed: 5,000 points of dimension 100 take a fraction of a second.
#pragma once

#include "NeighbourTable.h"

#include <armadillo>

namespace lengua {

class JobContext;

class ExactNeighbours {
public:
    // points: one point per row. Ties are broken by the lower index, so the result is
    // deterministic. Throws Error when k >= N (a point has only N − 1 others).
    static NeighbourTable find(const arma::mat& points, arma::uword k, JobContext* job = nullptr);
    // The k nearest among one row of squared distances (`self` excluded), nearest first,
    // ties by index.
    static arma::Col<arma::uword> nearestInRow(const arma::rowvec& squaredDistances,
                                               arma::uword self, arma::uword k);
};

} // namespace lengua
