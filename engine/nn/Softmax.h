// Softmax over the rows of each column, stabilised by subtracting the column maximum.
#pragma once

#include "nn/Layer.h"

namespace lengua {

class Softmax : public Layer {
public:
    const arma::fmat& forward(const arma::fmat& x);   // x (R, N) -> y (R, N), columns sum to 1
    // dx = y * (dy - sum_i(y_i dy_i)), column by column
    const arma::fmat& backward(const arma::fmat& dy); // dy (R, N) -> dx (R, N)

private:
    // caches
    arma::fmat m_y;  // (R, N) the probabilities
    arma::fmat m_dx; // (R, N)
};

} // namespace lengua
