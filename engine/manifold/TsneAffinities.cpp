#include "TsneAffinities.h"

#include "core/JobContext.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lengua {

double TsneAffinities::entropy(const double* probabilities, arma::uword count)
{
    double h = 0.0;
    for (arma::uword j = 0; j < count; ++j)
        if (probabilities[j] > 0.0)
            h -= probabilities[j] * std::log(probabilities[j]);
    return h;
}

double TsneAffinities::calibrateRow(const double* squaredDistances, arma::uword count,
                                    double perplexity, double* probabilities)
{
    if (count == 0)
        return 0.0;
    const double target = std::log(perplexity);
    // Distances are measured from the nearest so that exp() cannot underflow to all zeros;
    // the shift cancels in the normalisation (and in the entropy below).
    const double nearest = *std::min_element(squaredDistances, squaredDistances + count);
    double beta = 1.0;
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    double h = 0.0;
    for (int step = 0; step < 200; ++step) {
        double sum = 0.0;
        for (arma::uword j = 0; j < count; ++j) {
            probabilities[j] = std::exp(-(squaredDistances[j] - nearest) * beta);
            sum += probabilities[j];
        }
        double weighted = 0.0;
        for (arma::uword j = 0; j < count; ++j) {
            probabilities[j] /= sum;
            weighted += (squaredDistances[j] - nearest) * probabilities[j];
        }
        // H = log Σ exp(−β d̃ⱼ) + β Σ d̃ⱼ pⱼ, with d̃ the shifted distances.
        h = std::log(sum) + beta * weighted;
        const double difference = h - target;
        if (std::abs(difference) <= 1e-5)
            break;
        if (difference > 0.0) { // too flat: narrow the Gaussian
            low = beta;
            beta = std::isinf(high) ? beta * 2.0 : (beta + high) / 2.0;
        } else {
            high = beta;
            beta = std::isinf(low) ? beta / 2.0 : (beta + low) / 2.0;
        }
    }
    return h;
}

arma::mat TsneAffinities::conditional(const arma::mat& squaredDistances, double perplexity,
                                      JobContext* job)
{
    const arma::uword n = squaredDistances.n_rows;
    arma::mat result(n, n, arma::fill::zeros);
    std::vector<double> distances(n > 0 ? n - 1 : 0), probabilities(distances.size());
    for (arma::uword i = 0; i < n; ++i) {
        if (job && i % 64 == 0)
            job->throwIfStopped();
        arma::uword c = 0;
        for (arma::uword j = 0; j < n; ++j)
            if (j != i)
                distances[c++] = squaredDistances(i, j);
        calibrateRow(distances.data(), c, perplexity, probabilities.data());
        c = 0;
        for (arma::uword j = 0; j < n; ++j)
            if (j != i)
                result(i, j) = probabilities[c++];
    }
    return result;
}

arma::mat TsneAffinities::joint(const arma::mat& conditional)
{
    arma::mat p = conditional + conditional.t();
    const double sum = arma::accu(p);
    if (sum > 0.0)
        p /= sum;
    return p;
}

arma::sp_mat TsneAffinities::sparseJoint(const NeighbourTable& neighbours, double perplexity,
                                         JobContext* job)
{
    const arma::uword n = neighbours.indices.n_rows;
    const arma::uword k = neighbours.indices.n_cols;
    arma::umat locations(2, n * k);
    arma::vec values(n * k);
    std::vector<double> distances(k), probabilities(k);
    for (arma::uword i = 0; i < n; ++i) {
        if (job && i % 256 == 0)
            job->throwIfStopped();
        for (arma::uword c = 0; c < k; ++c)
            distances[c] = neighbours.squaredDistances(i, c);
        calibrateRow(distances.data(), k, perplexity, probabilities.data());
        for (arma::uword c = 0; c < k; ++c) {
            locations(0, i * k + c) = i;
            locations(1, i * k + c) = neighbours.indices(i, c);
            values[i * k + c] = probabilities[c];
        }
    }
    const arma::sp_mat conditionalMatrix(locations, values, n, n);
    arma::sp_mat p = conditionalMatrix + conditionalMatrix.t();
    const double sum = arma::accu(p);
    if (sum > 0.0)
        p /= sum;
    return p;
}

} // namespace lengua
