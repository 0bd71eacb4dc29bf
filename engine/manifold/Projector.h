// One entry point for the three projections, shared by the Projection lesson and
// `lengua-cli project`: validates, optionally normalises the rows, runs PCA, t-SNE or
// UMAP, and republishes their intermediate layouts as ProjectionFrame partials.
#pragma once

#include "ProjectionFrame.h"
#include "ProjectionSettings.h"

#include <armadillo>

namespace lengua {

class JobContext;

class Projector {
public:
    // points: N × D, a point per row. Throws Error with a clear message for bad input
    // (fewer than 3 points, non-finite values, perplexity >= N, neighbours >= N, ...),
    // JobCancelled when the job is stopped. The returned frame has finished = true.
    static ProjectionFrame run(const arma::mat& points, const ProjectionSettings& settings,
                               JobContext* job = nullptr);
    // The checks run() makes, on their own (for a panel to refuse before starting).
    static void validate(arma::uword pointCount, const ProjectionSettings& settings);
};

} // namespace lengua
