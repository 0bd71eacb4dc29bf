// AdamW: Adam with decoupled weight decay, Loshchilov & Hutter 2019 ("Decoupled Weight
// Decay Regularization"), Algorithm 2, with the schedule multiplier folded into lr.
#pragma once

#include "nn/Optimizer.h"

namespace lengua {

// Per step t = 1, 2, ... with g the raw gradient (no decay term in it):
//   m <- beta1 m + (1 - beta1) g            v <- beta2 v + (1 - beta2) g^2
//   mHat = m / (1 - beta1^t)                vHat = v / (1 - beta2^t)
//   theta <- theta - lr * (mHat / (sqrt(vHat) + eps) + lambda * theta)
// The decay never enters m or v, so every weight shrinks by the same factor
// (1 - lr lambda) whatever its gradient history; this is also what torch.optim.AdamW does.
class AdamW : public Optimizer {
public:
    explicit AdamW(float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f,
                   float weightDecay = 0.01f);

    void step(arma::fvec& params, const arma::fvec& grads, float learningRate) override;
    void reset() override;
    std::string name() const override { return "AdamW"; }

    float beta1() const { return m_beta1; }
    float beta2() const { return m_beta2; }
    float epsilon() const { return m_epsilon; }
    float weightDecay() const { return m_weightDecay; }
    long long stepCount() const { return m_step; }

private:
    float m_beta1;
    float m_beta2;
    float m_epsilon;
    float m_weightDecay;
    long long m_step = 0;   // t of the last step taken
    arma::fvec m_mean;      // (P) m, first moment of the raw gradient
    arma::fvec m_variance;  // (P) v, second raw moment of the raw gradient
};

} // namespace lengua
