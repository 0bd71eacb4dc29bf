// The single-token forward pass of a GPT against cached keys and values, written with the
// same operations as the batched layers so the logits agree with nextTokenLogits().
#include "models/GptSession.h"

#include "core/Error.h"
#include "models/Gpt.h"
#include "nn/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lengua {

namespace {

// LayerNorm's default eps (nn/LayerNorm.h), which the blocks and ln_f use.
constexpr float kLayerNormEps = 1e-5f;

// y = LayerNorm(x), the arithmetic of LayerNorm::forward for one column.
void layerNorm(const arma::fvec& x, LayerNorm& norm, arma::fvec& y)
{
    const std::size_t c = x.n_elem;
    float mean = 0.0f;
    for (std::size_t i = 0; i < c; ++i)
        mean += x[i];
    mean /= float(c);
    float variance = 0.0f;
    for (std::size_t i = 0; i < c; ++i)
        variance += (x[i] - mean) * (x[i] - mean);
    variance /= float(c);
    const float rstd = 1.0f / std::sqrt(variance + kLayerNormEps);
    const float* gamma = norm.gamma().memptr();
    const float* beta = norm.beta().memptr();
    for (std::size_t i = 0; i < c; ++i)
        y[i] = (x[i] - mean) * rstd * gamma[i] + beta[i];
}

// y = W x + b into y's memory (one sgemv, no temporary).
void linear(Linear& layer, const arma::fvec& x, arma::fvec& y)
{
    y = layer.weight() * x; // (OUT, IN) (IN)
    if (layer.bias().n_elem != 0)
        y += layer.bias();
}

// y += W x + b (sgemv with beta = 1), for the projections into the residual stream.
void addLinear(Linear& layer, const arma::fvec& x, arma::fvec& y)
{
    y += layer.weight() * x;
    if (layer.bias().n_elem != 0)
        y += layer.bias();
}

} // namespace

GptSession::GptSession(const Gpt& gpt) : m_gpt(const_cast<Gpt&>(gpt))
{
    const std::size_t c = gpt.config().channels;
    const std::size_t maxT = gpt.contextLength();
    m_keys.assign(gpt.blockCount(), arma::fmat(c, maxT));
    m_values.assign(gpt.blockCount(), arma::fmat(c, maxT));
    m_hidden.set_size(c);
    m_x.set_size(c);
    m_normed.set_size(c);
    m_qkv.set_size(3 * c);
    m_merged.set_size(c);
    m_fc.set_size(4 * c);
    m_activated.set_size(4 * c);
    m_weights.resize(maxT);
}

void GptSession::append(TokenId token)
{
    if (token < 0 || std::size_t(token) >= m_gpt.vocabularySize())
        throw Error("GPT session: token id " + std::to_string(token) + " is outside the "
                    "vocabulary of " + std::to_string(m_gpt.vocabularySize()));
    m_tokens.push_back(token);
    const std::size_t maxT = m_gpt.contextLength();
    if (m_cached < maxT) {
        advance(token);
        return;
    }
    // The window slides: each kept token moves one position back, which changes its
    // position embedding and so every cached key and value. Rebuild from scratch.
    m_cached = 0;
    for (std::size_t i = m_tokens.size() - maxT; i < m_tokens.size(); ++i)
        advance(m_tokens[i]);
}

void GptSession::advance(TokenId token)
{
    const std::size_t c = m_gpt.config().channels;
    const std::size_t p = m_cached;
    const float* wte = m_gpt.tokenEmbedding().table().colptr(std::size_t(token));
    const float* wpe = m_gpt.positionEmbedding().table().colptr(p);
    for (std::size_t i = 0; i < c; ++i)
        m_x[i] = wte[i] + wpe[i];
    float* weights = m_weights.data();
    for (std::size_t b = 0; b < m_gpt.blockCount(); ++b) {
        TransformerBlock& block = m_gpt.block(b);
        MultiHeadAttention& attention = block.attention();
        const std::size_t heads = attention.heads();
        const std::size_t hs = attention.headSize();
        const float scale = float(1.0 / std::sqrt(double(hs))); // as ScaledDotProductAttention
        layerNorm(m_x, block.ln1(), m_normed);
        linear(attention.qkvProjection(), m_normed, m_qkv);
        arma::fmat& keys = m_keys[b];
        arma::fmat& values = m_values[b];
        std::copy_n(m_qkv.memptr() + c, c, keys.colptr(p));
        std::copy_n(m_qkv.memptr() + 2 * c, c, values.colptr(p));
        m_merged.zeros();
        for (std::size_t h = 0; h < heads; ++h) {
            const float* query = m_qkv.memptr() + h * hs;
            // Causal: position p sees positions 0 .. p, itself included. The softmax is
            // ScaledDotProductAttention's: scores scaled, maximum subtracted, exp, sum.
            for (std::size_t j = 0; j <= p; ++j)
                weights[j] = VectorMath::dot(query, keys.colptr(j) + h * hs, hs);
            const float largest = scale * VectorMath::maximum(weights, p + 1);
            const float sum = VectorMath::expSum(weights, weights, p + 1, scale, largest);
            const float inverse = 1.0f / sum;
            float* out = m_merged.memptr() + h * hs;
            for (std::size_t j = 0; j <= p; ++j) {
                const float* value = values.colptr(j) + h * hs;
                const float weight = weights[j] * inverse;
                for (std::size_t i = 0; i < hs; ++i)
                    out[i] += weight * value[i];
            }
        }
        addLinear(attention.outputProjection(), m_merged, m_x);
        layerNorm(m_x, block.ln2(), m_normed);
        linear(block.mlp().fc(), m_normed, m_fc);
        VectorMath::geluTanh(m_fc.memptr(), m_activated.memptr(), m_fc.n_elem); // as Mlp's Gelu
        addLinear(block.mlp().proj(), m_activated, m_x);
    }
    layerNorm(m_x, m_gpt.finalNorm(), m_hidden);
    ++m_cached;
}

std::vector<float> GptSession::logits()
{
    if (m_tokens.empty())
        throw Error("GPT session: the context is empty; a GPT needs at least one token to "
                    "predict the next");
    std::vector<float> result(m_gpt.vocabularySize());
    arma::fvec logits(result.data(), result.size(), false, true); // a view: one sgemv into it
    logits = m_gpt.tokenEmbedding().table().t() * m_hidden;       // tied head (V)
    return result;
}

} // namespace lengua
