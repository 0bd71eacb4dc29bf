// UMAP's high-dimensional graph (McInnes, Healy & Melville 2018, §3.1; umap-learn's
// smooth_knn_dist, compute_membership_strengths and fuzzy_simplicial_set):
// each point i sees its k − 1 nearest neighbours (n_neighbors = k counts the point
// itself) at distances d_ij, shifted by ρ_i, the distance to its nearest neighbour, and
// scaled by σ_i, found by bisection so that Σ_j exp(−(d_ij − ρ_i) / σ_i) = log₂ k.
// The directed memberships w_ij are then symmetrised by the fuzzy union
// w_ij + w_ji − w_ij w_ji (mixed with the intersection w_ij w_ji by set_op_mix_ratio).
#pragma once

#include "NeighbourTable.h"
#include "UmapSettings.h"

#include <armadillo>

namespace lengua {

class JobContext;

struct UmapLocalScales {
    arma::vec rho;   // N: distance to the local_connectivity-th nearest neighbour (interpolated)
    arma::vec sigma; // N: the kernel's width
};

class UmapFuzzySet {
public:
    // distances: N × (k − 1) Euclidean (not squared) distances to the neighbours, nearest
    // first; `neighbours` is k, so the target sum is log₂ k.
    static UmapLocalScales localScales(const arma::mat& distances, int neighbours, double localConnectivity);
    // The directed memberships as an N × N sparse matrix: row i holds w_ij for i's
    // neighbours j (table.squaredDistances are squared Euclidean distances, as
    // ExactNeighbours gives them).
    static arma::sp_mat memberships(const NeighbourTable& table, const UmapLocalScales& scales);
    // mix · (W + Wᵀ − W ∘ Wᵀ) + (1 − mix) · W ∘ Wᵀ.
    static arma::sp_mat symmetrise(const arma::sp_mat& directed, double setOpMixRatio);
    // The whole graph of the points (rows): exact k-NN, scales, memberships, symmetrised.
    static arma::sp_mat build(const arma::mat& points, const UmapSettings& settings, JobContext* job = nullptr);
};

} // namespace lengua
