// Fused softmax and cross-entropy with integer targets.
#include "nn/SoftmaxCrossEntropy.h"

#include "core/Error.h"
#include "nn/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lengua {

float SoftmaxCrossEntropy::forward(const arma::fmat& logits,
                                   std::span<const std::int32_t> targets)
{
    if (targets.size() != logits.n_cols)
        throw Error("SoftmaxCrossEntropy::forward(): " + std::to_string(targets.size())
                    + " targets for " + std::to_string(logits.n_cols) + " columns of logits");
    const std::size_t v = logits.n_rows;
    m_counted = 0;
    for (const std::int32_t target : targets) {
        if (m_ignoreIndex && target == *m_ignoreIndex)
            continue;
        if (target < 0 || static_cast<std::size_t>(target) >= v)
            throw Error("SoftmaxCrossEntropy::forward(): target " + std::to_string(target)
                        + " is outside the vocabulary of " + std::to_string(v));
        ++m_counted;
    }
    m_targets.assign(targets.begin(), targets.end());
    m_probabilities.set_size(v, logits.n_cols);
    double total = 0.0; // summed in double: N can be large
    for (std::size_t j = 0; j < logits.n_cols; ++j) {
        const float* zj = logits.colptr(j);
        float* pj = m_probabilities.colptr(j);
        // Vectorised (VectorMath): V exponentials per column are most of this layer's time.
        const float maximum = VectorMath::maximum(zj, v);
        const float sum = VectorMath::expSum(zj, pj, v, 1.0f, maximum);
        VectorMath::scale(pj, v, 1.0f / sum);
        const std::int32_t target = targets[j];
        if (m_ignoreIndex && target == *m_ignoreIndex)
            continue;
        // -log p_t = log sum exp(z - max) - (z_t - max): exact even when p_t underflows
        total += std::log(double(sum)) - double(zj[target] - maximum);
    }
    return m_counted == 0 ? 0.0f : float(total / double(m_counted));
}

const arma::fmat& SoftmaxCrossEntropy::backward(float scale)
{
    m_dLogits.set_size(m_probabilities.n_rows, m_probabilities.n_cols);
    if (m_counted == 0) {
        m_dLogits.zeros();
        return m_dLogits;
    }
    const float factor = scale / float(m_counted);
    for (std::size_t j = 0; j < m_probabilities.n_cols; ++j) {
        float* dj = m_dLogits.colptr(j);
        const std::int32_t target = m_targets[j];
        if (m_ignoreIndex && target == *m_ignoreIndex) {
            std::fill(dj, dj + m_dLogits.n_rows, 0.0f);
            continue;
        }
        const float* pj = m_probabilities.colptr(j);
        for (std::size_t i = 0; i < m_dLogits.n_rows; ++i)
            dj[i] = factor * pj[i];
        dj[target] -= factor;
    }
    return m_dLogits;
}

} // namespace lengua
