// Principal component analysis: centre the points, take the top k directions of
// variance (eigenvectors of the covariance when the dimension is at most the number of
// points, the economical SVD of the centred data otherwise) and project.
//
// Points are the ROWS of the input (N × D), as in scikit-learn. The sign of each
// component is fixed so that its largest-magnitude loading is positive (scikit-learn's
// svd_flip on the components), so the result does not depend on the solver's choice.
#pragma once

#include "PcaResult.h"

#include <armadillo>

namespace lengua {

class Pca {
public:
    // Throws Error for fewer than 2 points, k = 0, k > min(N, D) or non-finite values.
    static PcaResult fit(const arma::mat& points, arma::uword components);
    // New points (rows) on an existing fit.
    static arma::mat project(const PcaResult& fit, const arma::mat& points);
};

} // namespace lengua
