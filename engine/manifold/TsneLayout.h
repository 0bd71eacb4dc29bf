// A t-SNE layout as it is published while the optimisation runs (through
// JobContext::publishPartial, as std::any holding a TsneLayout) and as it is returned.
#pragma once

#include <armadillo>

namespace lengua {

struct TsneLayout {
    arma::mat coordinates;     // N × 2, a point per row
    int iteration = 0;         // iterations done (1-based count)
    int iterations = 0;        // planned in total
    double klDivergence = 0.0; // KL(P ‖ Q) with the true (unexaggerated) P; NaN when not computed
    bool exaggerated = false;  // still in the early-exaggeration phase
};

} // namespace lengua
