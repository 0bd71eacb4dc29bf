// The negative-sampling objective of one training pair (Mikolov et al. 2013, eq. 4):
// an input vector v (a context word's, or the mean of the context for CBOW), the output
// vector u_0 of the word to predict and the output vectors u_1..u_k of k negative samples:
//     L = −log σ(u_0·v) − Σ_k log σ(−u_k·v)
//     ∂L/∂u_0 = (σ(u_0·v) − 1) v,  ∂L/∂u_k = σ(u_k·v) v,
//     ∂L/∂v = (σ(u_0·v) − 1) u_0 + Σ_k σ(u_k·v) u_k.
// step() is the trainer's hot loop itself (word2vec.c's update order: each output vector
// moves at once, the change of v is gathered and applied by the caller), so the test that
// checks its gradient by finite differences checks what training runs. σ and log σ are
// exact (no 1000-entry table, no clipping at ±6), so the loss it reports is the true one.
#pragma once

#include "Word2VecKernels.h"

#include <cmath>
#include <cstdint>

namespace lengua {

class Word2VecLoss {
public:
    // outputs: the output matrix, one column of `dimension` floats per word; targets[0]
    // is the word to predict, targets[1..count−1] the negatives. Subtracts
    // learningRate · ∂L/∂u from each target's output vector, adds −learningRate · ∂L/∂v
    // to inputUpdate (the caller adds it to v afterwards) and returns L before the update.
    static LENGUA_W2V_INLINE double step(const float* input, float* outputs,
                                         const std::int32_t* targets, int count,
                                         int dimension, float learningRate,
                                         float* inputUpdate)
    {
        // −log σ(f) = max(−f, 0) + log(1 + e^{−|f|}), −log σ(−f) = max(f, 0) + log(1 + e^{−|f|}):
        // the logarithms of a pair are taken once, of the product of the (1 + e^{−|f|}),
        // each in (1, 2], so at most 2^101 for 100 negatives (no overflow in float).
        float linear = 0.0f;
        float product = 1.0f;
        for (int k = 0; k < count; ++k) {
            float* output = outputs + std::int64_t(targets[k]) * dimension;
            const float score = word2vec::dot(input, output, dimension);
            // One exp for both σ and the loss: a = e^{−|f|} never overflows.
            const float a = std::exp(-std::fabs(score));
            const float sigmoid = score >= 0.0f ? 1.0f / (1.0f + a) : a / (1.0f + a);
            product *= 1.0f + a;
            float gradient; // ∂L/∂f
            if (k == 0) {
                gradient = sigmoid - 1.0f;
                linear += score >= 0.0f ? 0.0f : -score;
            } else {
                gradient = sigmoid;
                linear += score >= 0.0f ? score : 0.0f;
            }
            const float g = -learningRate * gradient;
            word2vec::axpy(g, output, inputUpdate, dimension);
            word2vec::axpy(g, input, output, dimension);
        }
        return double(linear) + double(std::log(product));
    }

    // L alone, in double, for tests and checks.
    static double loss(const float* input, const float* outputs, const std::int32_t* targets,
                       int count, int dimension)
    {
        double loss = 0.0;
        for (int k = 0; k < count; ++k) {
            const float* output = outputs + std::int64_t(targets[k]) * dimension;
            double score = 0.0;
            for (int i = 0; i < dimension; ++i)
                score += double(input[i]) * double(output[i]);
            const double signedScore = k == 0 ? score : -score;
            // −log σ(s) = log(1 + e^{−s}), computed without overflow.
            loss += signedScore >= 0.0 ? std::log1p(std::exp(-signedScore))
                                       : -signedScore + std::log1p(std::exp(signedScore));
        }
        return loss;
    }
};

} // namespace lengua
