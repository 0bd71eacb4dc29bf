// GELU activation, exact or tanh approximation.
#include "nn/Gelu.h"

#include "core/Error.h"

#include <cmath>
#include <numbers>

namespace lengua {

namespace {

const float kSqrt2OverPi = float(std::sqrt(2.0 / std::numbers::pi));
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
        for (std::size_t i = 0; i < count; ++i) {
            const float v = in[i];
            out[i] = 0.5f * v * (1.0f + std::tanh(kSqrt2OverPi * (v + 0.044715f * v * v * v)));
        }
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
        for (std::size_t i = 0; i < count; ++i) {
            const float v = in[i];
            const float t = std::tanh(kSqrt2OverPi * (v + 0.044715f * v * v * v));
            const float du = kSqrt2OverPi * (1.0f + 3.0f * 0.044715f * v * v);
            out[i] = g[i] * (0.5f * (1.0f + t) + 0.5f * v * (1.0f - t * t) * du);
        }
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
