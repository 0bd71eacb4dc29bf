// Scaled dot-product attention: one sgemm per product and sequence on non-copying views.
#include "nn/ScaledDotProductAttention.h"

#include "core/Error.h"
#include "nn/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lengua {

namespace {

// A non-copying (rows, cols) view of `cols` consecutive columns starting at `column`.
// Armadillo views need a non-const pointer; the read-only ones are never written.
arma::fmat block(const arma::fmat& m, std::size_t column, std::size_t cols)
{
    return arma::fmat(const_cast<float*>(m.colptr(column)), m.n_rows, cols, false, true);
}

} // namespace

ScaledDotProductAttention::ScaledDotProductAttention(std::size_t headSize, bool causal,
                                                     float dropout, std::uint32_t seed)
    : m_headSize(headSize), m_causal(causal),
      m_scale(float(1.0 / std::sqrt(double(headSize)))),
      m_dropout(dropout, seed)
{
    if (headSize == 0)
        throw Error("ScaledDotProductAttention: the head size must be positive");
}

void ScaledDotProductAttention::setTraining(bool training)
{
    Layer::setTraining(training);
    m_dropout.setTraining(training);
}

const arma::fmat& ScaledDotProductAttention::forward(const arma::fmat& q, const arma::fmat& k,
                                                     const arma::fmat& v,
                                                     std::size_t sequences, std::size_t length)
{
    const std::size_t n = sequences * length;
    if (sequences == 0 || length == 0)
        throw Error("ScaledDotProductAttention::forward(): the number of sequences and "
                    "their length must be positive");
    for (const arma::fmat* input : {&q, &k, &v}) {
        if (input->n_rows != m_headSize || input->n_cols != n)
            throw Error("ScaledDotProductAttention::forward(): an input is "
                        + std::to_string(input->n_rows) + " x " + std::to_string(input->n_cols)
                        + ", expected " + std::to_string(m_headSize) + " x "
                        + std::to_string(n) + " (head size x sequences * length)");
    }
    m_sequences = sequences;
    m_length = length;
    m_q = q;
    m_k = k;
    m_v = v;
    m_p.set_size(length, n);
    m_y.set_size(m_headSize, n);
    m_dropped = m_training && m_dropout.probability() > 0.0f;
    const std::size_t t = length;
    for (std::size_t s = 0; s < sequences; ++s) {
        const std::size_t first = s * t;
        arma::fmat p = block(m_p, first, t);                   // (T, T)
        p = block(m_k, first, t).t() * block(m_q, first, t);   // (T, HS) (HS, T), sgemm
        for (std::size_t i = 0; i < t; ++i) {
            float* column = p.colptr(i);
            const std::size_t visible = m_causal ? i + 1 : t; // keys j < visible
            // max(scale s) = scale max(s) as scale > 0; exp(scale s - max) <= 1, no overflow
            const float maximum = m_scale * VectorMath::maximum(column, visible);
            const float sum = VectorMath::expSum(column, column, visible, m_scale, maximum);
            VectorMath::scale(column, visible, 1.0f / sum);
            for (std::size_t j = visible; j < t; ++j)
                column[j] = 0.0f; // the masked keys: exp(-inf) = 0 exactly
        }
        if (m_dropped)
            continue; // Y once every P is known (below)
        arma::fmat y = block(m_y, first, t);    // (HS, T)
        y = block(m_v, first, t) * p;           // (HS, T) (T, T), sgemm
    }
    if (m_dropped) {
        m_kept = &m_dropout.forward(m_p); // (T, N) P ⊙ M
        for (std::size_t s = 0; s < sequences; ++s) {
            arma::fmat y = block(m_y, s * t, t);                        // (HS, T)
            y = block(m_v, s * t, t) * block(*m_kept, s * t, t);        // (HS, T) (T, T)
        }
    }
    return m_y;
}

const ScaledDotProductAttention::Gradients&
ScaledDotProductAttention::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols || m_y.n_elem == 0)
        throw Error("ScaledDotProductAttention::backward(): the gradient's shape does not "
                    "match the last output");
    const std::size_t t = m_length;
    m_dp.set_size(t, dy.n_cols);
    m_gradients.query.set_size(m_headSize, dy.n_cols);
    m_gradients.key.set_size(m_headSize, dy.n_cols);
    m_gradients.value.set_size(m_headSize, dy.n_cols);
    for (std::size_t s = 0; s < m_sequences; ++s) {
        const std::size_t first = s * t;
        const arma::fmat p = block(m_p, first, t);     // (T, T)
        const arma::fmat dys = block(dy, first, t);    // (HS, T)
        arma::fmat dv = block(m_gradients.value, first, t);
        const arma::fmat kept = block(m_dropped ? *m_kept : m_p, first, t); // (T, T) view
        dv = dys * kept.t();                            // (HS, T) = (HS, T) (T, T)
        arma::fmat ds = block(m_dp, first, t);          // (T, T)
        ds = block(m_v, first, t).t() * dys;            // dP (T, T) = (T, HS) (HS, T)
        if (m_dropped)
            ds %= block(m_dropout.mask(), first, t);    // through the mask: d(P ⊙ M) -> dP
        // Softmax backward column by column; masked entries have P = 0, so dS = 0.
        for (std::size_t i = 0; i < t; ++i) {
            const std::size_t visible = m_causal ? i + 1 : t; // P(j, i) = 0 for j >= visible
            const float* pi = p.colptr(i);
            float* di = ds.colptr(i);
            const float dot = VectorMath::dot(pi, di, visible);
            for (std::size_t j = 0; j < visible; ++j)
                di[j] = pi[j] * (di[j] - dot) * m_scale; // the 1/√HS folded in here
            std::fill(di + visible, di + t, 0.0f);
        }
        arma::fmat dq = block(m_gradients.query, first, t);
        dq = block(m_k, first, t) * ds;                 // (HS, T) = (HS, T) (T, T)
        arma::fmat dk = block(m_gradients.key, first, t);
        dk = block(m_q, first, t) * ds.t();             // (HS, T) = (HS, T) (T, T)
    }
    return m_gradients;
}

arma::fmat ScaledDotProductAttention::probabilities(std::size_t sequence) const
{
    if (sequence >= m_sequences)
        throw Error("ScaledDotProductAttention::probabilities(): sequence "
                    + std::to_string(sequence) + " does not exist, the last forward had "
                    + std::to_string(m_sequences));
    return m_p.cols(sequence * m_length, (sequence + 1) * m_length - 1);
}

} // namespace lengua
