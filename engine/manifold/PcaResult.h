// What principal component analysis finds: the directions, how much of the variance each
// explains, and the points' coordinates along them.
#pragma once

#include <armadillo>

namespace lengua {

struct PcaResult {
    arma::rowvec mean;                    // 1 × D, subtracted before projecting
    arma::mat components;                 // k × D, one unit direction per row, largest variance first
    arma::vec explainedVariance;          // k, variance along each component (divided by N − 1)
    arma::vec explainedVarianceRatio;     // k, share of the total variance
    arma::mat coordinates;                // N × k, (point − mean) · componentᵀ
};

} // namespace lengua
