#include "UmapCurve.h"

#include "core/Error.h"

#include <armadillo>

#include <algorithm>
#include <cmath>
#include <string>

namespace lengua {

namespace {

constexpr int samples = 300;

// Sum of squared residuals of the curve over the sample points.
double residualSum(const arma::vec& x, const arma::vec& target, double a, double b)
{
    double sum = 0.0;
    for (arma::uword i = 0; i < x.n_elem; ++i) {
        const double r = 1.0 / (1.0 + a * std::pow(x[i], 2.0 * b)) - target[i];
        sum += r * r;
    }
    return sum;
}

} // namespace

UmapCurve UmapCurve::fit(double minDist, double spread)
{
    if (!(spread > 0.0) || !std::isfinite(spread))
        throw Error("UMAP: the spread must be a positive number");
    if (!(minDist >= 0.0) || !std::isfinite(minDist))
        throw Error("UMAP: the minimum distance must be 0 or more");
    if (minDist > spread)
        throw Error("UMAP: the minimum distance (" + std::to_string(minDist) + ") must not exceed the spread ("
                    + std::to_string(spread) + ")");

    const arma::vec x = arma::linspace(0.0, 3.0 * spread, samples);
    arma::vec target(samples);
    for (int i = 0; i < samples; ++i)
        target[i] = x[i] < minDist ? 1.0 : std::exp(-(x[i] - minDist) / spread);

    // Levenberg–Marquardt (as scipy's curve_fit, MINPACK's lmdif) from a = b = 1.
    double a = 1.0, b = 1.0, damping = 1e-3;
    double cost = residualSum(x, target, a, b);
    for (int iteration = 0; iteration < 500; ++iteration) {
        arma::mat22 jtj(arma::fill::zeros);
        arma::vec2 jtr(arma::fill::zeros);
        for (int i = 0; i < samples; ++i) {
            if (x[i] <= 0.0) // f = 1 there, and both derivatives vanish
                continue;
            const double power = std::pow(x[i], 2.0 * b);
            const double denominator = 1.0 + a * power;
            const double f = 1.0 / denominator;
            const double r = f - target[i];
            const double dA = -power / (denominator * denominator);
            const double dB = -a * power * 2.0 * std::log(x[i]) / (denominator * denominator);
            jtj(0, 0) += dA * dA;
            jtj(0, 1) += dA * dB;
            jtj(1, 1) += dB * dB;
            jtr[0] += dA * r;
            jtr[1] += dB * r;
        }
        jtj(1, 0) = jtj(0, 1);
        bool improved = false;
        while (damping < 1e12) {
            arma::mat22 system = jtj;
            system(0, 0) *= 1.0 + damping;
            system(1, 1) *= 1.0 + damping;
            const arma::vec2 step = -arma::solve(system, jtr);
            const double nextA = a + step[0], nextB = b + step[1];
            const double nextCost = nextA > 0.0 && nextB > 0.0 ? residualSum(x, target, nextA, nextB)
                                                               : arma::datum::inf;
            if (nextCost < cost) {
                const bool converged = cost - nextCost <= 1e-15 * (1.0 + cost)
                                       && std::abs(step[0]) <= 1e-12 * (1.0 + a)
                                       && std::abs(step[1]) <= 1e-12 * (1.0 + b);
                a = nextA;
                b = nextB;
                cost = nextCost;
                damping = std::max(damping / 10.0, 1e-12);
                improved = !converged;
                break;
            }
            damping *= 10.0;
        }
        if (!improved)
            break;
    }
    return UmapCurve{a, b};
}

double UmapCurve::membership(double distance) const
{
    return 1.0 / (1.0 + a * std::pow(distance, 2.0 * b));
}

} // namespace lengua
