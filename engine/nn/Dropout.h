// Inverted dropout (Srivastava et al. 2014): in training each element is kept with
// probability 1 - p and scaled by 1 / (1 - p); in evaluation it is the identity.
#pragma once

#include "nn/Layer.h"

#include <cstdint>
#include <random>

namespace lengua {

class Dropout : public Layer {
public:
    // p in [0, 1): the probability of dropping an element.
    explicit Dropout(float p, std::uint32_t seed = 0);

    float probability() const { return m_p; }
    // Restarts the random stream: the same seed and the same shapes give the same masks.
    void setSeed(std::uint32_t seed) { m_engine.seed(seed); }

    // x (R, N) -> y (R, N). Draws a new mask on every call in training mode.
    const arma::fmat& forward(const arma::fmat& x);
    // dy (R, N) -> dx (R, N) = dy * mask (the mask of the last forward).
    const arma::fmat& backward(const arma::fmat& dy);

    // (R, N) the last training mask: 0 or 1 / (1 - p). Empty after an evaluation forward.
    const arma::fmat& mask() const { return m_mask; }

private:
    float m_p;
    std::mt19937 m_engine;
    // caches
    arma::fmat m_mask; // (R, N) 0 or 1/(1-p); empty when the last forward was in eval mode
    arma::fmat m_y;    // (R, N)
    arma::fmat m_dx;   // (R, N)
};

} // namespace lengua
