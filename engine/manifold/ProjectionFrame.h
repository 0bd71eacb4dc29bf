// A 2-D layout as the Projector publishes it while t-SNE or UMAP runs (through
// JobContext::publishPartial, as std::any holding a ProjectionFrame) and returns it.
#pragma once

#include "ProjectionMethod.h"

#include <armadillo>

namespace lengua {

struct ProjectionFrame {
    ProjectionMethod method = ProjectionMethod::Pca;
    arma::mat coordinates; // N × 2, a point per row, in the input's order
    int iteration = 0;     // iterations (t-SNE) or epochs (UMAP) done; 1 of 1 for PCA
    int iterations = 0;    // planned in total
    bool finished = false; // the returned layout
};

} // namespace lengua
