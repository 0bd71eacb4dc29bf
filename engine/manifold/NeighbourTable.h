// The k nearest neighbours of every point: row i of `indices` holds point i's
// neighbours, nearest first (the point itself excluded), `squaredDistances` the
// matching squared Euclidean distances.
#pragma once

#include <armadillo>

namespace lengua {

struct NeighbourTable {
    arma::Mat<arma::uword> indices; // N × k
    arma::mat squaredDistances;     // N × k
};

} // namespace lengua
