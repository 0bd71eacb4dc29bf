#include "LayoutAlignment.h"

#include "core/Error.h"

namespace lengua {

arma::mat LayoutAlignment::alignTo(const arma::mat& layout, const arma::mat& reference)
{
    if (layout.n_rows != reference.n_rows || layout.n_cols != reference.n_cols)
        throw Error("layouts of different shapes cannot be aligned");
    if (layout.n_rows < 2)
        return layout;
    const arma::rowvec layoutMean = arma::mean(layout, 0);
    const arma::rowvec referenceMean = arma::mean(reference, 0);
    const arma::mat a = layout.each_row() - layoutMean;
    const arma::mat b = reference.each_row() - referenceMean;
    arma::mat u, v;
    arma::vec s;
    if (!arma::svd(u, s, v, a.t() * b))
        return layout;
    const arma::mat rotation = u * v.t();
    const double norm = arma::accu(arma::square(a));
    const double scale = norm > 0 ? arma::accu(s) / norm : 1.0;
    arma::mat aligned = a * rotation * scale;
    aligned.each_row() += referenceMean;
    return aligned;
}

} // namespace lengua
