// Fully connected layer y = W x + b.
#include "nn/Linear.h"

#include "core/Error.h"

#include <string>

namespace lengua {

Linear::Linear(std::size_t inFeatures, std::size_t outFeatures, bool withBias)
    : m_in(inFeatures), m_out(outFeatures), m_withBias(withBias)
{
    if (inFeatures == 0 || outFeatures == 0)
        throw Error("Linear: the input and output sizes must be positive");
}

std::size_t Linear::parameterCount() const
{
    return m_out * m_in + (m_withBias ? m_out : 0);
}

void Linear::bind(float* params, float* grads)
{
    bindView(m_weight, params, m_out, m_in);
    bindView(m_dWeight, grads, m_out, m_in);
    if (m_withBias) {
        bindView(m_bias, params + m_out * m_in, m_out);
        bindView(m_dBias, grads + m_out * m_in, m_out);
    }
}

const arma::fmat& Linear::forward(const arma::fmat& x)
{
    if (x.n_rows != m_in)
        throw Error("Linear::forward(): the input has " + std::to_string(x.n_rows)
                    + " rows, the layer expects " + std::to_string(m_in));
    if (m_weight.n_elem == 0)
        throw Error("Linear::forward(): the layer is not bound to a parameter buffer");
    m_x = x;
    m_y = m_weight * m_x; // (OUT, N) = (OUT, IN) (IN, N), one sgemm
    if (m_withBias)
        m_y.each_col() += m_bias;
    return m_y;
}

const arma::fmat& Linear::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_out || dy.n_cols != m_x.n_cols)
        throw Error("Linear::backward(): the gradient's shape does not match the last output");
    m_dWeight += dy * m_x.t(); // (OUT, IN) += (OUT, N) (N, IN), sgemm with beta = 1
    if (m_withBias) {
        if (m_ones.n_elem != dy.n_cols)
            m_ones.ones(dy.n_cols);
        m_dBias += dy * m_ones; // (OUT) += (OUT, N) (N), sgemv
    }
    m_dx = m_weight.t() * dy; // (IN, N) = (IN, OUT) (OUT, N)
    return m_dx;
}

} // namespace lengua
