#include "KMeansClustering.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <limits>
#include <random>

namespace lengua {

namespace {

arma::mat seedCentroids(const arma::mat& points, int k, std::mt19937_64& random)
{
    const arma::uword n = points.n_rows;
    arma::mat centroids(static_cast<arma::uword>(k), points.n_cols);
    std::uniform_int_distribution<arma::uword> first(0, n - 1);
    centroids.row(0) = points.row(first(random));
    arma::vec closest(n);
    closest.fill(std::numeric_limits<double>::infinity());
    for (int c = 1; c < k; ++c) {
        const arma::rowvec previous = centroids.row(static_cast<arma::uword>(c - 1));
        for (arma::uword i = 0; i < n; ++i)
            closest(i) = std::min(closest(i), arma::accu(arma::square(points.row(i) - previous)));
        const double total = arma::accu(closest);
        arma::uword chosen = 0;
        if (total > 0) {
            std::uniform_real_distribution<double> uniform(0.0, total);
            double target = uniform(random);
            for (chosen = 0; chosen + 1 < n; ++chosen) {
                target -= closest(chosen);
                if (target < 0)
                    break;
            }
        }
        centroids.row(static_cast<arma::uword>(c)) = points.row(chosen);
    }
    return centroids;
}

} // namespace

KMeansResult KMeansClustering::run(const arma::mat& points, int k, std::uint64_t seed, int maxIterations,
                                   JobContext* job)
{
    const arma::uword n = points.n_rows;
    if (k <= 0)
        throw Error("k-means needs at least one cluster");
    if (static_cast<arma::uword>(k) > n)
        throw Error("k-means: more clusters than points");
    if (!points.is_finite())
        throw Error("k-means: the points hold a NaN or an infinite value");

    std::mt19937_64 random(seed);
    KMeansResult result;
    result.centroids = seedCentroids(points, k, random);
    std::vector<int> labels(n, -1);
    const arma::vec pointNorms = arma::sum(arma::square(points), 1);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        if (job)
            job->throwIfStopped();
        // ‖x − c‖² = ‖x‖² − 2 x·c + ‖c‖², all pairs in one product.
        const arma::rowvec centroidNorms = arma::sum(arma::square(result.centroids), 1).t();
        arma::mat distances = -2.0 * points * result.centroids.t();
        distances.each_row() += centroidNorms;
        distances.each_col() += pointNorms;
        bool changed = false;
        for (arma::uword i = 0; i < n; ++i) {
            const int label = static_cast<int>(distances.row(i).index_min());
            if (label != labels[i]) {
                labels[i] = label;
                changed = true;
            }
        }
        result.iterations = iteration + 1;
        if (!changed)
            break;
        arma::mat sums(static_cast<arma::uword>(k), points.n_cols, arma::fill::zeros);
        std::vector<arma::uword> sizes(static_cast<std::size_t>(k), 0);
        for (arma::uword i = 0; i < n; ++i) {
            sums.row(static_cast<arma::uword>(labels[i])) += points.row(i);
            ++sizes[static_cast<std::size_t>(labels[i])];
        }
        for (int c = 0; c < k; ++c)
            if (sizes[static_cast<std::size_t>(c)] > 0) // an empty cluster keeps its centroid
                result.centroids.row(static_cast<arma::uword>(c))
                    = sums.row(static_cast<arma::uword>(c)) / static_cast<double>(sizes[static_cast<std::size_t>(c)]);
        if (job)
            job->reportProgress(static_cast<double>(iteration + 1) / maxIterations, "k-means");
    }
    // Renumber by first appearance, so the colours do not depend on the seeding order.
    std::vector<int> renumber(static_cast<std::size_t>(k), -1);
    int next = 0;
    for (int& label : labels) {
        if (renumber[static_cast<std::size_t>(label)] < 0)
            renumber[static_cast<std::size_t>(label)] = next++;
        label = renumber[static_cast<std::size_t>(label)];
    }
    arma::mat centroids(result.centroids.n_rows, result.centroids.n_cols);
    for (int c = 0; c < k; ++c) {
        const int target = renumber[static_cast<std::size_t>(c)] >= 0 ? renumber[static_cast<std::size_t>(c)] : next++;
        centroids.row(static_cast<arma::uword>(target)) = result.centroids.row(static_cast<arma::uword>(c));
    }
    result.centroids = centroids;
    result.inertia = 0.0;
    for (arma::uword i = 0; i < n; ++i)
        result.inertia += arma::accu(arma::square(points.row(i) - centroids.row(static_cast<arma::uword>(labels[i]))));
    result.labels = std::move(labels);
    return result;
}

} // namespace lengua
