// The lecture's self-attention, step by step, one token per row (LessonEmbeddings.h):
//   first  α = softmax(X Xᵀ) row by row, Y = α X                      (similarity of words)
//   then   Q = X W_q, K = X W_k, V = X W_v, α = softmax(Q Kᵀ / √d_k), Y = α V
// with the causal mask of the lecture ("con j ≤ i"): token i only looks at tokens j ≤ i.
// Every intermediate matrix is kept so the view can show them one after the other.
#pragma once

#include <armadillo>

#include <cstddef>
#include <cstdint>

namespace lengua {

class Gpt;

struct AttentionSteps {
    arma::fmat scores;  // (T, T) S(i, j) = x_i · x_j (or q_i · k_j / √d_k); -inf where masked
    arma::fmat weights; // (T, T) α(i, j) = exp S(i, j) / Σ_k exp S(i, k); rows sum to 1, 0 where masked
    arma::fmat output;  // (T, d) y_i = Σ_j α(i, j) x_j (or v_j)
};

struct QkvProjections {
    arma::fmat query; // W_q (d, d_k)
    arma::fmat key;   // W_k (d, d_k)
    arma::fmat value; // W_v (d, d_v)
};

struct QkvAttentionSteps {
    arma::fmat query; // (T, d_k) Q = X W_q
    arma::fmat key;   // (T, d_k) K = X W_k
    arma::fmat value; // (T, d_v) V = X W_v
    AttentionSteps attention; // scores = Q Kᵀ / √d_k, weights, output = α V
};

// Softmax of each row of scores; with causal, entries j > i are -inf in the scores and 0
// in the result (row i then sums to 1 over j ≤ i). Stabilised by the row maximum.
arma::fmat rowSoftmax(const arma::fmat& scores, bool causal);

// x (T, d) -> scores X Xᵀ, α = softmax(X Xᵀ), Y = α X (the lecture's first formula).
AttentionSteps similarityAttention(const arma::fmat& x, bool causal);

// x (T, d) with W_q, W_k (d, d_k), W_v (d, d_v) -> Q, K, V and softmax(Q Kᵀ / √d_k) V.
// Throws Error when the shapes disagree.
QkvAttentionSteps projectedAttention(const arma::fmat& x, const QkvProjections& w, bool causal);

// Seeded random W_q, W_k, W_v (d, d_k) (randomProjection of LessonEmbeddings.h).
QkvProjections randomQkvProjections(std::size_t dimensions, std::size_t keyDimensions,
                                    std::uint32_t seed);

// One head of a trained GPT, in the lecture's X W layout: W_q, W_k, W_v (C, HS) are the
// transposed row blocks of c_attn's weight (MultiHeadAttention.h) for that layer and head.
// (GPT-2 also adds c_attn's bias and normalises X with ln_1 first; the toy leaves both
// out.) Throws Error for a layer or head out of range.
QkvProjections gptQkvProjections(const Gpt& gpt, std::size_t layer, std::size_t head);

} // namespace lengua
