// The fixed sinusoidal positional encoding of the lecture (Vaswani et al. 2017, §3.5),
// added to the token embeddings; no parameters.
#pragma once

#include "nn/Layer.h"

namespace lengua {

// PE(pos, 2i) = sin(pos / L^(2i/D)),  PE(pos, 2i+1) = cos(pos / L^(2i/D)),
// D the embedding size (rows), L the base (10000 in the paper). With an odd D the last
// row is a sine without its cosine partner.
//
// Batch layout (Conventions.h): x (D, N) with N = B*T, sequence b in columns
// [b*T, (b+1)*T), so column j is at position j % T.
class SinusoidalPositionalEncoding : public Layer {
public:
    explicit SinusoidalPositionalEncoding(std::size_t dimensions, double base = 10000.0);

    std::size_t dimensions() const { return m_dimensions; }
    double base() const { return m_base; }

    // The encoding of positions 0 .. T-1: (D, T), column t is PE(t, .). For the heatmap
    // view (positions x dimensions) and for forward().
    arma::fmat table(std::size_t sequenceLength) const;

    // x (D, B*T) -> y (D, B*T) = x + PE(j % T) column by column; throws unless T divides N.
    const arma::fmat& forward(const arma::fmat& x, std::size_t sequenceLength);
    // dy (D, B*T) -> dx = dy (the encoding does not depend on x).
    const arma::fmat& backward(const arma::fmat& dy);

private:
    std::size_t m_dimensions;
    double m_base;
    // caches
    arma::fmat m_table; // (D, T) table(T) of the last forward, recomputed only when T changes
    arma::fmat m_y;     // (D, N)
    arma::fmat m_dx;    // (D, N)
};

} // namespace lengua
