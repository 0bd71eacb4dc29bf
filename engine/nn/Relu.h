// ReLU activation, element-wise: y = max(0, x).
#pragma once

#include "nn/Layer.h"

namespace lengua {

class Relu : public Layer {
public:
    const arma::fmat& forward(const arma::fmat& x);   // x (R, N) -> y (R, N), any R
    // dx = dy where x > 0, else 0 (the subgradient 0 is taken at x = 0).
    const arma::fmat& backward(const arma::fmat& dy); // dy (R, N) -> dx (R, N)

private:
    // caches
    arma::fmat m_y;  // (R, N) output; y > 0 exactly where x > 0, so x is not kept
    arma::fmat m_dx; // (R, N)
};

} // namespace lengua
