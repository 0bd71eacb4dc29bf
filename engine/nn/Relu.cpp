// ReLU activation, element-wise.
#include "nn/Relu.h"

#include "core/Error.h"

namespace lengua {

const arma::fmat& Relu::forward(const arma::fmat& x)
{
    m_y.set_size(x.n_rows, x.n_cols);
    const float* in = x.memptr();
    float* out = m_y.memptr();
    for (std::size_t i = 0; i < x.n_elem; ++i)
        out[i] = in[i] > 0.0f ? in[i] : 0.0f;
    return m_y;
}

const arma::fmat& Relu::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols)
        throw Error("Relu::backward(): the gradient's shape does not match the last output");
    m_dx.set_size(dy.n_rows, dy.n_cols);
    const float* y = m_y.memptr();
    const float* g = dy.memptr();
    float* out = m_dx.memptr();
    for (std::size_t i = 0; i < dy.n_elem; ++i)
        out[i] = y[i] > 0.0f ? g[i] : 0.0f;
    return m_dx;
}

} // namespace lengua
