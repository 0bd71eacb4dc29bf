// The lecture's self-attention step by step, rows = tokens.
#include "models/SelfAttentionLesson.h"

#include "core/Error.h"
#include "models/Gpt.h"
#include "models/LessonEmbeddings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace lengua {

namespace {

arma::fmat maskedScores(arma::fmat scores, bool causal)
{
    if (causal)
        for (std::size_t i = 0; i < scores.n_rows; ++i)
            for (std::size_t j = i + 1; j < scores.n_cols; ++j)
                scores(i, j) = -std::numeric_limits<float>::infinity();
    return scores;
}

} // namespace

arma::fmat rowSoftmax(const arma::fmat& scores, bool causal)
{
    arma::fmat weights(scores.n_rows, scores.n_cols, arma::fill::zeros);
    for (std::size_t i = 0; i < scores.n_rows; ++i) {
        const std::size_t visible = causal ? std::min<std::size_t>(i + 1, scores.n_cols)
                                           : scores.n_cols;
        if (visible == 0)
            continue;
        float maximum = -std::numeric_limits<float>::infinity();
        for (std::size_t j = 0; j < visible; ++j)
            maximum = std::max(maximum, scores(i, j));
        double sum = 0.0;
        for (std::size_t j = 0; j < visible; ++j) {
            weights(i, j) = std::exp(scores(i, j) - maximum); // <= 1, no overflow
            sum += weights(i, j);
        }
        for (std::size_t j = 0; j < visible; ++j)
            weights(i, j) = float(weights(i, j) / sum);
    }
    return weights;
}

AttentionSteps similarityAttention(const arma::fmat& x, bool causal)
{
    AttentionSteps steps;
    steps.scores = maskedScores(x * x.t(), causal); // (T, T) = (T, d) (d, T)
    steps.weights = rowSoftmax(steps.scores, causal);
    steps.output = steps.weights * x;               // (T, d) = (T, T) (T, d)
    return steps;
}

QkvAttentionSteps projectedAttention(const arma::fmat& x, const QkvProjections& w, bool causal)
{
    if (w.query.n_rows != x.n_cols || w.key.n_rows != x.n_cols || w.value.n_rows != x.n_cols
        || w.query.n_cols != w.key.n_cols || w.query.n_cols == 0)
        throw Error("projectedAttention: X is (" + std::to_string(x.n_rows) + ", "
                    + std::to_string(x.n_cols) + ") but W_q, W_k, W_v do not all have "
                    + std::to_string(x.n_cols) + " rows and equal key sizes");
    QkvAttentionSteps steps;
    steps.query = x * w.query; // (T, d_k)
    steps.key = x * w.key;     // (T, d_k)
    steps.value = x * w.value; // (T, d_v)
    const float scale = float(1.0 / std::sqrt(double(w.query.n_cols)));
    steps.attention.scores = maskedScores(steps.query * steps.key.t() * scale, causal);
    steps.attention.weights = rowSoftmax(steps.attention.scores, causal);
    steps.attention.output = steps.attention.weights * steps.value; // (T, d_v)
    return steps;
}

QkvProjections randomQkvProjections(std::size_t dimensions, std::size_t keyDimensions,
                                    std::uint32_t seed)
{
    // Three different seeds from one, so W_q, W_k and W_v differ.
    return {randomProjection(dimensions, keyDimensions, seed * 3u + 1u),
            randomProjection(dimensions, keyDimensions, seed * 3u + 2u),
            randomProjection(dimensions, keyDimensions, seed * 3u + 3u)};
}

QkvProjections gptQkvProjections(const Gpt& gpt, std::size_t layer, std::size_t head)
{
    const GptConfig& config = gpt.config();
    const std::size_t c = config.channels;
    if (layer >= config.layers || head >= config.heads)
        throw Error("gptQkvProjections: layer " + std::to_string(layer) + ", head "
                    + std::to_string(head) + " is outside the model's "
                    + std::to_string(config.layers) + " layers and "
                    + std::to_string(config.heads) + " heads");
    const std::size_t hs = c / config.heads;
    // Parameter buffer (Gpt.h): wte (C, V), wpe (C, maxT), then per block 12C² + 13C
    // floats starting with ln_1 (2C) and c_attn's W (3C, C) column-major.
    const std::size_t blockSize = 12 * c * c + 13 * c;
    const std::size_t attnWeight = (config.vocabularySize + config.contextLength) * c
                                   + layer * blockSize + 2 * c;
    const arma::fmat wAttn(const_cast<float*>(gpt.parameters().memptr()) + attnWeight, 3 * c, c,
                           false, true); // (3C, C), read only
    // Rows [part C + head HS, + HS) map x to that head's queries, keys or values; the
    // lecture's W (C, HS) in Q = X W is their transpose.
    auto part = [&](std::size_t which) {
        const std::size_t first = which * c + head * hs;
        return arma::fmat(wAttn.rows(first, first + hs - 1).t());
    };
    return {part(0), part(1), part(2)};
}

} // namespace lengua
