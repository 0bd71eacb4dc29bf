// Learned absolute positional encoding (GPT-2's wpe): one trained column per position,
// added to the token embeddings.
#pragma once

#include "nn/Layer.h"

namespace lengua {

// Batch layout (Conventions.h): x (C, N) with N = B*T, sequence b in columns
// [b*T, (b+1)*T), so column j is at position j % T.
class LearnedPositionalEncoding : public Layer {
public:
    // Parameter layout: the table (C, maxT), column t is the encoding of position t.
    LearnedPositionalEncoding(std::size_t maxSequenceLength, std::size_t channels);

    std::size_t parameterCount() const override { return m_channels * m_maxLength; }
    void bind(float* params, float* grads) override;

    std::size_t maxSequenceLength() const { return m_maxLength; }
    std::size_t channels() const { return m_channels; }

    // x (C, B*T) -> y (C, B*T) = x + table column j % T; throws if T > maxT or T does
    // not divide N.
    const arma::fmat& forward(const arma::fmat& x, std::size_t sequenceLength);
    // dy (C, B*T) -> dx = dy; adds to the gradient of column t the sum over the batch of
    // dy's columns at position t (columns >= T untouched).
    const arma::fmat& backward(const arma::fmat& dy);

    arma::fmat& table() { return m_table; }          // (C, maxT)
    arma::fmat& tableGradient() { return m_dTable; } // (C, maxT)

private:
    std::size_t m_maxLength;
    std::size_t m_channels;
    arma::fmat m_table;  // (C, maxT) view into the parameter buffer
    arma::fmat m_dTable; // (C, maxT) view into the gradient buffer
    // caches
    std::size_t m_sequenceLength = 0; // T of the last forward
    arma::fmat m_y;                   // (C, N)
    arma::fmat m_dx;                  // (C, N)
};

} // namespace lengua
