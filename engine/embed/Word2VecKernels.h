// The two vector operations of word2vec's hot loop, on raw float pointers. Written
// with GCC/Clang vector extensions (8 floats a step, two accumulators for the dot
// product) because the project builds without -ffast-math, where a plain loop's float
// sum is never vectorised. Always inlined, so the trainer's per-CPU clones (AVX2,
// AVX-512) compile them with the wide registers.
#pragma once

#include <cstring>

#if defined(__GNUC__)
#define LENGUA_W2V_INLINE inline __attribute__((always_inline))
#else
#define LENGUA_W2V_INLINE inline
#endif

namespace lengua::word2vec {

#if defined(__GNUC__)
// The vectors never cross a call (everything is inlined), so the ABI note is moot.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
typedef float Float8 __attribute__((vector_size(32)));

LENGUA_W2V_INLINE Float8 load8(const float* p)
{
    Float8 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

LENGUA_W2V_INLINE void store8(float* p, Float8 v) { std::memcpy(p, &v, sizeof v); }

LENGUA_W2V_INLINE float sum8(Float8 v)
{
    return ((v[0] + v[4]) + (v[1] + v[5])) + ((v[2] + v[6]) + (v[3] + v[7]));
}

LENGUA_W2V_INLINE float dot(const float* a, const float* b, int n)
{
    Float8 first = {};
    Float8 second = {};
    int i = 0;
    for (; i + 16 <= n; i += 16) {
        first += load8(a + i) * load8(b + i);
        second += load8(a + i + 8) * load8(b + i + 8);
    }
    if (i + 8 <= n) {
        first += load8(a + i) * load8(b + i);
        i += 8;
    }
    float sum = sum8(first + second);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

// y += alpha * x
LENGUA_W2V_INLINE void axpy(float alpha, const float* x, float* y, int n)
{
    const Float8 scale = {alpha, alpha, alpha, alpha, alpha, alpha, alpha, alpha};
    int i = 0;
    for (; i + 8 <= n; i += 8)
        store8(y + i, load8(y + i) + scale * load8(x + i));
    for (; i < n; ++i)
        y[i] += alpha * x[i];
}
#pragma GCC diagnostic pop
#else
inline float dot(const float* a, const float* b, int n)
{
    float sum = 0.0f;
    for (int i = 0; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

inline void axpy(float alpha, const float* x, float* y, int n)
{
    for (int i = 0; i < n; ++i)
        y[i] += alpha * x[i];
}
#endif

} // namespace lengua::word2vec
