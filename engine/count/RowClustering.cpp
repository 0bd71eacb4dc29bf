#include "RowClustering.h"

#include "core/Error.h"

#include <armadillo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lengua {

std::vector<std::size_t> RowClustering::order(const std::vector<float>& values, std::size_t rows,
                                               std::size_t columns)
{
    if (values.size() != rows * columns)
        throw Error("row clustering got " + std::to_string(values.size()) + " values for "
                    + std::to_string(rows) + " × " + std::to_string(columns));
    if (rows <= 2) {
        std::vector<std::size_t> identity(rows);
        for (std::size_t i = 0; i < rows; ++i)
            identity[i] = i;
        return identity;
    }

    // Cosine distance 1 − cos between rows (a zero row is at distance 1 from everything),
    // from the Gram matrix X Xᵀ computed by BLAS. The buffer is rows × columns row-major,
    // which is columns × rows column-major: X's transpose, as Armadillo sees it.
    const arma::fmat transposedView(const_cast<float*>(values.data()), columns, rows, false, true);
    const arma::mat transposed = arma::conv_to<arma::mat>::from(transposedView);
    const arma::mat gram = transposed.t() * transposed;
    std::vector<double> norms(rows, 0.0);
    for (std::size_t i = 0; i < rows; ++i)
        norms[i] = std::sqrt(std::max(0.0, gram(i, i)));
    std::vector<double> distance(rows * rows, 0.0);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = i + 1; j < rows; ++j) {
            const double cosine =
                (norms[i] == 0.0 || norms[j] == 0.0) ? 0.0 : gram(i, j) / (norms[i] * norms[j]);
            distance[i * rows + j] = distance[j * rows + i] = 1.0 - cosine;
        }

    // Agglomerative clustering, average linkage (UPGMA): the cluster in slot i absorbs the
    // one in slot j (i < j); its distance to k becomes the size-weighted mean (Lance–Williams).
    // Each slot keeps its leaf sequence, left part first, which is the dendrogram's leaf order.
    std::vector<std::vector<std::size_t>> leaves(rows);
    std::vector<double> size(rows, 1.0);
    std::vector<bool> active(rows, true);
    for (std::size_t i = 0; i < rows; ++i)
        leaves[i] = {i};
    // Each slot's nearest active slot above it, so a merge step scans rows, not rows².
    std::vector<std::size_t> nearest(rows, rows);
    auto refreshNearest = [&](std::size_t i) {
        nearest[i] = rows;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t j = i + 1; j < rows; ++j)
            if (active[j] && distance[i * rows + j] < best) {
                best = distance[i * rows + j];
                nearest[i] = j;
            }
    };
    for (std::size_t i = 0; i < rows; ++i)
        refreshNearest(i);

    for (std::size_t merges = 0; merges + 1 < rows; ++merges) {
        std::size_t a = rows, b = rows;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < rows; ++i)
            if (active[i] && nearest[i] < rows && distance[i * rows + nearest[i]] < best) {
                best = distance[i * rows + nearest[i]];
                a = i;
                b = nearest[i];
            }
        // Merge b into a.
        for (std::size_t k = 0; k < rows; ++k) {
            if (!active[k] || k == a || k == b)
                continue;
            const double merged = (size[a] * distance[a * rows + k] + size[b] * distance[b * rows + k])
                                  / (size[a] + size[b]);
            distance[a * rows + k] = distance[k * rows + a] = merged;
        }
        size[a] += size[b];
        leaves[a].insert(leaves[a].end(), leaves[b].begin(), leaves[b].end());
        leaves[b].clear();
        active[b] = false;
        // Slots whose nearest was a or b, and a itself, look again; others may now prefer a.
        for (std::size_t i = 0; i < rows; ++i) {
            if (!active[i])
                continue;
            if (i == a || nearest[i] == a || nearest[i] == b)
                refreshNearest(i);
            else if (i < a
                     && (nearest[i] == rows || distance[i * rows + a] < distance[i * rows + nearest[i]]
                         || (distance[i * rows + a] == distance[i * rows + nearest[i]] && a < nearest[i])))
                nearest[i] = a;
        }
    }
    for (std::size_t i = 0; i < rows; ++i)
        if (active[i])
            return leaves[i];
    return {};
}

} // namespace lengua
