// AdamW: Adam with decoupled weight decay, Loshchilov & Hutter 2019 ("Decoupled Weight
// Decay Regularization"), Algorithm 2, with the schedule multiplier folded into lr. The
// update is Adam's (Adam.h) with Decay::Decoupled; this is what torch.optim.AdamW does.
#pragma once

#include "nn/Adam.h"

namespace lengua {

class AdamW : public Adam {
public:
    explicit AdamW(float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f,
                   float weightDecay = 0.01f)
        : Adam(beta1, beta2, epsilon, weightDecay, Decay::Decoupled)
    {
    }
};

} // namespace lengua
