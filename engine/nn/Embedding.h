// Token embedding: a lookup of one column of the table per token id.
#pragma once

#include "nn/Layer.h"

#include <cstdint>
#include <span>
#include <vector>

namespace lengua {

class Embedding : public Layer {
public:
    // Parameter layout: the table (C, V), column v is the embedding of token v.
    Embedding(std::size_t vocabularySize, std::size_t channels);

    std::size_t parameterCount() const override { return m_channels * m_vocabulary; }
    void bind(float* params, float* grads) override;

    // ids (N), each in [0, V) -> y (C, N)
    const arma::fmat& forward(std::span<const std::int32_t> ids);
    // dy (C, N): scatters (adds) column j into the gradient of column ids[j] of the
    // table; a token seen twice gets both. No input gradient (ids are not continuous).
    void backward(const arma::fmat& dy);

    arma::fmat& table() { return m_table; }
    arma::fmat& tableGradient() { return m_dTable; }

private:
    std::size_t m_vocabulary;
    std::size_t m_channels;
    arma::fmat m_table;  // (C, V) view into the parameter buffer
    arma::fmat m_dTable; // (C, V) view into the gradient buffer
    // caches
    std::vector<std::int32_t> m_ids; // (N) ids of the last forward
    arma::fmat m_y;                  // (C, N)
};

} // namespace lengua
