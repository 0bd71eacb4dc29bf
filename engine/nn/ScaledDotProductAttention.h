// Scaled dot-product attention softmax(KᵀQ / √HS) per sequence, with an optional causal
// mask; the probabilities are kept for backward and for the attention views.
#pragma once

#include "nn/Dropout.h"
#include "nn/Layer.h"

namespace lengua {

// Sequences are column blocks: columns [s T, (s+1) T) of Q, K, V and of the output
// belong to sequence s (S sequences, N = S T columns). MultiHeadAttention runs every
// head through one call by treating each (head, sequence) pair as one sequence.
// For one sequence (letters of Conventions.h; i indexes queries, j keys):
//   scores S = Kᵀ Q / √HS      (T, T), S(j, i) = k_j · q_i / √HS
//   causal:  S(j, i) = -inf for j > i (query i sees keys j <= i only)
//   P = column-wise softmax(S) (T, T), column i is query i's distribution over keys
//   Y = V P                    (HS, T), y_i = sum_j P(j, i) v_j
// In training mode with dropout p > 0 (GPT-2's attn_pdrop), Y = V (P ⊙ M) with M the
// inverted-dropout mask; P itself (for the views) is kept undropped.
class ScaledDotProductAttention : public Layer {
public:
    struct Gradients {
        arma::fmat query; // (HS, N) dQ
        arma::fmat key;   // (HS, N) dK
        arma::fmat value; // (HS, N) dV
    };

    ScaledDotProductAttention(std::size_t headSize, bool causal, float dropout = 0.0f,
                              std::uint32_t seed = 0);
    void setTraining(bool training) override;
    void setDropoutSeed(std::uint32_t seed) { m_dropout.setSeed(seed); }
    Dropout& dropout() { return m_dropout; } // on the probabilities, (T, N)

    // q, k, v (HS, N) with N = sequences * length -> y (HS, N)
    const arma::fmat& forward(const arma::fmat& q, const arma::fmat& k, const arma::fmat& v,
                              std::size_t sequences, std::size_t length);
    // dV = dY Pᵀ, dP = Vᵀ dY, dS = P ⊙ (dP - colsum(P ⊙ dP)), dQ = K dS / √HS,
    // dK = Q dSᵀ / √HS, per sequence. dy (HS, N) -> the three gradients, overwritten.
    const Gradients& backward(const arma::fmat& dy);

    std::size_t headSize() const { return m_headSize; }
    bool isCausal() const { return m_causal; }
    std::size_t sequences() const { return m_sequences; }
    std::size_t length() const { return m_length; }
    // All probabilities of the last forward side by side (T, N): sequence s is the
    // column block [s T, (s+1) T), in the P(j, i) layout above.
    const arma::fmat& probabilities() const { return m_p; }
    // One sequence's (T, T) probabilities, copied out for the views.
    arma::fmat probabilities(std::size_t sequence) const;

private:
    std::size_t m_headSize;
    bool m_causal;
    float m_scale; // 1 / √HS
    Dropout m_dropout;
    std::size_t m_sequences = 0;
    std::size_t m_length = 0;
    // caches
    arma::fmat m_q;  // (HS, N) queries of the last forward
    arma::fmat m_k;  // (HS, N) keys
    arma::fmat m_v;  // (HS, N) values
    arma::fmat m_p;  // (T, N)  probabilities, one (T, T) block per sequence
    bool m_dropped = false;                 // the last forward dropped probabilities
    const arma::fmat* m_kept = nullptr;     // (T, N) P ⊙ M (Dropout's output) when dropped
    arma::fmat m_y;  // (HS, N) output
    arma::fmat m_dp; // (T, N)  gradient w.r.t. P, then overwritten with dS
    Gradients m_gradients;
};

} // namespace lengua
