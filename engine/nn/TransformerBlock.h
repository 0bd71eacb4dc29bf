// GPT-2's pre-LN transformer block: x = x + drop(attn(ln1(x))); x = x + drop(mlp(ln2(x))),
// with causal multi-head self-attention (Radford et al. 2019, section 2.3), GPT-2's
// residual dropout (resid_pdrop) on each branch and its attention-probability dropout
// (attn_pdrop) inside attn, all active in training mode only.
#pragma once

#include "nn/Dropout.h"
#include "nn/LayerNorm.h"
#include "nn/Layer.h"
#include "nn/Mlp.h"
#include "nn/MultiHeadAttention.h"

namespace lengua {

class TransformerBlock : public Layer {
public:
    // Parameter layout: ln_1 (2C), attn (4C^2 + 4C), ln_2 (2C), mlp (8C^2 + 5C), in that
    // order, 12C^2 + 13C floats in all.
    // dropout: the residual and attention dropout probability in [0, 1); seed: the masks'
    // random streams.
    TransformerBlock(std::size_t channels, std::size_t heads, float dropout = 0.0f,
                     std::uint32_t seed = 0);

    std::size_t parameterCount() const override;
    void bind(float* params, float* grads) override;
    // Also switches the two dropout layers.
    void setTraining(bool training) override;
    // Restarts the three dropout layers' random streams (derived from seed).
    void setDropoutSeed(std::uint32_t seed);

    // x (C, N) with N = batch * length -> y (C, N)
    const arma::fmat& forward(const arma::fmat& x, std::size_t batch, std::size_t length);
    const arma::fmat& backward(const arma::fmat& dy); // dy (C, N) -> dx (C, N)

    std::size_t channels() const { return m_channels; }
    LayerNorm& ln1() { return m_ln1; }
    MultiHeadAttention& attention() { return m_attention; } // its probabilities feed the views
    const MultiHeadAttention& attention() const { return m_attention; }
    LayerNorm& ln2() { return m_ln2; }
    Mlp& mlp() { return m_mlp; }
    Dropout& attentionDropout() { return m_attentionDropout; } // after attn.c_proj
    Dropout& mlpDropout() { return m_mlpDropout; }             // after mlp.c_proj

private:
    bool dropping() const { return m_training && m_attentionDropout.probability() > 0.0f; }

    std::size_t m_channels;
    LayerNorm m_ln1;
    MultiHeadAttention m_attention;
    LayerNorm m_ln2;
    Mlp m_mlp;
    Dropout m_attentionDropout;
    Dropout m_mlpDropout;
    // caches (the sublayers keep their own inputs)
    bool m_dropped = false; // the last forward applied dropout (its masks are in the layers)
    arma::fmat m_residual;  // (C, N) x + attn(ln1(x)), the stream between the two halves
    arma::fmat m_y;         // (C, N) output
    arma::fmat m_dResidual; // (C, N) gradient w.r.t. m_residual
    arma::fmat m_dx;        // (C, N) gradient w.r.t. x
};

} // namespace lengua
