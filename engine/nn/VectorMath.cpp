// Vectorisable exp, softmax pieces and GELU (see VectorMath.h).
#include "nn/VectorMath.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

// Each loop is compiled three times; the loader picks the clone the CPU supports. By
// instruction set, not "arch=...": that one tests the CPU model, and a model newer than
// the compiler (Emerald Rapids for GCC 12) would get the plain x86-64 clone.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define LENGUA_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define LENGUA_CLONES
#endif

namespace lengua {

namespace {

constexpr std::size_t kLanes = 16; // partial sums: one AVX-512 register of floats

[[gnu::always_inline]] inline float expInline(float x)
{
    // Ternaries, not std::min/max: those are functions of the default target, which GCC
    // does not inline into the AVX clones.
    x = x < -87.0f ? -87.0f : x;
    x = x > 88.0f ? 88.0f : x; // n <= 127: the exponent stays finite
    // n = round(x / ln 2) by the 1.5 * 2^23 trick (exact for |x / ln 2| < 2^22; no libm)
    const float shifter = 12582912.0f;
    const float n = (x * 1.44269504088896341f + shifter) - shifter;
    // r = x - n ln 2 in two parts (Cody-Waite), |r| <= ln 2 / 2
    const float r = (x - n * 0.693359375f) + n * 2.12194440e-4f;
    // Cephes expf: exp(r) = 1 + r + r^2 P(r)
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    const float er = p * r * r + r + 1.0f;
    // times 2^n, built in the exponent bits (n + 127 in [1, 254] after the clamp)
    const auto bits = std::uint32_t(std::int32_t(n) + 127) << 23;
    return er * std::bit_cast<float>(bits);
}

const float kSqrt2OverPi = 0.797884560802865356f;
const float kGeluCubic = 0.044715f;

} // namespace

float VectorMath::exp(float x)
{
    return expInline(x);
}

LENGUA_CLONES
float VectorMath::expSum(const float* x, float* out, std::size_t n, float scale, float shift)
{
    float partial[kLanes] = {};
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (std::size_t k = 0; k < kLanes; ++k) {
            out[i + k] = expInline(x[i + k] * scale - shift);
            partial[k] += out[i + k];
        }
    float sum = 0.0f;
    for (; i < n; ++i) {
        out[i] = expInline(x[i] * scale - shift);
        sum += out[i];
    }
    for (const float value : partial)
        sum += value;
    return sum;
}

LENGUA_CLONES
float VectorMath::maximum(const float* x, std::size_t n)
{
    float partial[kLanes];
    for (std::size_t k = 0; k < kLanes; ++k)
        partial[k] = -INFINITY;
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (std::size_t k = 0; k < kLanes; ++k)
            partial[k] = x[i + k] > partial[k] ? x[i + k] : partial[k];
    float best = -INFINITY;
    for (; i < n; ++i)
        best = x[i] > best ? x[i] : best;
    for (const float value : partial)
        best = value > best ? value : best;
    return best;
}

LENGUA_CLONES
float VectorMath::dot(const float* a, const float* b, std::size_t n)
{
    float partial[kLanes] = {};
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (std::size_t k = 0; k < kLanes; ++k)
            partial[k] += a[i + k] * b[i + k];
    float sum = 0.0f;
    for (; i < n; ++i)
        sum += a[i] * b[i];
    for (const float value : partial)
        sum += value;
    return sum;
}

LENGUA_CLONES
void VectorMath::scale(float* x, std::size_t n, float factor)
{
    for (std::size_t i = 0; i < n; ++i)
        x[i] *= factor;
}

LENGUA_CLONES
void VectorMath::geluTanh(const float* x, float* y, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const float v = x[i];
        const float u = kSqrt2OverPi * (v + kGeluCubic * v * v * v);
        const float t = 1.0f - 2.0f / (expInline(2.0f * u) + 1.0f); // tanh u
        y[i] = 0.5f * v * (1.0f + t);
    }
}

LENGUA_CLONES
void VectorMath::geluTanhBackward(const float* x, const float* dy, float* dx, std::size_t n)
{
    // d/dx [0.5 x (1 + tanh u)] = 0.5 (1 + tanh u) + 0.5 x sech^2(u) u',
    // u' = sqrt(2/pi) (1 + 3 * 0.044715 x^2)
    for (std::size_t i = 0; i < n; ++i) {
        const float v = x[i];
        const float u = kSqrt2OverPi * (v + kGeluCubic * v * v * v);
        const float t = 1.0f - 2.0f / (expInline(2.0f * u) + 1.0f);
        const float du = kSqrt2OverPi * (1.0f + 3.0f * kGeluCubic * v * v);
        dx[i] = dy[i] * (0.5f * (1.0f + t) + 0.5f * v * (1.0f - t * t) * du);
    }
}

} // namespace lengua
