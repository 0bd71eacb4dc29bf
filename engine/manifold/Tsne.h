// t-distributed stochastic neighbour embedding (van der Maaten & Hinton 2008) into 2-D:
// exact up to TsneSettings::exactLimit points, Barnes–Hut (van der Maaten 2014) above.
// The optimiser is scikit-learn's (and the reference implementation's): gradient descent
// with momentum (0.5 during early exaggeration, 0.8 after; both phases start with a zero
// update and unit gains) and delta-bar-delta gains (+0.2 when the gradient's sign
// changes against the update, ×0.8 otherwise, floored at minimumGain).
//
// Input points are the ROWS of an N × D matrix. With a JobContext, the layout is
// published every settings.publishEvery iterations as std::any(TsneLayout) and progress is
// reported; a stop request ends the run with JobCancelled.
#pragma once

#include "TsneLayout.h"
#include "TsneSettings.h"

#include <armadillo>

namespace lengua {

class JobContext;

class Tsne {
public:
    // Throws Error for fewer than 2 points, non-finite values, perplexity <= 0 or >= N,
    // and settings out of range.
    static TsneLayout run(const arma::mat& points, const TsneSettings& settings = {},
                          JobContext* job = nullptr);
    // The starting layout (N × 2): PCA scaled so that the first coordinate's standard
    // deviation is 1e-4 (scikit-learn's init="pca"), or N(0, 1e-4²) from the seed.
    static arma::mat initialLayout(const arma::mat& points, const TsneSettings& settings);
    // The checks run() makes, on their own.
    static void validate(const arma::mat& points, const TsneSettings& settings);
};

} // namespace lengua
