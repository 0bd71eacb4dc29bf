// Adam: adaptive moment estimation, Kingma & Ba 2015, Algorithm 1, with weight decay
// either added to the gradient (L2, PyTorch's Adam weight_decay) or decoupled from it
// (Loshchilov & Hutter 2019, Algorithm 2: AdamW, see AdamW.h). One update rule, two
// places for the decay term.
#pragma once

#include "nn/Optimizer.h"

namespace lengua {

// Per step t = 1, 2, ... with g the gradient:
//   L2:        g <- g + lambda theta    (before the moments)
//   m <- beta1 m + (1 - beta1) g            v <- beta2 v + (1 - beta2) g^2
//   mHat = m / (1 - beta1^t)                vHat = v / (1 - beta2^t)   (bias correction)
//   theta <- theta - lr * mHat / (sqrt(vHat) + eps)
//   Decoupled: theta <- theta - lr * (mHat / (sqrt(vHat) + eps) + lambda theta), with theta
//              from before the step, so the decay never enters m or v.
// The L2 term passes through sqrt(vHat), so weights with large gradients are decayed
// less; that is the flaw Loshchilov & Hutter fix with the decoupled form.
class Adam : public Optimizer {
public:
    enum class Decay { L2, Decoupled };

    explicit Adam(float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f,
                  float weightDecay = 0.0f, Decay decay = Decay::L2);

    void step(arma::fvec& params, const arma::fvec& grads, float learningRate) override;
    void reset() override;
    std::string name() const override { return m_decay == Decay::L2 ? "Adam" : "AdamW"; }

    float beta1() const { return m_beta1; }
    float beta2() const { return m_beta2; }
    float epsilon() const { return m_epsilon; }
    float weightDecay() const { return m_weightDecay; }
    Decay decay() const { return m_decay; }
    long long stepCount() const { return m_step; }

private:
    float m_beta1;
    float m_beta2;
    float m_epsilon;
    float m_weightDecay;
    Decay m_decay;
    long long m_step = 0;   // t of the last step taken
    arma::fvec m_mean;      // (P) m, first moment
    arma::fvec m_variance;  // (P) v, second raw moment
    arma::fvec m_gradient;  // (P) g + lambda theta (L2 only), a reused scratch buffer
};

} // namespace lengua
