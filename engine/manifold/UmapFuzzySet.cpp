#include "UmapFuzzySet.h"

#include "ExactNeighbours.h"
#include "core/JobContext.h"

#include <cmath>
#include <limits>
#include <vector>

namespace lengua {

namespace {

// umap-learn's constants: the bisection stops within this of the target, and σ is
// kept above this fraction of the mean distance.
constexpr double smoothTolerance = 1e-5;
constexpr double minimumScale = 1e-3;
constexpr int bisectionSteps = 64;

} // namespace

UmapLocalScales UmapFuzzySet::localScales(const arma::mat& distances, int neighbours, double localConnectivity)
{
    const arma::uword n = distances.n_rows, count = distances.n_cols;
    const double target = std::log2(double(neighbours));
    // umap-learn's table includes the point itself at distance 0, so its means divide by k.
    const double meanDistance = n > 0 ? arma::accu(distances) / double(n * (count + 1)) : 0.0;
    UmapLocalScales scales{arma::vec(n, arma::fill::zeros), arma::vec(n, arma::fill::zeros)};
    std::vector<double> nonZero;
    nonZero.reserve(count);
    for (arma::uword i = 0; i < n; ++i) {
        nonZero.clear();
        for (arma::uword j = 0; j < count; ++j)
            if (distances(i, j) > 0.0)
                nonZero.push_back(distances(i, j));
        double rho = 0.0;
        if (double(nonZero.size()) >= localConnectivity) {
            const auto index = std::size_t(std::floor(localConnectivity));
            const double interpolation = localConnectivity - double(index);
            if (index > 0) {
                rho = nonZero[index - 1];
                if (interpolation > smoothTolerance && index < nonZero.size())
                    rho += interpolation * (nonZero[index] - nonZero[index - 1]);
            } else {
                rho = interpolation * nonZero[0];
            }
        } else if (!nonZero.empty()) {
            rho = nonZero.back();
        }

        double low = 0.0, high = std::numeric_limits<double>::infinity(), mid = 1.0;
        for (int step = 0; step < bisectionSteps; ++step) {
            double sum = 0.0;
            for (arma::uword j = 0; j < count; ++j) {
                const double d = distances(i, j) - rho;
                sum += d > 0.0 ? std::exp(-d / mid) : 1.0;
            }
            if (std::abs(sum - target) < smoothTolerance)
                break;
            if (sum > target) {
                high = mid;
                mid = (low + high) / 2.0;
            } else {
                low = mid;
                mid = std::isinf(high) ? mid * 2.0 : (low + high) / 2.0;
            }
        }
        const double rowMean = arma::accu(distances.row(i)) / double(count + 1);
        const double floor = minimumScale * (rho > 0.0 ? rowMean : meanDistance);
        scales.rho[i] = rho;
        scales.sigma[i] = std::max(mid, floor);
    }
    return scales;
}

arma::sp_mat UmapFuzzySet::memberships(const NeighbourTable& table, const UmapLocalScales& scales)
{
    const arma::uword n = table.indices.n_rows, k = table.indices.n_cols;
    arma::umat locations(2, n * k);
    arma::vec values(n * k);
    arma::uword used = 0;
    for (arma::uword i = 0; i < n; ++i) {
        for (arma::uword c = 0; c < k; ++c) {
            const arma::uword j = table.indices(i, c);
            if (j == i)
                continue;
            const double d = std::sqrt(table.squaredDistances(i, c)) - scales.rho[i];
            const double w = (d <= 0.0 || scales.sigma[i] == 0.0) ? 1.0 : std::exp(-d / scales.sigma[i]);
            if (w <= 0.0)
                continue;
            locations(0, used) = i;
            locations(1, used) = j;
            values[used] = w;
            ++used;
        }
    }
    return arma::sp_mat(locations.head_cols(used), values.head(used), n, n);
}

arma::sp_mat UmapFuzzySet::symmetrise(const arma::sp_mat& directed, double setOpMixRatio)
{
    const arma::sp_mat transposed = directed.t();
    const arma::sp_mat product = directed % transposed;
    return setOpMixRatio * (directed + transposed - product) + (1.0 - setOpMixRatio) * product;
}

arma::sp_mat UmapFuzzySet::build(const arma::mat& points, const UmapSettings& settings, JobContext* job)
{
    const NeighbourTable table = ExactNeighbours::find(points, arma::uword(settings.neighbours - 1), job);
    if (job)
        job->throwIfStopped();
    const UmapLocalScales scales =
        localScales(arma::sqrt(table.squaredDistances), settings.neighbours, settings.localConnectivity);
    arma::sp_mat graph = symmetrise(memberships(table, scales), settings.setOpMixRatio);
    graph.clean(0.0);
    return graph;
}

} // namespace lengua
