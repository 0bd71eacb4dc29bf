// Layer norm against batch norm on sentences of different lengths (the lecture: "en NLP
// se normaliza la capa (los features)"; with a batch "tenemos variaciones de la longitud
// de la sentencia, cambiando la constante de normalización"). Sentences are padded to
// the longest one; the lesson's layout is one token slot per ROW, features in columns.
#pragma once

#include <armadillo>

#include <cstddef>
#include <vector>

namespace lengua {

struct PaddedBatch {
    // (B maxT, C): sentence b owns rows [b maxT, (b+1) maxT); its first lengths[b] rows
    // are its tokens, the rest are padding rows of zeros.
    arma::fmat values;
    std::vector<std::size_t> lengths; // (B)
    std::size_t maxLength = 0;        // maxT

    bool isPadding(std::size_t row) const { return row % maxLength >= lengths.at(row / maxLength); }
};

// Stacks sentences (T_b, C) into one padded batch. Throws Error when they have different
// numbers of features or there are none.
PaddedBatch padBatch(const std::vector<arma::fmat>& sentences);

struct Normalized {
    arma::fmat output;   // (B maxT, C); padding rows are 0 for layer norm
    arma::fvec mean;     // layer norm: (B maxT) per token, NaN for padding; batch norm: (C)
    arma::fvec variance; // the same shape: the biased variance (divided by the count)
};

// Each token row over its C features: (x - mean) / √(variance + eps), γ = 1, β = 0 (through
// nn/LayerNorm). Padding rows are left at 0 and get NaN statistics.
Normalized layerNormalize(const PaddedBatch& batch, float eps = 1e-5f);

// Each feature column over the batch: the statistics of column c come from the real tokens
// only, or (countPadding) from every row including the padding zeros, as a batch norm
// unaware of the padding does. Every row, padding included, is normalised with them.
Normalized batchNormalize(const PaddedBatch& batch, bool countPadding, float eps = 1e-5f);

struct NormalizationComparison {
    PaddedBatch batch;
    Normalized layer;             // layerNormalize(batch)
    Normalized batchNorm;         // batchNormalize(batch, countPadding = true)
    Normalized batchNormRealOnly; // batchNormalize(batch, countPadding = false)
    // How much the first sentence's normalised tokens change (largest absolute difference)
    // between being normalised alone and inside this batch: 0 for layer norm, which never
    // looks at other tokens; not 0 for batch norm, whose statistics depend on the other
    // sentences and on the padding.
    double layerNormChangeOfFirst = 0.0;
    double batchNormChangeOfFirst = 0.0;
};

NormalizationComparison compareNormalizations(const std::vector<arma::fmat>& sentences,
                                              float eps = 1e-5f);

} // namespace lengua
