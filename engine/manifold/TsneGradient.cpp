#include "TsneGradient.h"

#include "BarnesHutTree.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <thread>
#include <vector>

namespace lengua {

namespace {

// Runs body(first, last) over [0, n) in `threads` contiguous slices.
void parallelSlices(arma::uword n, int threads, const std::function<void(arma::uword, arma::uword)>& body)
{
    unsigned count = threads > 0 ? unsigned(threads) : std::max(1u, std::thread::hardware_concurrency());
    count = unsigned(std::min<arma::uword>(count, std::max<arma::uword>(n / 256, 1)));
    if (count <= 1) {
        body(0, n);
        return;
    }
    std::vector<std::thread> workers;
    const arma::uword slice = (n + count - 1) / count;
    for (unsigned t = 1; t < count; ++t) {
        const arma::uword first = std::min<arma::uword>(n, t * slice);
        const arma::uword last = std::min<arma::uword>(n, first + slice);
        workers.emplace_back([&body, first, last] { body(first, last); });
    }
    body(0, std::min<arma::uword>(n, slice));
    for (std::thread& worker : workers)
        worker.join();
}

constexpr double tiny = std::numeric_limits<double>::min();

} // namespace

double TsneGradient::exact(const arma::mat& p, const arma::mat& layout, double exaggeration,
                           arma::mat& gradient, bool computeKl)
{
    const arma::uword n = layout.n_rows;
    const double* x = layout.colptr(0);
    const double* y = layout.colptr(1);
    // Two passes over the pairs i < j: Z first, then the forces. w is recomputed in the
    // second pass rather than stored: an N × N buffer costs more memory traffic than the
    // division does.
    double z = 0.0;
    for (arma::uword j = 1; j < n; ++j) {
        const double xj = x[j], yj = y[j];
        double partial = 0.0;
        for (arma::uword i = 0; i < j; ++i) {
            const double dx = x[i] - xj, dy = y[i] - yj;
            partial += 1.0 / (1.0 + dx * dx + dy * dy);
        }
        z += 2.0 * partial;
    }
    gradient.zeros(n, 2);
    double* gx = gradient.colptr(0);
    double* gy = gradient.colptr(1);
    double kl = 0.0;
    const double inverseZ = 1.0 / z;
    for (arma::uword j = 1; j < n; ++j) {
        const double* pColumn = p.colptr(j);
        const double xj = x[j], yj = y[j];
        double sx = 0.0, sy = 0.0;
        for (arma::uword i = 0; i < j; ++i) {
            const double dx = x[i] - xj, dy = y[i] - yj;
            const double w = 1.0 / (1.0 + dx * dx + dy * dy);
            const double m = (exaggeration * pColumn[i] - w * inverseZ) * w;
            gx[i] += m * dx;
            gy[i] += m * dy;
            sx += m * dx;
            sy += m * dy;
        }
        gx[j] -= sx;
        gy[j] -= sy;
        if (computeKl)
            for (arma::uword i = 0; i < j; ++i)
                if (pColumn[i] > 0.0) {
                    const double dx = x[i] - xj, dy = y[i] - yj;
                    const double q = inverseZ / (1.0 + dx * dx + dy * dy);
                    kl += 2.0 * pColumn[i] * std::log(pColumn[i] / std::max(q, tiny));
                }
    }
    gradient *= 4.0;
    return computeKl ? kl : std::numeric_limits<double>::quiet_NaN();
}

double TsneGradient::barnesHut(const arma::sp_mat& p, const arma::mat& layout, double exaggeration,
                               double theta, arma::mat& gradient, bool computeKl, int threads)
{
    const arma::uword n = layout.n_rows;
    const double* x = layout.colptr(0);
    const double* y = layout.colptr(1);
    const BarnesHutTree tree(layout);
    arma::mat attraction(n, 2), repulsion(n, 2);
    std::vector<double> sumW(n), klTerms(n);
    // P is symmetric: column i lists point i's neighbours and pᵢⱼ (CSC storage).
    const arma::uword* rows = p.row_indices;
    const arma::uword* starts = p.col_ptrs;
    const double* values = p.values;
    parallelSlices(n, threads, [&](arma::uword first, arma::uword last) {
        for (arma::uword i = first; i < last; ++i) {
            double force[2] = {0.0, 0.0};
            sumW[i] = tree.repulsion(i, theta, force);
            repulsion(i, 0) = force[0];
            repulsion(i, 1) = force[1];
            double ax = 0.0, ay = 0.0;
            for (arma::uword e = starts[i]; e < starts[i + 1]; ++e) {
                const arma::uword j = rows[e];
                const double dx = x[i] - x[j], dy = y[i] - y[j];
                const double w = 1.0 / (1.0 + dx * dx + dy * dy);
                const double m = exaggeration * values[e] * w;
                ax += m * dx;
                ay += m * dy;
            }
            attraction(i, 0) = ax;
            attraction(i, 1) = ay;
        }
    });
    double z = 0.0;
    for (double s : sumW)
        z += s;
    gradient = 4.0 * (attraction - repulsion / z);
    if (!computeKl)
        return std::numeric_limits<double>::quiet_NaN();
    parallelSlices(n, threads, [&](arma::uword first, arma::uword last) {
        for (arma::uword i = first; i < last; ++i) {
            double sum = 0.0;
            for (arma::uword e = starts[i]; e < starts[i + 1]; ++e) {
                const arma::uword j = rows[e];
                const double dx = x[i] - x[j], dy = y[i] - y[j];
                const double q = 1.0 / (1.0 + dx * dx + dy * dy) / z;
                sum += values[e] * std::log(values[e] / std::max(q, tiny));
            }
            klTerms[i] = sum;
        }
    });
    double kl = 0.0;
    for (double term : klTerms)
        kl += term;
    return kl;
}

} // namespace lengua
