// Uniform manifold approximation and projection into 2-D (McInnes, Healy & Melville
// 2018), as umap-learn 0.5 does it: exact k nearest neighbours, the fuzzy graph
// (UmapFuzzySet), a and b fitted to min_dist and spread (UmapCurve), a spectral start
// (UmapInitialisation) and SGD with negative sampling (UmapOptimiser).
//
// Input points are the ROWS of an N × D matrix. With a JobContext, the layout is
// published as std::any(UmapLayout) at the start and every settings.publishEvery epochs
// (and after the last), progress is reported, and a stop request ends the run with
// JobCancelled.
#pragma once

#include "UmapLayout.h"
#include "UmapSettings.h"

#include <armadillo>

namespace lengua {

class JobContext;

class Umap {
public:
    // Throws Error for bad input (see validate) and JobCancelled when stopped.
    static UmapLayout run(const arma::mat& points, const UmapSettings& settings = {}, JobContext* job = nullptr);
    // The checks on the settings for n points: throws Error when there are not more
    // points than neighbours, or a setting is out of range.
    static void validate(arma::uword pointCount, const UmapSettings& settings);
    // validate(points.n_rows, settings), and the values must be finite.
    static void validate(const arma::mat& points, const UmapSettings& settings);
};

} // namespace lengua
