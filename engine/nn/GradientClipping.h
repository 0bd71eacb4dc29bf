// GradientClipping: rescale the whole gradient when its global L2 norm exceeds a bound
// (Pascanu, Mikolov & Bengio 2013, Algorithm 1; torch.nn.utils.clip_grad_norm_).
#pragma once

#include <armadillo>

namespace lengua {

// The norm is taken over the one flat gradient buffer, i.e. over all layers at once,
// so the direction of the update is kept and only its length is bounded.
class GradientClipping {
public:
    explicit GradientClipping(float maxNorm = 1.0f);

    float maxNorm() const { return m_maxNorm; }

    // Scales grads by maxNorm / ||grads|| when ||grads|| > maxNorm, else leaves it alone.
    // Returns the norm before clipping (what training curves plot). A gradient with a
    // NaN or infinite entry is left unchanged and its non-finite norm returned, so the
    // caller can see it and skip the step instead of spreading NaNs through the model.
    float clip(arma::fvec& grads) const { return clip(grads, m_maxNorm); }
    static float clip(arma::fvec& grads, float maxNorm);

    // The global L2 norm, accumulated in double so large models do not lose precision.
    static float globalNorm(const arma::fvec& grads);

private:
    float m_maxNorm;
};

} // namespace lengua
