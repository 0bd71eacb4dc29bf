// Inverted dropout with a seeded std::mt19937.
#include "nn/Dropout.h"

#include "core/Error.h"

namespace lengua {

Dropout::Dropout(float p, std::uint32_t seed) : m_p(p), m_engine(seed)
{
    if (!(p >= 0.0f && p < 1.0f))
        throw Error("Dropout: the drop probability must be in [0, 1)");
}

const arma::fmat& Dropout::forward(const arma::fmat& x)
{
    if (!m_training || m_p == 0.0f) {
        m_mask.reset();
        m_y = x;
        return m_y;
    }
    m_mask.set_size(x.n_rows, x.n_cols);
    m_y.set_size(x.n_rows, x.n_cols);
    const float scale = 1.0f / (1.0f - m_p);
    float* mask = m_mask.memptr();
    const float* in = x.memptr();
    float* out = m_y.memptr();
    for (std::size_t i = 0; i < x.n_elem; ++i) {
        // Top 24 bits of the engine as a uniform in [0, 1): unlike the std::
        // distributions, this is the same on every standard library.
        const float u = float(m_engine() >> 8) * (1.0f / 16777216.0f);
        mask[i] = u >= m_p ? scale : 0.0f;
        out[i] = in[i] * mask[i];
    }
    return m_y;
}

const arma::fmat& Dropout::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols)
        throw Error("Dropout::backward(): the gradient's shape does not match the last output");
    if (m_mask.n_elem == 0)
        m_dx = dy;
    else
        m_dx = dy % m_mask;
    return m_dx;
}

} // namespace lengua
