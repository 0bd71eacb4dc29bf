// SgdMomentum: stochastic gradient descent with (optionally Nesterov) momentum and L2
// weight decay, in the form PyTorch's torch.optim.SGD uses (dampening 0).
#pragma once

#include "nn/Optimizer.h"

namespace lengua {

// Per step, with g the gradient, mu the momentum and lambda the weight decay:
//   g <- g + lambda * theta                  (L2: the decay goes through the momentum)
//   v <- mu * v + g                          (v starts at 0, so the first v is g)
//   theta <- theta - lr * v                  (classical, Polyak 1964)
//   theta <- theta - lr * (g + mu * v)       (Nesterov, as rewritten by Sutskever et al. 2013)
// momentum 0 gives plain SGD.
class SgdMomentum : public Optimizer {
public:
    explicit SgdMomentum(float momentum = 0.9f, bool nesterov = false, float weightDecay = 0.0f);

    void step(arma::fvec& params, const arma::fvec& grads, float learningRate) override;
    void reset() override;
    std::string name() const override { return "SGD"; }

    float momentum() const { return m_momentum; }
    bool nesterov() const { return m_nesterov; }
    float weightDecay() const { return m_weightDecay; }

private:
    float m_momentum;
    bool m_nesterov;
    float m_weightDecay;
    arma::fvec m_velocity; // (P) v, empty until the first step
    arma::fvec m_gradient; // (P) g + lambda theta, a reused scratch buffer
};

} // namespace lengua
