#include "DistanceBlocks.h"

#include <algorithm>

namespace lengua {

DistanceBlocks::DistanceBlocks(const arma::mat& points)
    : m_columns(points.t()), m_squaredNorms(arma::sum(arma::square(m_columns), 0))
{
}

arma::mat DistanceBlocks::rows(arma::uword first, arma::uword count) const
{
    const arma::mat block = m_columns.cols(first, first + count - 1);
    arma::mat distances = -2.0 * (block.t() * m_columns);
    distances.each_row() += m_squaredNorms;
    distances.each_col() += m_squaredNorms.cols(first, first + count - 1).t();
    distances.clamp(0.0, arma::datum::inf);
    for (arma::uword r = 0; r < count; ++r)
        distances(r, first + r) = 0.0;
    return distances;
}

arma::uword DistanceBlocks::blockRows() const
{
    const arma::uword n = std::max<arma::uword>(size(), 1);
    return std::clamp<arma::uword>((arma::uword(4) << 20) / n, 1, n);
}

} // namespace lengua
