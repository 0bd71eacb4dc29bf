// Layer norm against batch norm on a padded batch.
#include "models/LayerVsBatchNorm.h"

#include "core/Error.h"
#include "nn/LayerNorm.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lengua {

PaddedBatch padBatch(const std::vector<arma::fmat>& sentences)
{
    if (sentences.empty())
        throw Error("padBatch: there are no sentences");
    PaddedBatch batch;
    const std::size_t c = sentences.front().n_cols;
    for (const arma::fmat& sentence : sentences) {
        if (sentence.n_cols != c || c == 0)
            throw Error("padBatch: every sentence needs the same positive number of features");
        batch.lengths.push_back(sentence.n_rows);
        batch.maxLength = std::max<std::size_t>(batch.maxLength, sentence.n_rows);
    }
    if (batch.maxLength == 0)
        throw Error("padBatch: every sentence is empty");
    batch.values.zeros(sentences.size() * batch.maxLength, c);
    for (std::size_t b = 0; b < sentences.size(); ++b)
        if (sentences[b].n_rows > 0)
            batch.values.rows(b * batch.maxLength, b * batch.maxLength + sentences[b].n_rows - 1)
                = sentences[b];
    return batch;
}

Normalized layerNormalize(const PaddedBatch& batch, float eps)
{
    const std::size_t rows = batch.values.n_rows;
    const std::size_t c = batch.values.n_cols;
    LayerNorm norm(c, eps);
    arma::fvec parameters(2 * c), gradients(2 * c, arma::fill::zeros);
    parameters.head(c).ones(); // γ = 1
    parameters.tail(c).zeros(); // β = 0
    norm.bind(parameters.memptr(), gradients.memptr());
    const arma::fmat& y = norm.forward(batch.values.t()); // (C, B maxT), one token per column

    Normalized result;
    result.output = y.t();
    result.mean = norm.mean();
    result.variance.set_size(rows);
    const float missing = std::numeric_limits<float>::quiet_NaN();
    for (std::size_t r = 0; r < rows; ++r) {
        if (batch.isPadding(r)) {
            result.output.row(r).zeros();
            result.mean[r] = missing;
            result.variance[r] = missing;
            continue;
        }
        // The variance itself, in double: LayerNorm caches only 1/√(variance + eps).
        double sum = 0.0;
        for (std::size_t k = 0; k < c; ++k)
            sum += batch.values(r, k);
        const double mean = sum / double(c);
        double squares = 0.0;
        for (std::size_t k = 0; k < c; ++k)
            squares += (batch.values(r, k) - mean) * (batch.values(r, k) - mean);
        result.variance[r] = float(squares / double(c));
    }
    return result;
}

Normalized batchNormalize(const PaddedBatch& batch, bool countPadding, float eps)
{
    const std::size_t rows = batch.values.n_rows;
    const std::size_t c = batch.values.n_cols;
    Normalized result;
    result.output.set_size(rows, c);
    result.mean.set_size(c);
    result.variance.set_size(c);
    for (std::size_t k = 0; k < c; ++k) {
        double sum = 0.0;
        std::size_t count = 0;
        for (std::size_t r = 0; r < rows; ++r)
            if (countPadding || !batch.isPadding(r)) {
                sum += batch.values(r, k);
                ++count;
            }
        const double mean = sum / double(count);
        double squares = 0.0;
        for (std::size_t r = 0; r < rows; ++r)
            if (countPadding || !batch.isPadding(r))
                squares += (batch.values(r, k) - mean) * (batch.values(r, k) - mean);
        const double variance = squares / double(count); // biased, as in training mode
        const double inverse = 1.0 / std::sqrt(variance + eps);
        for (std::size_t r = 0; r < rows; ++r)
            result.output(r, k) = float((batch.values(r, k) - mean) * inverse);
        result.mean[k] = float(mean);
        result.variance[k] = float(variance);
    }
    return result;
}

NormalizationComparison compareNormalizations(const std::vector<arma::fmat>& sentences,
                                              float eps)
{
    NormalizationComparison result;
    result.batch = padBatch(sentences);
    result.layer = layerNormalize(result.batch, eps);
    result.batchNorm = batchNormalize(result.batch, true, eps);
    result.batchNormRealOnly = batchNormalize(result.batch, false, eps);

    const PaddedBatch alone = padBatch({sentences.front()});
    const std::size_t length = sentences.front().n_rows;
    if (length > 0) {
        auto change = [&](const arma::fmat& inBatch, const arma::fmat& byItself) {
            return double(arma::abs(inBatch.rows(0, length - 1) - byItself.rows(0, length - 1)).max());
        };
        result.layerNormChangeOfFirst = change(result.layer.output, layerNormalize(alone, eps).output);
        result.batchNormChangeOfFirst
            = change(result.batchNorm.output, batchNormalize(alone, true, eps).output);
    }
    return result;
}

} // namespace lengua
