// Learned absolute positional encoding (GPT-2's wpe).
#include "nn/LearnedPositionalEncoding.h"

#include "core/Error.h"

#include <string>

namespace lengua {

LearnedPositionalEncoding::LearnedPositionalEncoding(std::size_t maxSequenceLength,
                                                     std::size_t channels)
    : m_maxLength(maxSequenceLength), m_channels(channels)
{
    if (maxSequenceLength == 0 || channels == 0)
        throw Error("LearnedPositionalEncoding: the context length and the embedding size "
                    "must be positive");
}

void LearnedPositionalEncoding::bind(float* params, float* grads)
{
    bindView(m_table, params, m_channels, m_maxLength);
    bindView(m_dTable, grads, m_channels, m_maxLength);
}

const arma::fmat& LearnedPositionalEncoding::forward(const arma::fmat& x,
                                                     std::size_t sequenceLength)
{
    if (m_table.n_elem == 0)
        throw Error("LearnedPositionalEncoding::forward(): the layer is not bound to a "
                    "parameter buffer");
    if (x.n_rows != m_channels)
        throw Error("LearnedPositionalEncoding::forward(): the input has "
                    + std::to_string(x.n_rows) + " rows, the layer expects "
                    + std::to_string(m_channels));
    if (sequenceLength > m_maxLength)
        throw Error("LearnedPositionalEncoding: a sequence of " + std::to_string(sequenceLength)
                    + " tokens is longer than the model's context length of "
                    + std::to_string(m_maxLength) + " positions");
    if (sequenceLength == 0 || x.n_cols % sequenceLength != 0)
        throw Error("LearnedPositionalEncoding::forward(): " + std::to_string(x.n_cols)
                    + " columns are not a whole number of sequences of length "
                    + std::to_string(sequenceLength));
    m_sequenceLength = sequenceLength;
    m_y = x;
    const auto positions = m_table.cols(0, sequenceLength - 1); // (C, T)
    for (arma::uword start = 0; start < m_y.n_cols; start += sequenceLength)
        m_y.cols(start, start + sequenceLength - 1) += positions;
    return m_y;
}

const arma::fmat& LearnedPositionalEncoding::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols || m_sequenceLength == 0)
        throw Error("LearnedPositionalEncoding::backward(): the gradient's shape does not "
                    "match the last output");
    const arma::uword t = m_sequenceLength;
    for (arma::uword start = 0; start < dy.n_cols; start += t)
        m_dTable.cols(0, t - 1) += dy.cols(start, start + t - 1);
    m_dx = dy;
    return m_dx;
}

} // namespace lengua
