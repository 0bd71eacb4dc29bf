// SgdMomentum: classical and Nesterov momentum with L2 weight decay.
#include "nn/SgdMomentum.h"

#include "core/Error.h"

#include <cmath>

namespace lengua {

SgdMomentum::SgdMomentum(float momentum, bool nesterov, float weightDecay)
    : m_momentum(momentum), m_nesterov(nesterov), m_weightDecay(weightDecay)
{
    if (!(momentum >= 0.0f && momentum < 1.0f))
        throw Error("SgdMomentum: the momentum must be in [0, 1), got " + std::to_string(momentum));
    if (nesterov && momentum == 0.0f)
        throw Error("SgdMomentum: Nesterov momentum needs a momentum above 0");
    if (!(weightDecay >= 0.0f) || !std::isfinite(weightDecay))
        throw Error("SgdMomentum: the weight decay must be 0 or more, got "
                    + std::to_string(weightDecay));
}

void SgdMomentum::step(arma::fvec& params, const arma::fvec& grads, float learningRate)
{
    checkSizes("SgdMomentum::step()", params, grads, m_velocity.n_elem);
    if (m_velocity.n_elem == 0) {
        m_velocity.zeros(params.n_elem);
        m_gradient.set_size(params.n_elem);
    }

    // Each line is one element-wise Armadillo expression evaluated into an existing
    // buffer: no temporaries, no allocation.
    m_gradient = grads + m_weightDecay * params;          // (P)
    m_velocity = m_momentum * m_velocity + m_gradient;    // (P)
    if (m_nesterov)
        params -= learningRate * (m_gradient + m_momentum * m_velocity);
    else
        params -= learningRate * m_velocity;
}

void SgdMomentum::reset()
{
    m_velocity.reset();
    m_gradient.reset();
}

} // namespace lengua
