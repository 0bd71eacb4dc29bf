// AdamW: Loshchilov & Hutter 2019, Algorithm 2, in vectorised Armadillo expressions.
#include "nn/AdamW.h"

#include "core/Error.h"

#include <cmath>

namespace lengua {

AdamW::AdamW(float beta1, float beta2, float epsilon, float weightDecay)
    : m_beta1(beta1), m_beta2(beta2), m_epsilon(epsilon), m_weightDecay(weightDecay)
{
    const std::string prefix = "AdamW: ";
    if (!(beta1 >= 0.0f && beta1 < 1.0f))
        throw Error(prefix + "beta1 must be in [0, 1), got " + std::to_string(beta1));
    if (!(beta2 >= 0.0f && beta2 < 1.0f))
        throw Error(prefix + "beta2 must be in [0, 1), got " + std::to_string(beta2));
    if (!(epsilon >= 0.0f) || !std::isfinite(epsilon))
        throw Error(prefix + "epsilon must be 0 or more, got " + std::to_string(epsilon));
    if (!(weightDecay >= 0.0f) || !std::isfinite(weightDecay))
        throw Error(prefix + "the weight decay must be 0 or more, got "
                    + std::to_string(weightDecay));
}

void AdamW::step(arma::fvec& params, const arma::fvec& grads, float learningRate)
{
    checkSizes("AdamW::step()", params, grads, m_mean.n_elem);
    if (m_mean.n_elem == 0) {
        m_mean.zeros(params.n_elem);
        m_variance.zeros(params.n_elem);
    }
    ++m_step;

    const float correction1 = float(1.0 - std::pow(double(m_beta1), double(m_step)));
    const float correction2 = float(1.0 - std::pow(double(m_beta2), double(m_step)));

    m_mean = m_beta1 * m_mean + (1.0f - m_beta1) * grads;                       // (P)
    m_variance = m_beta2 * m_variance + (1.0f - m_beta2) * arma::square(grads); // (P)
    // The decay uses theta before this step's update, as in Algorithm 2 line 12.
    params -= learningRate
              * ((m_mean / correction1) / (arma::sqrt(m_variance / correction2) + m_epsilon)
                 + m_weightDecay * params);
}

void AdamW::reset()
{
    m_step = 0;
    m_mean.reset();
    m_variance.reset();
}

} // namespace lengua
