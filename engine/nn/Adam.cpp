// Adam and AdamW: Kingma & Ba 2015, Algorithm 1, and Loshchilov & Hutter 2019,
// Algorithm 2, in vectorised Armadillo expressions.
#include "nn/Adam.h"

#include "core/Error.h"

#include <cmath>

namespace lengua {

namespace {

void checkAdamHyperparameters(const char* who, float beta1, float beta2, float epsilon,
                              float weightDecay)
{
    const std::string prefix = std::string(who) + ": ";
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

} // namespace

Adam::Adam(float beta1, float beta2, float epsilon, float weightDecay, Decay decay)
    : m_beta1(beta1), m_beta2(beta2), m_epsilon(epsilon), m_weightDecay(weightDecay),
      m_decay(decay)
{
    checkAdamHyperparameters(decay == Decay::L2 ? "Adam" : "AdamW", beta1, beta2, epsilon,
                             weightDecay);
}

void Adam::step(arma::fvec& params, const arma::fvec& grads, float learningRate)
{
    checkSizes(m_decay == Decay::L2 ? "Adam::step()" : "AdamW::step()", params, grads,
               m_mean.n_elem);
    if (m_mean.n_elem == 0) {
        m_mean.zeros(params.n_elem);
        m_variance.zeros(params.n_elem);
        if (m_decay == Decay::L2)
            m_gradient.set_size(params.n_elem);
    }
    ++m_step;

    // Bias corrections in double: beta2^t stays accurate for long runs.
    const float correction1 = float(1.0 - std::pow(double(m_beta1), double(m_step)));
    const float correction2 = float(1.0 - std::pow(double(m_beta2), double(m_step)));

    if (m_decay == Decay::Decoupled) {
        m_mean = m_beta1 * m_mean + (1.0f - m_beta1) * grads;                       // (P)
        m_variance = m_beta2 * m_variance + (1.0f - m_beta2) * arma::square(grads); // (P)
        // The decay uses theta before this step's update, as in Algorithm 2 line 12.
        params -= learningRate
                  * ((m_mean / correction1) / (arma::sqrt(m_variance / correction2) + m_epsilon)
                     + m_weightDecay * params);
        return;
    }
    m_gradient = grads + m_weightDecay * params;                                     // (P)
    m_mean = m_beta1 * m_mean + (1.0f - m_beta1) * m_gradient;                       // (P)
    m_variance = m_beta2 * m_variance + (1.0f - m_beta2) * arma::square(m_gradient); // (P)
    params -= learningRate
              * ((m_mean / correction1) / (arma::sqrt(m_variance / correction2) + m_epsilon));
}

void Adam::reset()
{
    m_step = 0;
    m_mean.reset();
    m_variance.reset();
    m_gradient.reset();
}

} // namespace lengua
