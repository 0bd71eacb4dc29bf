#include "ProjectionQuality.h"

#include "DistanceBlocks.h"
#include "ExactNeighbours.h"
#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lengua {

namespace {

void checkShapes(const arma::mat& original, const arma::mat& embedded, const char* what)
{
    if (original.n_rows != embedded.n_rows)
        throw Error(std::string(what) + ": the original space has " + std::to_string(original.n_rows)
                    + " points but the layout has " + std::to_string(embedded.n_rows));
    if (!original.is_finite() || !embedded.is_finite())
        throw Error(std::string(what) + ": the points contain a value that is not a finite number");
}

} // namespace

double ProjectionQuality::trustworthiness(const arma::mat& original, const arma::mat& embedded,
                                          arma::uword k, JobContext* job)
{
    checkShapes(original, embedded, "trustworthiness");
    const arma::uword n = original.n_rows;
    if (k == 0 || 2 * k >= n)
        throw Error("trustworthiness needs a neighbour count k with 1 <= k < N / 2; N = "
                    + std::to_string(n) + ", k = " + std::to_string(k));
    const NeighbourTable layoutNeighbours = ExactNeighbours::find(embedded, k, job);
    const DistanceBlocks blocks(original);
    const arma::uword step = blocks.blockRows();
    double penalty = 0.0;
    for (arma::uword first = 0; first < n; first += step) {
        if (job)
            job->throwIfStopped();
        const arma::uword count = std::min(step, n - first);
        const arma::mat distances = blocks.rows(first, count).t(); // a column per point i
        for (arma::uword r = 0; r < count; ++r) {
            const arma::uword i = first + r;
            const double* row = distances.colptr(r);
            for (arma::uword c = 0; c < k; ++c) {
                const arma::uword j = layoutNeighbours.indices(i, c);
                const double dj = row[j];
                arma::uword rank = 1;
                for (arma::uword l = 0; l < n; ++l) {
                    if (l == i)
                        continue;
                    const double dl = row[l];
                    if (dl < dj || (dl == dj && l < j))
                        ++rank;
                }
                if (rank > k)
                    penalty += double(rank - k);
            }
        }
        if (job)
            job->reportProgress(double(first + count) / double(n));
    }
    const double nd = double(n), kd = double(k);
    return 1.0 - penalty * (2.0 / (nd * kd * (2.0 * nd - 3.0 * kd - 1.0)));
}

double ProjectionQuality::neighbourRecall(const arma::mat& original, const arma::mat& embedded,
                                          arma::uword k, JobContext* job)
{
    checkShapes(original, embedded, "k-NN recall");
    const arma::uword n = original.n_rows;
    if (k == 0 || k >= n)
        throw Error("k-NN recall needs a neighbour count k with 1 <= k < N; N = " + std::to_string(n)
                    + ", k = " + std::to_string(k));
    const NeighbourTable before = ExactNeighbours::find(original, k, job);
    const NeighbourTable after = ExactNeighbours::find(embedded, k, job);
    double total = 0.0;
    std::vector<arma::uword> a(k), b(k);
    for (arma::uword i = 0; i < n; ++i) {
        for (arma::uword c = 0; c < k; ++c) {
            a[c] = before.indices(i, c);
            b[c] = after.indices(i, c);
        }
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        std::vector<arma::uword> common;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
        total += double(common.size()) / double(k);
    }
    return total / double(n);
}

} // namespace lengua
