#include "Pca.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lengua {

namespace {

// svd_flip on the components: the largest |loading| of each row made positive (the first
// such entry when several tie).
void fixSigns(arma::mat& components)
{
    for (arma::uword r = 0; r < components.n_rows; ++r) {
        const arma::uword largest = arma::index_max(arma::abs(components.row(r)));
        if (components(r, largest) < 0.0)
            components.row(r) *= -1.0;
    }
}

} // namespace

PcaResult Pca::fit(const arma::mat& points, arma::uword k)
{
    const arma::uword n = points.n_rows;
    const arma::uword d = points.n_cols;
    if (n < 2)
        throw Error("PCA needs at least 2 points, got " + std::to_string(n));
    if (d == 0)
        throw Error("PCA needs points with at least one coordinate");
    if (k == 0 || k > std::min(n, d))
        throw Error("PCA can find between 1 and " + std::to_string(std::min(n, d))
                    + " components here (" + std::to_string(n) + " points of dimension "
                    + std::to_string(d) + "), asked for " + std::to_string(k));
    if (!points.is_finite())
        throw Error("PCA: the points contain a value that is not a finite number (NaN or infinity)");

    PcaResult result;
    result.mean = arma::mean(points, 0);
    arma::mat centred = points;
    centred.each_row() -= result.mean;
    const double totalVariance = arma::accu(arma::square(centred)) / double(n - 1);

    arma::vec variances; // all of them, largest first
    arma::mat directions; // D × r, a column per direction
    if (d <= n) {
        const arma::mat covariance = (centred.t() * centred) / double(n - 1);
        arma::vec values;
        arma::mat vectors;
        if (!arma::eig_sym(values, vectors, covariance))
            throw Error("PCA: the eigendecomposition of the covariance failed");
        variances = arma::reverse(values);
        directions = arma::fliplr(vectors);
    } else {
        arma::mat u, v;
        arma::vec s;
        if (!arma::svd_econ(u, s, v, centred, "right"))
            throw Error("PCA: the singular value decomposition failed");
        variances = arma::square(s) / double(n - 1);
        directions = v;
    }
    variances.clamp(0.0, arma::datum::inf);
    result.components = directions.cols(0, k - 1).t();
    fixSigns(result.components);
    result.explainedVariance = variances.head(k);
    result.explainedVarianceRatio = totalVariance > 0.0 ? arma::vec(result.explainedVariance / totalVariance)
                                                        : arma::vec(k, arma::fill::zeros);
    result.coordinates = centred * result.components.t();
    return result;
}

arma::mat Pca::project(const PcaResult& fit, const arma::mat& points)
{
    if (points.n_cols != fit.mean.n_elem)
        throw Error("PCA: points of dimension " + std::to_string(points.n_cols)
                    + " do not match the fit's dimension " + std::to_string(fit.mean.n_elem));
    arma::mat centred = points;
    centred.each_row() -= fit.mean;
    return centred * fit.components.t();
}

} // namespace lengua
