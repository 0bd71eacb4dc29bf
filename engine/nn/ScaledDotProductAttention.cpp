// Scaled dot-product attention: one sgemm per product and sequence on non-copying views.
#include "nn/ScaledDotProductAttention.h"

#include "core/Error.h"

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

ScaledDotProductAttention::ScaledDotProductAttention(std::size_t headSize, bool causal)
    : m_headSize(headSize), m_causal(causal),
      m_scale(float(1.0 / std::sqrt(double(headSize))))
{
    if (headSize == 0)
        throw Error("ScaledDotProductAttention: the head size must be positive");
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
    const std::size_t t = length;
    for (std::size_t s = 0; s < sequences; ++s) {
        const std::size_t first = s * t;
        arma::fmat p = block(m_p, first, t);                   // (T, T)
        p = block(m_k, first, t).t() * block(m_q, first, t);   // (T, HS) (HS, T), sgemm
        for (std::size_t i = 0; i < t; ++i) {
            float* column = p.colptr(i);
            const std::size_t visible = m_causal ? i + 1 : t; // keys j < visible
            float maximum = -INFINITY;
            for (std::size_t j = 0; j < visible; ++j) {
                column[j] *= m_scale;
                maximum = std::max(maximum, column[j]);
            }
            float sum = 0.0f;
            for (std::size_t j = 0; j < visible; ++j) {
                column[j] = std::exp(column[j] - maximum); // <= 1, no overflow
                sum += column[j];
            }
            const float inverse = 1.0f / sum;
            for (std::size_t j = 0; j < visible; ++j)
                column[j] *= inverse;
            for (std::size_t j = visible; j < t; ++j)
                column[j] = 0.0f; // the masked keys: exp(-inf) = 0 exactly
        }
        arma::fmat y = block(m_y, first, t);    // (HS, T)
        y = block(m_v, first, t) * p;           // (HS, T) (T, T), sgemm
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
        dv = dys * p.t();                               // (HS, T) = (HS, T) (T, T)
        arma::fmat ds = block(m_dp, first, t);          // (T, T)
        ds = block(m_v, first, t).t() * dys;            // dP (T, T) = (T, HS) (HS, T)
        // Softmax backward column by column; masked entries have P = 0, so dS = 0.
        for (std::size_t i = 0; i < t; ++i) {
            const float* pi = p.colptr(i);
            float* di = ds.colptr(i);
            float dot = 0.0f;
            for (std::size_t j = 0; j < t; ++j)
                dot += pi[j] * di[j];
            for (std::size_t j = 0; j < t; ++j)
                di[j] = pi[j] * (di[j] - dot) * m_scale; // the 1/√HS folded in here
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
