// UMAP's starting layout (umap-learn's spectral_layout and multi_component_layout):
// the eigenvectors of the graph's normalised Laplacian I − D^−½ W D^−½ for its two
// smallest non-trivial eigenvalues, so that strongly connected points start close.
// A graph in several pieces (well-separated clusters) is laid out piece by piece, each
// piece spectrally around its own anchor; PCA of the points or uniform noise when asked
// or when the eigensolver fails. The layout is then scaled to [0, 10] in each coordinate
// with a little noise (umap-learn's simplicial_set_embedding).
#pragma once

#include "UmapSettings.h"

#include <armadillo>

#include <optional>
#include <random>

namespace lengua {

class UmapInitialisation {
public:
    // points: N × D rows; graph: the symmetric N × N fuzzy graph. The N × 2 layout,
    // scaled to [0, 10]; the initialisation falls back to PCA, then random, on failure.
    static arma::mat layout(const arma::mat& points, const arma::sp_mat& graph, const UmapSettings& settings);
    // The raw spectral embedding (N × 2) of a graph, or nothing when the eigensolver
    // fails. Components are placed as umap-learn's multi_component_layout does.
    static std::optional<arma::mat> spectral(const arma::mat& points, const arma::sp_mat& graph,
                                             std::mt19937_64& random);
    // The connected component of every vertex (0, 1, ... in order of first vertex).
    static arma::uvec components(const arma::sp_mat& graph, arma::uword& count);
    // The two eigenvectors of a connected graph's normalised Laplacian after the trivial
    // one; nothing when the solver fails. Signs fixed: each column's largest entry positive.
    static std::optional<arma::mat> laplacianEigenvectors(const arma::sp_mat& graph);
};

} // namespace lengua
