// Multi-head self-attention: projections as single sgemms, heads through one attention call.
#include "nn/MultiHeadAttention.h"

#include "core/Error.h"

#include <algorithm>
#include <string>

namespace lengua {

MultiHeadAttention::MultiHeadAttention(std::size_t channels, std::size_t heads, bool causal,
                                       float dropout, std::uint32_t seed)
    : m_channels(channels), m_heads(heads),
      m_headSize(heads == 0 ? 0 : channels / heads),
      m_qkv(channels == 0 ? 1 : channels, channels == 0 ? 1 : 3 * channels),
      m_proj(channels == 0 ? 1 : channels, channels == 0 ? 1 : channels),
      m_attention(m_headSize == 0 ? 1 : m_headSize, causal, dropout, seed)
{
    if (channels == 0 || heads == 0 || channels % heads != 0)
        throw Error("MultiHeadAttention: " + std::to_string(channels) + " channels cannot be "
                    "split evenly into " + std::to_string(heads) + " heads");
}

void MultiHeadAttention::setTraining(bool training)
{
    Layer::setTraining(training);
    m_attention.setTraining(training);
}

std::size_t MultiHeadAttention::parameterCount() const
{
    return m_qkv.parameterCount() + m_proj.parameterCount();
}

void MultiHeadAttention::bind(float* params, float* grads)
{
    const std::size_t first = m_qkv.parameterCount();
    m_qkv.bind(params, grads);
    m_proj.bind(params + first, grads + first);
}

const arma::fmat& MultiHeadAttention::forward(const arma::fmat& x, std::size_t batch,
                                              std::size_t length)
{
    if (batch == 0 || length == 0 || x.n_cols != batch * length)
        throw Error("MultiHeadAttention::forward(): the input has " + std::to_string(x.n_cols)
                    + " columns, expected batch " + std::to_string(batch) + " x length "
                    + std::to_string(length));
    const std::size_t n = x.n_cols;
    const std::size_t c = m_channels;
    const std::size_t hs = m_headSize;
    m_batch = batch;
    const arma::fmat& qkv = m_qkv.forward(x); // (3C, N)
    m_q.set_size(hs, m_heads * n);
    m_k.set_size(hs, m_heads * n);
    m_v.set_size(hs, m_heads * n);
    for (std::size_t h = 0; h < m_heads; ++h) {
        for (std::size_t column = 0; column < n; ++column) {
            const float* source = qkv.colptr(column) + h * hs;
            std::copy_n(source, hs, m_q.colptr(h * n + column));
            std::copy_n(source + c, hs, m_k.colptr(h * n + column));
            std::copy_n(source + 2 * c, hs, m_v.colptr(h * n + column));
        }
    }
    const arma::fmat& heads = m_attention.forward(m_q, m_k, m_v, m_heads * batch, length);
    m_merged.set_size(c, n); // (C, N) <- (HS, NH N)
    for (std::size_t h = 0; h < m_heads; ++h)
        for (std::size_t column = 0; column < n; ++column)
            std::copy_n(heads.colptr(h * n + column), hs, m_merged.colptr(column) + h * hs);
    return m_proj.forward(m_merged);
}

const arma::fmat& MultiHeadAttention::backward(const arma::fmat& dy)
{
    const arma::fmat& dMerged = m_proj.backward(dy); // (C, N), checks the shape
    const std::size_t n = dMerged.n_cols;
    const std::size_t c = m_channels;
    const std::size_t hs = m_headSize;
    m_dHeads.set_size(hs, m_heads * n);
    for (std::size_t h = 0; h < m_heads; ++h)
        for (std::size_t column = 0; column < n; ++column)
            std::copy_n(dMerged.colptr(column) + h * hs, hs, m_dHeads.colptr(h * n + column));
    const ScaledDotProductAttention::Gradients& d = m_attention.backward(m_dHeads);
    m_dQkv.set_size(3 * c, n);
    for (std::size_t h = 0; h < m_heads; ++h) {
        for (std::size_t column = 0; column < n; ++column) {
            float* target = m_dQkv.colptr(column) + h * hs;
            std::copy_n(d.query.colptr(h * n + column), hs, target);
            std::copy_n(d.key.colptr(h * n + column), hs, target + c);
            std::copy_n(d.value.colptr(h * n + column), hs, target + 2 * c);
        }
    }
    return m_qkv.backward(m_dQkv);
}

arma::fmat MultiHeadAttention::attentionProbabilities(std::size_t head,
                                                      std::size_t sequence) const
{
    if (head >= m_heads || sequence >= m_batch)
        throw Error("MultiHeadAttention::attentionProbabilities(): head "
                    + std::to_string(head) + ", sequence " + std::to_string(sequence)
                    + " does not exist (" + std::to_string(m_heads) + " heads, "
                    + std::to_string(m_batch) + " sequences in the last forward)");
    return m_attention.probabilities(head * m_batch + sequence);
}

} // namespace lengua
