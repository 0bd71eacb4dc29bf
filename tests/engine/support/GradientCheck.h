// One central-difference gradient checker for every layer and model of engine/nn (after
// dlib's test_layer and mlpack's CheckGradient), used by the tests only.
//
// Precision, the choice made: the layers compute in float, as they ship (templating them
// on the scalar type would double the code under test). The checker does everything
// around them in double: the loss is summed in double, each variable is perturbed by a
// step h and the difference is divided by the step actually taken after rounding to
// float, double(float(x + h)) - double(float(x - h)), not by 2h. What remains is float
// rounding inside the forward pass, of order 1e-7 |loss| / h, which the per-op
// tolerances allow for. Non-smooth ops (ReLU at 0) need inputs kept farther than h from
// their kinks: that is the caller's escape hatch.
#pragma once

#include "nn/ParameterBuffer.h"

#include <armadillo>

#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <sstream>
#include <string>

namespace lengua::test {

struct GradientTolerance {
    double step = 1e-2;     // h, in units of the variable
    double absolute = 1e-3; // passes when |analytic - numeric| <= absolute + relative *
    double relative = 1e-2; //   max(|analytic|, |numeric|)
};

struct GradientCheckResult {
    bool passed = true;
    std::size_t checked = 0;
    std::string message; // the first failure, for QVERIFY2

    void merge(const GradientCheckResult& other)
    {
        checked += other.checked;
        if (passed && !other.passed)
            message = other.message;
        passed = passed && other.passed;
    }
};

// The core routine: for each of the `count` floats at `variables`, compares analytic[i]
// with the central difference of loss(). loss() must recompute everything from the
// variables (run the forward pass again). Each variable is restored afterwards.
inline GradientCheckResult checkGradient(const std::function<double()>& loss, float* variables,
                                         const float* analytic, std::size_t count,
                                         const GradientTolerance& tolerance,
                                         const std::string& what)
{
    GradientCheckResult result;
    for (std::size_t i = 0; i < count; ++i) {
        const float original = variables[i];
        const float plus = float(double(original) + tolerance.step);
        const float minus = float(double(original) - tolerance.step);
        variables[i] = plus;
        const double lossPlus = loss();
        variables[i] = minus;
        const double lossMinus = loss();
        variables[i] = original;
        const double numeric = (lossPlus - lossMinus) / (double(plus) - double(minus));
        const double exact = double(analytic[i]);
        const double allowed = tolerance.absolute
            + tolerance.relative * std::max(std::abs(exact), std::abs(numeric));
        ++result.checked;
        if (!(std::abs(exact - numeric) <= allowed) && result.passed) {
            std::ostringstream text;
            text << what << "[" << i << "]: analytic " << exact << ", numeric " << numeric;
            result.passed = false;
            result.message = text.str();
        }
    }
    loss(); // leave the layer's caches as they were for the unperturbed variables
    return result;
}

// A fixed pseudo-random matrix with entries in [-1, 1), the same on every platform.
inline arma::fmat randomMatrix(arma::uword rows, arma::uword cols, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    arma::fmat m(rows, cols);
    for (float& value : m)
        value = float(engine() >> 8) * (2.0f / 16777216.0f) - 1.0f;
    return m;
}

// loss = sum(projection % output) in double, so d loss / d output = projection.
inline double projectedLoss(const arma::fmat& output, const arma::fmat& projection)
{
    double sum = 0.0;
    for (arma::uword i = 0; i < output.n_elem; ++i)
        sum += double(projection[i]) * double(output[i]);
    return sum;
}

// For any layer with `const fmat& forward(const fmat&)` and `const fmat& backward(const
// fmat&)`: checks the gradient w.r.t. the input and, when `buffer` is given, w.r.t.
// every parameter in it. beforeForward runs before every forward (Dropout reseeds there
// so that every evaluation sees the same mask).
template <class LayerType>
GradientCheckResult checkLayer(LayerType& layer, arma::fmat input, ParameterBuffer* buffer,
                               const GradientTolerance& tolerance,
                               const std::function<void()>& beforeForward = {})
{
    auto forward = [&]() -> const arma::fmat& {
        if (beforeForward)
            beforeForward();
        return layer.forward(input);
    };
    const arma::fmat& output = forward();
    const arma::fmat projection = randomMatrix(output.n_rows, output.n_cols, 1234u);
    if (buffer)
        buffer->zeroGradients();
    const arma::fmat inputGradient = layer.backward(projection); // copies: the checker
    arma::fvec parameterGradient;                                // reruns forward
    if (buffer)
        parameterGradient = buffer->gradients();
    auto loss = [&]() { return projectedLoss(forward(), projection); };
    GradientCheckResult result = checkGradient(loss, input.memptr(), inputGradient.memptr(),
                                               input.n_elem, tolerance, "input");
    if (buffer)
        result.merge(checkGradient(loss, buffer->parameters().memptr(),
                                   parameterGradient.memptr(), buffer->count(), tolerance,
                                   "parameter"));
    return result;
}

} // namespace lengua::test
