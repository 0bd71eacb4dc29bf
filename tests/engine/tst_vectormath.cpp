// The vectorised element-wise loops of the neural core (nn/VectorMath.h) against double
// precision references and hand values, and BlasRuntime's report of the BLAS in use.
#include "nn/BlasRuntime.h"
#include "nn/VectorMath.h"

#include <QtTest/QtTest>

#include <armadillo>

#include <cmath>
#include <numbers>
#include <vector>

using namespace lengua;

namespace {

double relativeError(double actual, double expected)
{
    return std::abs(actual - expected) / std::max(std::abs(expected), 1e-30);
}

// GPT-2's tanh GELU in double (Hendrycks & Gimpel 2016, eq. for the tanh approximation).
double geluTanhReference(double x)
{
    const double u = std::sqrt(2.0 / std::numbers::pi) * (x + 0.044715 * x * x * x);
    return 0.5 * x * (1.0 + std::tanh(u));
}

} // namespace

class TestVectorMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expMatchesDoublePrecision()
    {
        // Hand values: e^0 = 1, e^1 = 2.718281828..., e^-1 = 0.367879441...
        QCOMPARE(VectorMath::exp(0.0f), 1.0f);
        QVERIFY(relativeError(VectorMath::exp(1.0f), std::numbers::e) < 3e-7);
        QVERIFY(relativeError(VectorMath::exp(-1.0f), 1.0 / std::numbers::e) < 3e-7);
        // A dense sweep of the softmax's range (arguments <= 0) and beyond.
        double worst = 0.0;
        for (float x = -80.0f; x <= 80.0f; x += 0.01f)
            worst = std::max(worst, relativeError(VectorMath::exp(x), std::exp(double(x))));
        QVERIFY2(worst < 3e-7, qPrintable(QString::number(worst)));
        // Clamped: -inf and huge negatives give a tiny positive number, never NaN.
        const float tiny = VectorMath::exp(-INFINITY);
        QVERIFY(tiny >= 0.0f && tiny < 1e-37f);
        QVERIFY(std::isfinite(VectorMath::exp(1000.0f)));
    }

    void expSumIsASoftmaxDenominator()
    {
        // 37 values: two full 16-lane blocks and a tail of 5.
        std::vector<float> x(37);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = float(i) * 0.25f - 4.0f;
        std::vector<float> out(x.size());
        const float scale = 0.5f;
        const float shift = 1.5f;
        const float sum = VectorMath::expSum(x.data(), out.data(), x.size(), scale, shift);
        double expected = 0.0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double e = std::exp(double(scale) * x[i] - shift);
            expected += e;
            QVERIFY(relativeError(out[i], e) < 1e-6);
        }
        QVERIFY(relativeError(sum, expected) < 1e-6);
        // In place, as the attention uses it.
        std::vector<float> inPlace = x;
        VectorMath::expSum(inPlace.data(), inPlace.data(), inPlace.size(), scale, shift);
        QCOMPARE(inPlace, out);
    }

    void maximumDotAndScale()
    {
        std::vector<float> x(35);
        std::vector<float> y(35);
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = float((i * 7) % 11) - 5.0f; // largest value 5 at i = 3, 14, 25
            y[i] = 2.0f;
        }
        QCOMPARE(VectorMath::maximum(x.data(), x.size()), 5.0f);
        QCOMPARE(VectorMath::maximum(x.data(), 3), 2.0f); // 0 -> -5, 1 -> 2, 2 -> -2
        QCOMPARE(VectorMath::maximum(x.data(), 0), -INFINITY);
        double dot = 0.0;
        for (float value : x)
            dot += 2.0 * value;
        QCOMPARE(double(VectorMath::dot(x.data(), y.data(), x.size())), dot);
        VectorMath::scale(y.data(), y.size(), 0.25f);
        for (float value : y)
            QCOMPARE(value, 0.5f);
    }

    void geluTanhMatchesTheFormula()
    {
        std::vector<float> x;
        for (float v = -10.0f; v <= 10.0f; v += 0.05f)
            x.push_back(v);
        std::vector<float> y(x.size());
        std::vector<float> ones(x.size(), 1.0f);
        std::vector<float> dx(x.size());
        VectorMath::geluTanh(x.data(), y.data(), x.size());
        VectorMath::geluTanhBackward(x.data(), ones.data(), dx.data(), x.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            QVERIFY2(std::abs(y[i] - geluTanhReference(x[i])) < 4e-6,
                     qPrintable(QString::number(x[i])));
            // The derivative against a central difference in double.
            const double h = 1e-4;
            const double slope = (geluTanhReference(x[i] + h) - geluTanhReference(x[i] - h)) / (2 * h);
            QVERIFY2(std::abs(dx[i] - slope) < 1e-5, qPrintable(QString::number(x[i])));
        }
        // Hand value: GELU(0) = 0; far out GELU(x) = x and GELU(-x) = 0.
        const float edges[3] = {0.0f, 20.0f, -20.0f};
        float out[3];
        VectorMath::geluTanh(edges, out, 3);
        QCOMPARE(out[0], 0.0f);
        QCOMPARE(out[1], 20.0f);
        QCOMPARE(out[2], 0.0f);
    }

    void blasThreadsCanBeSet()
    {
        // A product big enough for Armadillo to call sgemm, so the BLAS library is linked
        // and loaded (8 x 8 ones times ones: every entry is 8).
        const arma::fmat ones(8, 8, arma::fill::ones);
        const arma::fmat product = ones * ones;
        QCOMPARE(product(7, 7), 8.0f);
        if (BlasRuntime::kernelName().empty())
            QSKIP("the BLAS under Armadillo is not OpenBLAS");
        // Never left on Prescott (OpenBLAS's fallback) when the CPU runs AVX2 or AVX-512.
        if (__builtin_cpu_supports("avx2") && !qEnvironmentVariableIsSet("OPENBLAS_CORETYPE"))
            QVERIFY(BlasRuntime::selectKernels() != "Prescott");
        const int before = BlasRuntime::threads();
        BlasRuntime::setThreads(1);
        QCOMPARE(BlasRuntime::threads(), 1);
        BlasRuntime::setThreads(before);
    }
};

QTEST_GUILESS_MAIN(TestVectorMath)
#include "tst_vectormath.moc"
