#include "ExactNeighbours.h"

#include "DistanceBlocks.h"
#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace lengua {

arma::Col<arma::uword> ExactNeighbours::nearestInRow(const arma::rowvec& squaredDistances,
                                                     arma::uword self, arma::uword k)
{
    std::vector<std::pair<double, arma::uword>> candidates;
    candidates.reserve(squaredDistances.n_elem);
    for (arma::uword j = 0; j < squaredDistances.n_elem; ++j)
        if (j != self)
            candidates.emplace_back(squaredDistances[j], j);
    k = std::min<arma::uword>(k, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(k), candidates.end());
    arma::Col<arma::uword> nearest(k);
    for (arma::uword i = 0; i < k; ++i)
        nearest[i] = candidates[i].second;
    return nearest;
}

NeighbourTable ExactNeighbours::find(const arma::mat& points, arma::uword k, JobContext* job)
{
    const arma::uword n = points.n_rows;
    if (k == 0)
        throw Error("the number of neighbours must be at least 1");
    if (k >= n)
        throw Error("asked for " + std::to_string(k) + " neighbours of each point, but there are only "
                    + std::to_string(n) + " points (at most " + std::to_string(n == 0 ? 0 : n - 1)
                    + " neighbours)");
    const DistanceBlocks blocks(points);
    NeighbourTable table{arma::Mat<arma::uword>(n, k), arma::mat(n, k)};
    const arma::uword step = blocks.blockRows();
    for (arma::uword first = 0; first < n; first += step) {
        if (job)
            job->throwIfStopped();
        const arma::uword count = std::min(step, n - first);
        const arma::mat distances = blocks.rows(first, count);
        for (arma::uword r = 0; r < count; ++r) {
            const arma::uword i = first + r;
            const arma::Col<arma::uword> nearest = nearestInRow(distances.row(r), i, k);
            for (arma::uword c = 0; c < k; ++c) {
                table.indices(i, c) = nearest[c];
                table.squaredDistances(i, c) = distances(r, nearest[c]);
            }
        }
    }
    return table;
}

} // namespace lengua
