// Layer normalisation over the C rows of each column (Ba, Kiros and Hinton 2016), with
// the cached mean and reciprocal standard deviation of llm.c's layernorm_forward.
#pragma once

#include "nn/Layer.h"

namespace lengua {

class LayerNorm : public Layer {
public:
    // Parameter layout: gamma (C), then beta (C). The variance is the biased one (divided
    // by C), as in PyTorch's nn.LayerNorm; eps is added to it before the square root.
    explicit LayerNorm(std::size_t channels, float eps = 1e-5f);

    std::size_t parameterCount() const override { return 2 * m_channels; }
    void bind(float* params, float* grads) override;

    const arma::fmat& forward(const arma::fmat& x);   // x (C, N) -> y (C, N)
    const arma::fmat& backward(const arma::fmat& dy); // dy (C, N) -> dx (C, N)

    arma::fvec& gamma() { return m_gamma; }
    arma::fvec& beta() { return m_beta; }
    const arma::fvec& mean() const { return m_mean; }
    const arma::fvec& rstd() const { return m_rstd; }

private:
    std::size_t m_channels;
    float m_eps;
    arma::fvec m_gamma;  // (C) views into the parameter buffer
    arma::fvec m_beta;   // (C)
    arma::fvec m_dGamma; // (C) views into the gradient buffer
    arma::fvec m_dBeta;  // (C)
    // caches
    arma::fmat m_x;    // (C, N) input
    arma::fvec m_mean; // (N) mean of each column
    arma::fvec m_rstd; // (N) 1 / sqrt(variance + eps) of each column
    arma::fmat m_y;    // (C, N)
    arma::fmat m_dx;   // (C, N)
};

} // namespace lengua
