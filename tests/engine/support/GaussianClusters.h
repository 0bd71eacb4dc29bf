// Points in well-separated Gaussian clusters, and a check that a 2-D layout keeps them
// apart, for the projection tests (t-SNE, UMAP, the Projector).
#pragma once

#include "manifold/ExactNeighbours.h"

#include <armadillo>

#include <cstdint>
#include <random>

// Three Gaussian clusters of `perCluster` points in `dimension`-D, unit spread, centres
// 20 apart along the first axes: cluster c of point i is i / perCluster.
inline arma::mat threeClusters(arma::uword perCluster, arma::uword dimension, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    arma::mat points(3 * perCluster, dimension);
    for (arma::uword i = 0; i < points.n_rows; ++i)
        for (arma::uword d = 0; d < dimension; ++d)
            points(i, d) = normal(engine) + (d == i / perCluster ? 20.0 : 0.0);
    return points;
}

// Every point's nearest neighbour in the layout belongs to its own cluster.
inline bool clustersSeparate(const arma::mat& layout, arma::uword perCluster)
{
    const lengua::NeighbourTable nearest = lengua::ExactNeighbours::find(layout, 1);
    for (arma::uword i = 0; i < layout.n_rows; ++i)
        if (nearest.indices(i, 0) / perCluster != i / perCluster)
            return false;
    return true;
}
