// The fixed sinusoidal positional encoding (Vaswani et al. 2017, §3.5).
#include "nn/SinusoidalPositionalEncoding.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace lengua {

SinusoidalPositionalEncoding::SinusoidalPositionalEncoding(std::size_t dimensions, double base)
    : m_dimensions(dimensions), m_base(base)
{
    if (dimensions == 0)
        throw Error("SinusoidalPositionalEncoding: the embedding size D must be positive");
    if (!(base > 0.0) || !std::isfinite(base))
        throw Error("SinusoidalPositionalEncoding: the base L must be a positive number, not "
                    + std::to_string(base));
}

arma::fmat SinusoidalPositionalEncoding::table(std::size_t sequenceLength) const
{
    arma::fmat result(m_dimensions, sequenceLength); // (D, T)
    const double d = double(m_dimensions);
    for (std::size_t row = 0; row < m_dimensions; ++row) {
        // Rows 2i and 2i+1 share the frequency 1 / L^(2i/D); computed in double so that
        // large positions keep their precision before the one rounding to float.
        const double twoI = double(row - row % 2);
        const double inverseWavelength = std::pow(m_base, -twoI / d);
        const bool isSine = row % 2 == 0;
        for (std::size_t t = 0; t < sequenceLength; ++t) {
            const double angle = double(t) * inverseWavelength;
            result(row, t) = float(isSine ? std::sin(angle) : std::cos(angle));
        }
    }
    return result;
}

const arma::fmat& SinusoidalPositionalEncoding::forward(const arma::fmat& x,
                                                        std::size_t sequenceLength)
{
    if (x.n_rows != m_dimensions)
        throw Error("SinusoidalPositionalEncoding::forward(): the input has "
                    + std::to_string(x.n_rows) + " rows, the encoding has D = "
                    + std::to_string(m_dimensions));
    if (sequenceLength == 0 || x.n_cols % sequenceLength != 0)
        throw Error("SinusoidalPositionalEncoding::forward(): " + std::to_string(x.n_cols)
                    + " columns are not a whole number of sequences of length "
                    + std::to_string(sequenceLength));
    if (m_table.n_cols != sequenceLength)
        m_table = table(sequenceLength);
    m_y = x;
    for (arma::uword start = 0; start < m_y.n_cols; start += sequenceLength)
        m_y.cols(start, start + sequenceLength - 1) += m_table;
    return m_y;
}

const arma::fmat& SinusoidalPositionalEncoding::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols)
        throw Error("SinusoidalPositionalEncoding::backward(): the gradient's shape does not "
                    "match the last output");
    m_dx = dy;
    return m_dx;
}

} // namespace lengua
