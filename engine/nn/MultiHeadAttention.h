// Multi-head self-attention as in GPT-2: a fused Q, K, V projection (c_attn), NH heads of
// scaled dot-product attention, and the output projection (c_proj).
#pragma once

#include "nn/Layer.h"
#include "nn/Linear.h"
#include "nn/ScaledDotProductAttention.h"

namespace lengua {

// Parameter layout in the flat buffer (Linear's layout twice):
//   c_attn W (3C, C), b (3C), then c_proj W (C, C), b (C).
// Rows of c_attn's output (3C, N): [0, C) queries, [C, 2C) keys, [2C, 3C) values; within
// each, head h owns rows [h HS, (h+1) HS) — GPT-2's split(C, dim=2) then view(NH, HS).
// Internally the heads are laid side by side as (HS, NH N) — head h is the column block
// [h N, (h+1) N) — so one ScaledDotProductAttention call handles all NH B sequences:
// (head h, sequence b) is its sequence h B + b.
class MultiHeadAttention : public Layer {
public:
    // dropout: on the attention probabilities in training mode (GPT-2's attn_pdrop).
    MultiHeadAttention(std::size_t channels, std::size_t heads, bool causal = true,
                       float dropout = 0.0f, std::uint32_t seed = 0);
    void setTraining(bool training) override;
    void setDropoutSeed(std::uint32_t seed) { m_attention.setDropoutSeed(seed); }
    Dropout& probabilityDropout() { return m_attention.dropout(); }

    std::size_t parameterCount() const override;
    void bind(float* params, float* grads) override;

    // x (C, N) with N = batch * length -> y (C, N)
    const arma::fmat& forward(const arma::fmat& x, std::size_t batch, std::size_t length);
    const arma::fmat& backward(const arma::fmat& dy); // dy (C, N) -> dx (C, N)

    std::size_t channels() const { return m_channels; }
    std::size_t heads() const { return m_heads; }
    std::size_t headSize() const { return m_headSize; }
    bool isCausal() const { return m_attention.isCausal(); }
    Linear& qkvProjection() { return m_qkv; }       // c_attn, C -> 3C
    Linear& outputProjection() { return m_proj; }   // c_proj, C -> C
    // (T, T) probabilities of the last forward, P(j, i) = how much query i attends to key j.
    arma::fmat attentionProbabilities(std::size_t head, std::size_t sequence) const;

private:
    std::size_t m_channels;
    std::size_t m_heads;
    std::size_t m_headSize;
    std::size_t m_batch = 0;
    Linear m_qkv;
    Linear m_proj;
    ScaledDotProductAttention m_attention;
    // caches (working buffers; what backward needs lives in the sublayers)
    arma::fmat m_q;       // (HS, NH N) queries, heads side by side
    arma::fmat m_k;       // (HS, NH N) keys
    arma::fmat m_v;       // (HS, NH N) values
    arma::fmat m_merged;  // (C, N) heads' outputs concatenated, input of c_proj
    arma::fmat m_dHeads;  // (HS, NH N) gradient w.r.t. the heads' outputs
    arma::fmat m_dQkv;    // (3C, N) gradient w.r.t. c_attn's output
};

} // namespace lengua
