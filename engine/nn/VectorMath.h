// The element-wise loops of the neural core that libm would otherwise run one scalar call
// at a time (exp and tanh): written so the compiler vectorises them, and compiled for
// AVX-512, AVX2 and plain x86-64, the best chosen at load time by the CPU's instruction
// sets (GCC target_clones).
#pragma once

#include <cstddef>

namespace lengua {

class VectorMath {
public:
    // exp(x) in float without libm: Cody-Waite reduction and Cephes' degree-6 polynomial
    // (relative error below 3e-7, about 2 ulp), inputs clamped to [-87, 88] (so exp of
    // -inf gives 1.6e-38, not 0: callers that need an exact 0 write it).
    static float exp(float x);
    // The shared exponential of the softmaxes: out[i] = exp(scale x[i] - shift) for i < n,
    // returns their sum (16 partial sums, so the order differs from a plain loop).
    static float expSum(const float* x, float* out, std::size_t n, float scale, float shift);
    static float maximum(const float* x, std::size_t n); // -inf when n == 0
    static float dot(const float* a, const float* b, std::size_t n);
    static void scale(float* x, std::size_t n, float factor);
    // GPT-2's tanh GELU, 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), and its gradient
    // dx = dy * dGELU/dx; tanh(u) = 1 - 2 / (exp(2u) + 1).
    static void geluTanh(const float* x, float* y, std::size_t n);
    static void geluTanhBackward(const float* x, const float* dy, float* dx, std::size_t n);
};

} // namespace lengua
