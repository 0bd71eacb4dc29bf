// The single-token forward pass of a GPT against cached keys and values, written with the
// same operations as the batched layers so the logits agree with nextTokenLogits().
#include "models/GptSession.h"

#include "core/Error.h"
#include "models/Gpt.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lengua {

namespace {

// LayerNorm's default eps (nn/LayerNorm.h), which the blocks and ln_f use.
constexpr float kLayerNormEps = 1e-5f;

arma::fvec layerNorm(const arma::fvec& x, LayerNorm& norm)
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
    arma::fvec y(c);
    for (std::size_t i = 0; i < c; ++i)
        y[i] = (x[i] - mean) * rstd * norm.gamma()[i] + norm.beta()[i];
    return y;
}

arma::fvec linear(Linear& layer, const arma::fvec& x)
{
    arma::fvec y = layer.weight() * x; // (OUT, IN) (IN)
    if (layer.bias().n_elem != 0)
        y += layer.bias();
    return y;
}

} // namespace

GptSession::GptSession(const Gpt& gpt) : m_gpt(const_cast<Gpt&>(gpt))
{
    const std::size_t c = gpt.config().channels;
    const std::size_t maxT = gpt.contextLength();
    m_keys.assign(gpt.blockCount(), arma::fmat(c, maxT));
    m_values.assign(gpt.blockCount(), arma::fmat(c, maxT));
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
    arma::fvec x = m_gpt.tokenEmbedding().table().col(std::size_t(token))
        + m_gpt.positionEmbedding().table().col(p);
    for (std::size_t b = 0; b < m_gpt.blockCount(); ++b) {
        TransformerBlock& block = m_gpt.block(b);
        MultiHeadAttention& attention = block.attention();
        const std::size_t heads = attention.heads();
        const std::size_t hs = attention.headSize();
        const float scale = float(1.0 / std::sqrt(double(hs))); // as ScaledDotProductAttention
        const arma::fvec qkv = linear(attention.qkvProjection(), layerNorm(x, block.ln1()));
        arma::fmat& keys = m_keys[b];
        arma::fmat& values = m_values[b];
        std::copy_n(qkv.memptr() + c, c, keys.colptr(p));
        std::copy_n(qkv.memptr() + 2 * c, c, values.colptr(p));
        arma::fvec merged(c, arma::fill::zeros);
        std::vector<float> weights(p + 1);
        for (std::size_t h = 0; h < heads; ++h) {
            const float* query = qkv.memptr() + h * hs;
            // Causal: position p sees positions 0 .. p, itself included.
            float largest = -INFINITY;
            for (std::size_t j = 0; j <= p; ++j) {
                const float* key = keys.colptr(j) + h * hs;
                float dot = 0.0f;
                for (std::size_t i = 0; i < hs; ++i)
                    dot += query[i] * key[i];
                weights[j] = dot * scale;
                largest = std::max(largest, weights[j]);
            }
            float sum = 0.0f;
            for (std::size_t j = 0; j <= p; ++j) {
                weights[j] = std::exp(weights[j] - largest);
                sum += weights[j];
            }
            float* out = merged.memptr() + h * hs;
            for (std::size_t j = 0; j <= p; ++j) {
                const float* value = values.colptr(j) + h * hs;
                const float weight = weights[j] / sum;
                for (std::size_t i = 0; i < hs; ++i)
                    out[i] += weight * value[i];
            }
        }
        x += linear(attention.outputProjection(), merged);
        const arma::fvec hidden = linear(block.mlp().fc(), layerNorm(x, block.ln2()));
        const arma::fmat& activated = m_gelu.forward(hidden); // (4C, 1)
        x += linear(block.mlp().proj(), arma::fvec(activated.colptr(0), activated.n_rows));
    }
    m_hidden = layerNorm(x, m_gpt.finalNorm());
    ++m_cached;
}

std::vector<float> GptSession::logits()
{
    if (m_tokens.empty())
        throw Error("GPT session: the context is empty; a GPT needs at least one token to "
                    "predict the next");
    const arma::fvec logits = m_gpt.tokenEmbedding().table().t() * m_hidden; // tied head (V)
    return std::vector<float>(logits.begin(), logits.end());
}

} // namespace lengua
