// GELU activation, exact or tanh approximation.
#include "nn/Gelu.h"

#include "core/Error.h"
#include "nn/VectorMath.h"

#include <cmath>
#include <numbers>

namespace lengua {

namespace {

const float kInvSqrt2 = float(1.0 / std::numbers::sqrt2);
const float kInvSqrt2Pi = float(1.0 / std::sqrt(2.0 * std::numbers::pi));

} // namespace

const arma::fmat& Gelu::forward(const arma::fmat& x)
{
    m_x = x;
    m_y.set_size(x.n_rows, x.n_cols);
    const float* in = m_x.memptr();
    float* out = m_y.memptr();
    const std::size_t count = m_x.n_elem;
    if (m_form == Form::Tanh) {
        VectorMath::geluTanh(in, out, count); // vectorised: GPT-2's MLP runs it on 4C N values
    } else {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = 0.5f * in[i] * (1.0f + std::erf(in[i] * kInvSqrt2));
    }
    return m_y;
}

const arma::fmat& Gelu::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_x.n_rows || dy.n_cols != m_x.n_cols)
        throw Error("Gelu::backward(): the gradient's shape does not match the last output");
    m_dx.set_size(dy.n_rows, dy.n_cols);
    const float* in = m_x.memptr();
    const float* g = dy.memptr();
    float* out = m_dx.memptr();
    const std::size_t count = m_x.n_elem;
    if (m_form == Form::Tanh) {
        // d/dx [0.5 x (1 + tanh u)] = 0.5 (1 + tanh u) + 0.5 x sech^2(u) u',
        // u = sqrt(2/pi) (x + 0.044715 x^3), u' = sqrt(2/pi) (1 + 3 * 0.044715 x^2)
        VectorMath::geluTanhBackward(in, g, out, count);
    } else {
        // d/dx [x Phi(x)] = Phi(x) + x phi(x)
        for (std::size_t i = 0; i < count; ++i) {
            const float v = in[i];
            const float cdf = 0.5f * (1.0f + std::erf(v * kInvSqrt2));
            const float pdf = kInvSqrt2Pi * std::exp(-0.5f * v * v);
            out[i] = g[i] * (cdf + v * pdf);
        }
    }
    return m_dx;
}

} // namespace lengua
