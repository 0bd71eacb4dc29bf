// Fused softmax and cross-entropy over the columns of the logits with integer targets,
// averaged over the counted columns; its gradient is (probabilities - one-hot) / count.
#pragma once

#include "nn/Layer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace lengua {

class SoftmaxCrossEntropy : public Layer {
public:
    // Columns whose target equals ignoreIndex (e.g. padding) add nothing to the loss, are
    // not counted in the mean, and get a zero gradient (PyTorch's ignore_index).
    explicit SoftmaxCrossEntropy(std::optional<std::int32_t> ignoreIndex = std::nullopt)
        : m_ignoreIndex(ignoreIndex) {}

    // logits (V, N), targets (N) in [0, V) -> mean over counted columns of
    // -log softmax(logits)[target]. Returns 0 when every column is ignored.
    float forward(const arma::fmat& logits, std::span<const std::int32_t> targets);
    // -> dlogits (V, N) = scale * (probabilities - one-hot) / count; scale is the
    // gradient of the final loss w.r.t. this loss (1 when it is the final loss).
    const arma::fmat& backward(float scale = 1.0f);

    const arma::fmat& probabilities() const { return m_probabilities; }
    std::size_t countedColumns() const { return m_counted; }

private:
    std::optional<std::int32_t> m_ignoreIndex;
    // caches
    arma::fmat m_probabilities;         // (V, N) softmax of the logits
    std::vector<std::int32_t> m_targets; // (N)
    std::size_t m_counted = 0;          // columns not ignored
    arma::fmat m_dLogits;               // (V, N)
};

} // namespace lengua
