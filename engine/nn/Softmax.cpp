// Column-wise, numerically stable softmax.
#include "nn/Softmax.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace lengua {

const arma::fmat& Softmax::forward(const arma::fmat& x)
{
    m_y.set_size(x.n_rows, x.n_cols);
    const std::size_t r = x.n_rows;
    for (std::size_t j = 0; j < x.n_cols; ++j) {
        const float* xj = x.colptr(j);
        float* yj = m_y.colptr(j);
        float maximum = -INFINITY;
        for (std::size_t i = 0; i < r; ++i)
            maximum = std::max(maximum, xj[i]);
        float sum = 0.0f;
        for (std::size_t i = 0; i < r; ++i) {
            yj[i] = std::exp(xj[i] - maximum); // <= 1, so no overflow
            sum += yj[i];
        }
        const float inverse = 1.0f / sum;
        for (std::size_t i = 0; i < r; ++i)
            yj[i] *= inverse;
    }
    return m_y;
}

const arma::fmat& Softmax::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols)
        throw Error("Softmax::backward(): the gradient's shape does not match the last output");
    m_dx.set_size(dy.n_rows, dy.n_cols);
    for (std::size_t j = 0; j < dy.n_cols; ++j) {
        const float* yj = m_y.colptr(j);
        const float* gj = dy.colptr(j);
        float* dxj = m_dx.colptr(j);
        float dot = 0.0f;
        for (std::size_t i = 0; i < dy.n_rows; ++i)
            dot += yj[i] * gj[i];
        for (std::size_t i = 0; i < dy.n_rows; ++i)
            dxj[i] = yj[i] * (gj[i] - dot);
    }
    return m_dx;
}

} // namespace lengua
