// GradientClipping: clip by global L2 norm.
#include "nn/GradientClipping.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace lengua {

GradientClipping::GradientClipping(float maxNorm) : m_maxNorm(maxNorm)
{
    if (!(maxNorm > 0.0f) || !std::isfinite(maxNorm))
        throw Error("GradientClipping: the maximum norm must be above 0, got "
                    + std::to_string(maxNorm));
}

float GradientClipping::globalNorm(const arma::fvec& grads)
{
    double sum = 0.0;
    const float* data = grads.memptr();
    for (arma::uword i = 0; i < grads.n_elem; ++i)
        sum += double(data[i]) * double(data[i]);
    return float(std::sqrt(sum));
}

float GradientClipping::clip(arma::fvec& grads, float maxNorm)
{
    if (!(maxNorm > 0.0f))
        throw Error("GradientClipping::clip(): the maximum norm must be above 0, got "
                    + std::to_string(maxNorm));
    const float norm = globalNorm(grads);
    if (std::isfinite(norm) && norm > maxNorm)
        grads *= maxNorm / norm;
    return norm;
}

} // namespace lengua
