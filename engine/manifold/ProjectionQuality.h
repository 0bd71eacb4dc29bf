// How faithfully a 2-D (or any low-dimensional) layout keeps the neighbourhoods of the
// original space. Both take points as rows (N × D original, N × d embedded) and use
// Euclidean distances, ties broken by the lower index.
#pragma once

#include <armadillo>

namespace lengua {

class JobContext;

class ProjectionQuality {
public:
    // Trustworthiness (Venna & Kaski 2001), as scikit-learn's
    // sklearn.manifold.trustworthiness: 1 − 2 / (N k (2N − 3k − 1)) · Σᵢ Σ_{j ∈ Uᵢ} (r(i, j) − k),
    // where Uᵢ are the points among i's k nearest in the layout but not in the original
    // space and r(i, j) is j's rank (1 = nearest) among i's neighbours in the original
    // space. 1 when no intruders come close in the layout. Requires 1 <= k < N / 2.
    static double trustworthiness(const arma::mat& original, const arma::mat& embedded, arma::uword k,
                                  JobContext* job = nullptr);
    // k-NN recall: the mean over points of |kNN_original(i) ∩ kNN_embedded(i)| / k.
    // Requires 1 <= k < N.
    static double neighbourRecall(const arma::mat& original, const arma::mat& embedded, arma::uword k,
                                  JobContext* job = nullptr);
};

} // namespace lengua
