// Token embedding: a lookup of one column of the table per token id.
#include "nn/Embedding.h"

#include "core/Error.h"

#include <string>

namespace lengua {

Embedding::Embedding(std::size_t vocabularySize, std::size_t channels)
    : m_vocabulary(vocabularySize), m_channels(channels)
{
    if (vocabularySize == 0 || channels == 0)
        throw Error("Embedding: the vocabulary and embedding sizes must be positive");
}

void Embedding::bind(float* params, float* grads)
{
    bindView(m_table, params, m_channels, m_vocabulary);
    bindView(m_dTable, grads, m_channels, m_vocabulary);
}

const arma::fmat& Embedding::forward(std::span<const std::int32_t> ids)
{
    if (m_table.n_elem == 0)
        throw Error("Embedding::forward(): the layer is not bound to a parameter buffer");
    for (const std::int32_t id : ids) {
        if (id < 0 || static_cast<std::size_t>(id) >= m_vocabulary)
            throw Error("Embedding::forward(): token id " + std::to_string(id)
                        + " is outside the vocabulary of " + std::to_string(m_vocabulary));
    }
    m_ids.assign(ids.begin(), ids.end());
    m_y.set_size(m_channels, ids.size());
    for (std::size_t j = 0; j < ids.size(); ++j)
        m_y.col(j) = m_table.col(ids[j]);
    return m_y;
}

void Embedding::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_channels || dy.n_cols != m_ids.size())
        throw Error("Embedding::backward(): the gradient's shape does not match the last output");
    for (std::size_t j = 0; j < m_ids.size(); ++j)
        m_dTable.col(m_ids[j]) += dy.col(j);
}

} // namespace lengua
