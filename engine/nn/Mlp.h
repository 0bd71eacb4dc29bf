// GPT-2's position-wise feed-forward block: Linear C -> 4C (c_fc), GELU (tanh form),
// Linear 4C -> C (c_proj).
#pragma once

#include "nn/Gelu.h"
#include "nn/Layer.h"
#include "nn/Linear.h"

namespace lengua {

class Mlp : public Layer {
public:
    // Parameter layout: c_fc's (W (4C, C), b (4C)) then c_proj's (W (C, 4C), b (C)),
    // 8C^2 + 5C floats in all.
    explicit Mlp(std::size_t channels);

    std::size_t parameterCount() const override;
    void bind(float* params, float* grads) override;

    const arma::fmat& forward(const arma::fmat& x);   // x (C, N) -> y (C, N)
    const arma::fmat& backward(const arma::fmat& dy); // dy (C, N) -> dx (C, N)

    std::size_t channels() const { return m_channels; }
    Linear& fc() { return m_fc; }     // c_fc,   C -> 4C
    Linear& proj() { return m_proj; } // c_proj, 4C -> C

private:
    std::size_t m_channels;
    // The caches are the sublayers' own: m_fc keeps x (C, N), m_gelu its input and
    // output (4C, N), m_proj its input (4C, N).
    Linear m_fc;
    Gelu m_gelu;
    Linear m_proj;
};

} // namespace lengua
