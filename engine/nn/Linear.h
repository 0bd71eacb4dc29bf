// Fully connected layer y = W x + b (a BLAS matrix product over all N columns at once).
#pragma once

#include "nn/Layer.h"

namespace lengua {

class Linear : public Layer {
public:
    // Parameter layout in the flat buffer: W (OUT, IN) column-major, then b (OUT).
    Linear(std::size_t inFeatures, std::size_t outFeatures, bool withBias = true);

    std::size_t parameterCount() const override;
    void bind(float* params, float* grads) override;

    const arma::fmat& forward(const arma::fmat& x);   // x (IN, N) -> y (OUT, N)
    const arma::fmat& backward(const arma::fmat& dy); // dy (OUT, N) -> dx (IN, N)

    std::size_t inFeatures() const { return m_in; }
    std::size_t outFeatures() const { return m_out; }
    arma::fmat& weight() { return m_weight; }       // (OUT, IN)
    arma::fvec& bias() { return m_bias; }           // (OUT), empty without bias
    arma::fmat& weightGradient() { return m_dWeight; }
    arma::fvec& biasGradient() { return m_dBias; }

private:
    std::size_t m_in;
    std::size_t m_out;
    bool m_withBias;
    arma::fmat m_weight;  // (OUT, IN) view into the parameter buffer
    arma::fvec m_bias;    // (OUT)     view
    arma::fmat m_dWeight; // (OUT, IN) view into the gradient buffer
    arma::fvec m_dBias;   // (OUT)     view
    // caches
    arma::fmat m_x;    // (IN, N)  input of the last forward
    arma::fmat m_y;    // (OUT, N) output
    arma::fmat m_dx;   // (IN, N)  input gradient
    arma::fvec m_ones; // (N)      ones, so db += dy * 1 is one gemv
};

} // namespace lengua
