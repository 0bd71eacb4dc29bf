// Layer normalisation over the C rows of each column (llm.c's layernorm_forward/backward,
// written for column-major activations).
#include "nn/LayerNorm.h"

#include "core/Error.h"

#include <cmath>

namespace lengua {

LayerNorm::LayerNorm(std::size_t channels, float eps) : m_channels(channels), m_eps(eps)
{
    if (channels == 0)
        throw Error("LayerNorm: the number of channels must be positive");
}

void LayerNorm::bind(float* params, float* grads)
{
    bindView(m_gamma, params, m_channels);
    bindView(m_beta, params + m_channels, m_channels);
    bindView(m_dGamma, grads, m_channels);
    bindView(m_dBeta, grads + m_channels, m_channels);
}

const arma::fmat& LayerNorm::forward(const arma::fmat& x)
{
    if (x.n_rows != m_channels)
        throw Error("LayerNorm::forward(): the input has the wrong number of rows");
    if (m_gamma.n_elem == 0)
        throw Error("LayerNorm::forward(): the layer is not bound to a parameter buffer");
    const std::size_t c = m_channels;
    const std::size_t n = x.n_cols;
    m_x = x;
    m_y.set_size(c, n);
    m_mean.set_size(n);
    m_rstd.set_size(n);
    const float* g = m_gamma.memptr();
    const float* b = m_beta.memptr();
    for (std::size_t j = 0; j < n; ++j) {
        const float* xj = m_x.colptr(j);
        float* yj = m_y.colptr(j);
        float mean = 0.0f;
        for (std::size_t i = 0; i < c; ++i)
            mean += xj[i];
        mean /= float(c);
        float variance = 0.0f;
        for (std::size_t i = 0; i < c; ++i)
            variance += (xj[i] - mean) * (xj[i] - mean);
        variance /= float(c);
        const float rstd = 1.0f / std::sqrt(variance + m_eps);
        for (std::size_t i = 0; i < c; ++i)
            yj[i] = (xj[i] - mean) * rstd * g[i] + b[i];
        m_mean[j] = mean;
        m_rstd[j] = rstd;
    }
    return m_y;
}

// With xhat = (x - mean) rstd and dxhat = gamma * dy:
//   dx = rstd (dxhat - mean(dxhat) - xhat mean(dxhat * xhat))   (llm.c, layernorm.md)
const arma::fmat& LayerNorm::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_channels || dy.n_cols != m_x.n_cols)
        throw Error("LayerNorm::backward(): the gradient's shape does not match the last output");
    const std::size_t c = m_channels;
    const std::size_t n = m_x.n_cols;
    m_dx.set_size(c, n);
    const float* g = m_gamma.memptr();
    float* dg = m_dGamma.memptr();
    float* db = m_dBeta.memptr();
    for (std::size_t j = 0; j < n; ++j) {
        const float* xj = m_x.colptr(j);
        const float* dyj = dy.colptr(j);
        float* dxj = m_dx.colptr(j);
        const float mean = m_mean[j];
        const float rstd = m_rstd[j];
        float meanDxhat = 0.0f;
        float meanDxhatXhat = 0.0f;
        for (std::size_t i = 0; i < c; ++i) {
            const float xhat = (xj[i] - mean) * rstd;
            const float dxhat = g[i] * dyj[i];
            meanDxhat += dxhat;
            meanDxhatXhat += dxhat * xhat;
            dg[i] += xhat * dyj[i];
            db[i] += dyj[i];
        }
        meanDxhat /= float(c);
        meanDxhatXhat /= float(c);
        for (std::size_t i = 0; i < c; ++i) {
            const float xhat = (xj[i] - mean) * rstd;
            dxj[i] = rstd * (g[i] * dyj[i] - meanDxhat - xhat * meanDxhatXhat);
        }
    }
    return m_dx;
}

} // namespace lengua
