// A UMAP layout as it is published while the optimisation runs (through
// JobContext::publishPartial, as std::any holding a UmapLayout) and as it is returned.
#pragma once

#include <armadillo>

namespace lengua {

struct UmapLayout {
    arma::mat coordinates; // N × 2, a point per row
    int epoch = 0;         // epochs done (0: the initial layout)
    int epochs = 0;        // planned in total
};

} // namespace lengua
