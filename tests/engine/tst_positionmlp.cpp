// Positional encodings and GPT-2's MLP: the sinusoidal formula's values worked out by
// hand, the learned encoding's lookup and accumulation, the MLP's layout and parameter
// count, and all three against the central-difference gradient checker.
#include "nn/LearnedPositionalEncoding.h"
#include "nn/Mlp.h"
#include "nn/ParameterBuffer.h"
#include "nn/SinusoidalPositionalEncoding.h"
#include "core/Error.h"

#include "support/GradientCheck.h"
#include "support/MatrixAssertions.h"

#include <QtTest/QtTest>

#include <cmath>
#include <numbers>
#include <string>

using namespace lengua;
using namespace lengua::test;

namespace {

void fillRandom(arma::fvec& values, std::uint32_t seed)
{
    values = arma::vectorise(randomMatrix(values.n_elem, 1, seed));
}

// Gives an encoding with a fixed sequence length the forward(x) / backward(dy) shape
// that checkLayer expects.
template <class Encoding>
struct FixedLength {
    Encoding& encoding;
    std::size_t sequenceLength;
    const arma::fmat& forward(const arma::fmat& x) { return encoding.forward(x, sequenceLength); }
    const arma::fmat& backward(const arma::fmat& dy) { return encoding.backward(dy); }
};

} // namespace

class TestPositionMlp : public QObject {
    Q_OBJECT

private slots:
    void sinusoidalHandWorked();
    void sinusoidalOddDimensions();
    void sinusoidalBaseChangesOnlyHigherRows();
    void sinusoidalForwardAddsPerPosition();
    void sinusoidalRejectsBadArguments();
    void learnedForwardAndAccumulation();
    void learnedRefusesLongSequences();
    void mlpParameterCountAndLayout();
    void mlpForwardHandComposed();
    void gradientSinusoidal();
    void gradientLearned();
    void gradientMlp();
};

void TestPositionMlp::sinusoidalHandWorked()
{
    // D = 4, L = 10000: rows 0, 1 have frequency 1 / L^0 = 1, rows 2, 3 have
    // 1 / 10000^(2/4) = 1 / 100.
    SinusoidalPositionalEncoding encoding(4);
    QCOMPARE(encoding.base(), 10000.0);
    const arma::fmat table = encoding.table(3);
    arma::fmat expected(4, 3);
    expected.col(0) = arma::fvec({0.0f, 1.0f, 0.0f, 1.0f}); // sin 0, cos 0 alternating
    expected.col(1) = arma::fvec({float(std::sin(1.0)), float(std::cos(1.0)),
                                  float(std::sin(0.01)), float(std::cos(0.01))});
    expected.col(2) = arma::fvec({float(std::sin(2.0)), float(std::cos(2.0)),
                                  float(std::sin(0.02)), float(std::cos(0.02))});
    COMPARE_MATRIX(table, expected, 1e-6f);
    // The same numbers typed out, in case the formula above and the code agree wrongly.
    QVERIFY(std::abs(table(0, 1) - 0.841470985f) < 1e-6f);
    QVERIFY(std::abs(table(1, 1) - 0.540302306f) < 1e-6f);
    QVERIFY(std::abs(table(2, 1) - 0.009999833f) < 1e-6f);
    QVERIFY(std::abs(table(3, 1) - 0.999950000f) < 1e-6f);
}

void TestPositionMlp::sinusoidalOddDimensions()
{
    // D = 3: row 2 is the sine of pos / L^(2/3) and has no cosine partner.
    SinusoidalPositionalEncoding encoding(3, 1000.0); // 1000^(2/3) = 100
    const arma::fmat table = encoding.table(2);
    QCOMPARE(table.n_rows, arma::uword(3));
    QCOMPARE(table.n_cols, arma::uword(2));
    arma::fmat expected(3, 2);
    expected.col(0) = arma::fvec({0.0f, 1.0f, 0.0f});
    expected.col(1) = arma::fvec({float(std::sin(1.0)), float(std::cos(1.0)),
                                  float(std::sin(0.01))});
    COMPARE_MATRIX(table, expected, 1e-6f);
}

void TestPositionMlp::sinusoidalBaseChangesOnlyHigherRows()
{
    // With L = 100 instead of 10000, rows 2 and 3 (exponent 2/4) get frequency
    // 1 / 100^(1/2) = 0.1 instead of 0.01; rows 0 and 1 (exponent 0) and position 0
    // (every angle 0) do not move.
    const arma::fmat standard = SinusoidalPositionalEncoding(4, 10000.0).table(3);
    const arma::fmat shorter = SinusoidalPositionalEncoding(4, 100.0).table(3);
    for (arma::uword t = 0; t < 3; ++t) {
        QCOMPARE(shorter(0, t), standard(0, t));
        QCOMPARE(shorter(1, t), standard(1, t));
    }
    QCOMPARE(shorter.col(0)(2), 0.0f);
    QCOMPARE(shorter.col(0)(3), 1.0f);
    for (arma::uword t = 1; t < 3; ++t) {
        QVERIFY(std::abs(shorter(2, t) - float(std::sin(0.1 * t))) < 1e-6f);
        QVERIFY(std::abs(shorter(3, t) - float(std::cos(0.1 * t))) < 1e-6f);
        QVERIFY(std::abs(shorter(2, t) - standard(2, t)) > 0.05f);
        QVERIFY(std::abs(shorter(3, t) - standard(3, t)) > 1e-3f);
    }
}

void TestPositionMlp::sinusoidalForwardAddsPerPosition()
{
    // B = 2 sequences of T = 3 tokens: column j is at position j % 3.
    SinusoidalPositionalEncoding encoding(4);
    const arma::fmat x = randomMatrix(4, 6, 5);
    const arma::fmat table = encoding.table(3);
    const arma::fmat& y = encoding.forward(x, 3);
    arma::fmat expected = x;
    expected.cols(0, 2) += table;
    expected.cols(3, 5) += table;
    COMPARE_MATRIX(y, expected, 0.0f);
    const arma::fmat dy = randomMatrix(4, 6, 6);
    COMPARE_MATRIX(encoding.backward(dy), dy, 0.0f);
    // A single sequence of all six tokens uses positions 0 .. 5 instead.
    COMPARE_MATRIX(encoding.forward(x, 6), x + encoding.table(6), 0.0f);
}

void TestPositionMlp::sinusoidalRejectsBadArguments()
{
    QVERIFY_THROWS_EXCEPTION(Error, SinusoidalPositionalEncoding(0));
    QVERIFY_THROWS_EXCEPTION(Error, SinusoidalPositionalEncoding(4, 0.0));
    SinusoidalPositionalEncoding encoding(4);
    QVERIFY_THROWS_EXCEPTION(Error, encoding.forward(arma::fmat(3, 6, arma::fill::zeros), 3));
    QVERIFY_THROWS_EXCEPTION(Error, encoding.forward(arma::fmat(4, 5, arma::fill::zeros), 3));
}

void TestPositionMlp::learnedForwardAndAccumulation()
{
    LearnedPositionalEncoding encoding(3, 2); // maxT = 3, C = 2: 6 parameters
    ParameterBuffer buffer;
    buffer.add(encoding);
    buffer.allocate();
    QCOMPARE(buffer.count(), std::size_t(6));
    QCOMPARE(encoding.table().memptr(), buffer.parameters().memptr());
    // table (2, 3): column t = (t + 1, 10 (t + 1))
    encoding.table() = arma::fmat({{1.0f, 2.0f, 3.0f}, {10.0f, 20.0f, 30.0f}});
    QCOMPARE(buffer.parameters()[2], 2.0f); // the assignment wrote into the buffer
    // B = 2 sequences of T = 2 tokens.
    const arma::fmat x({{0.5f, 0.5f, -1.0f, -1.0f}, {0.0f, 1.0f, 2.0f, 3.0f}});
    const arma::fmat expected({{1.5f, 2.5f, 0.0f, 1.0f}, {10.0f, 21.0f, 12.0f, 23.0f}});
    COMPARE_MATRIX(encoding.forward(x, 2), expected, 0.0f);

    const arma::fmat dy({{1.0f, 2.0f, 3.0f, 4.0f}, {-1.0f, 0.5f, 0.25f, 2.0f}});
    buffer.zeroGradients();
    COMPARE_MATRIX(encoding.backward(dy), dy, 0.0f);
    // Position 0 collects columns 0 and 2, position 1 columns 1 and 3, position 2 nothing.
    const arma::fmat once({{4.0f, 6.0f, 0.0f}, {-0.75f, 2.5f, 0.0f}});
    COMPARE_MATRIX(encoding.tableGradient(), once, 0.0f);
    encoding.backward(dy); // accumulates
    COMPARE_MATRIX(encoding.tableGradient(), 2.0f * once, 0.0f);
}

void TestPositionMlp::learnedRefusesLongSequences()
{
    LearnedPositionalEncoding encoding(3, 2);
    QVERIFY_THROWS_EXCEPTION(Error, encoding.forward(arma::fmat(2, 3, arma::fill::zeros), 3));
    ParameterBuffer buffer;
    buffer.add(encoding);
    buffer.allocate();
    QString message;
    try {
        encoding.forward(arma::fmat(2, 8, arma::fill::zeros), 4);
    } catch (const Error& error) {
        message = QString::fromUtf8(error.what());
    }
    QCOMPARE(message, QStringLiteral("LearnedPositionalEncoding: a sequence of 4 tokens is "
                                     "longer than the model's context length of 3 positions"));
    // T = maxT is fine; T not dividing N and a wrong C are refused.
    QCOMPARE(encoding.forward(arma::fmat(2, 6, arma::fill::zeros), 3).n_cols, arma::uword(6));
    QVERIFY_THROWS_EXCEPTION(Error, encoding.forward(arma::fmat(2, 5, arma::fill::zeros), 3));
    QVERIFY_THROWS_EXCEPTION(Error, encoding.forward(arma::fmat(3, 6, arma::fill::zeros), 3));
    QVERIFY_THROWS_EXCEPTION(Error, LearnedPositionalEncoding(0, 2));
}

void TestPositionMlp::mlpParameterCountAndLayout()
{
    // c_fc: 4C * C + 4C, c_proj: C * 4C + C, so 8C^2 + 5C.
    QCOMPARE(Mlp(1).parameterCount(), std::size_t(13));
    QCOMPARE(Mlp(3).parameterCount(), std::size_t(8 * 9 + 15));
    QCOMPARE(Mlp(768).parameterCount(), std::size_t(4722432)); // one GPT-2 small block
    Mlp mlp(3);
    ParameterBuffer buffer;
    buffer.add(mlp);
    buffer.allocate();
    QCOMPARE(buffer.count(), std::size_t(87));
    const float* params = buffer.parameters().memptr();
    const float* grads = buffer.gradients().memptr();
    QCOMPARE(mlp.fc().weight().n_rows, arma::uword(12));
    QCOMPARE(mlp.fc().weight().n_cols, arma::uword(3));
    QCOMPARE(mlp.fc().weight().memptr(), params);
    QCOMPARE(mlp.fc().bias().memptr(), params + 36);
    QCOMPARE(mlp.proj().weight().n_rows, arma::uword(3));
    QCOMPARE(mlp.proj().weight().n_cols, arma::uword(12));
    QCOMPARE(mlp.proj().weight().memptr(), params + 48);
    QCOMPARE(mlp.proj().bias().memptr(), params + 84);
    QCOMPARE(mlp.proj().weightGradient().memptr(), grads + 48);
    QVERIFY_THROWS_EXCEPTION(Error, mlp.forward(arma::fmat(4, 2, arma::fill::zeros)));
    QVERIFY_THROWS_EXCEPTION(Error, Mlp(0));
}

void TestPositionMlp::mlpForwardHandComposed()
{
    // C = 1: h = W1 x + b1 (4 units), y = W2 gelu_tanh(h) + b2, worked in double.
    Mlp mlp(1);
    ParameterBuffer buffer;
    buffer.add(mlp);
    buffer.allocate();
    const float w1[4] = {1.0f, -2.0f, 0.5f, 0.0f};
    const float b1[4] = {0.0f, 1.0f, -0.5f, 3.0f};
    const float w2[4] = {1.0f, 0.5f, -1.0f, 2.0f};
    const float b2 = 0.25f;
    for (int i = 0; i < 4; ++i) {
        mlp.fc().weight()(i, 0) = w1[i];
        mlp.fc().bias()(i) = b1[i];
        mlp.proj().weight()(0, i) = w2[i];
    }
    mlp.proj().bias()(0) = b2;
    auto gelu = [](double v) {
        const double u = std::sqrt(2.0 / std::numbers::pi) * (v + 0.044715 * v * v * v);
        return 0.5 * v * (1.0 + std::tanh(u));
    };
    const arma::fmat x({{0.0f, 1.0f, -1.5f}});
    arma::fmat expected(1, 3);
    for (arma::uword j = 0; j < 3; ++j) {
        double y = b2;
        for (int i = 0; i < 4; ++i)
            y += w2[i] * gelu(double(w1[i]) * x(0, j) + b1[i]);
        expected(0, j) = float(y);
    }
    // x = 0: h = (0, 1, -0.5, 3), y = 0.25 + 0.5 gelu(1) - gelu(-0.5) + 2 gelu(3).
    QVERIFY(std::abs(expected(0, 0) - float(0.25 + 0.5 * 0.841191990 + 0.154285990
                                            + 2 * 2.996362600)) < 1e-5f);
    COMPARE_MATRIX(mlp.forward(x), expected, 1e-5f);
}

void TestPositionMlp::gradientSinusoidal()
{
    SinusoidalPositionalEncoding encoding(5);
    FixedLength<SinusoidalPositionalEncoding> layer{encoding, 3};
    VERIFY_GRADIENT(checkLayer(layer, randomMatrix(5, 6, 41), nullptr, {1e-2, 5e-4, 1e-3}));
}

void TestPositionMlp::gradientLearned()
{
    LearnedPositionalEncoding encoding(4, 3);
    ParameterBuffer buffer;
    buffer.add(encoding);
    buffer.allocate();
    fillRandom(buffer.parameters(), 51);
    // T = 3 < maxT = 4: the unused column's numeric and analytic gradients are both 0.
    FixedLength<LearnedPositionalEncoding> layer{encoding, 3};
    VERIFY_GRADIENT(checkLayer(layer, randomMatrix(3, 6, 52), &buffer, {1e-2, 5e-4, 1e-3}));
}

void TestPositionMlp::gradientMlp()
{
    Mlp mlp(3);
    ParameterBuffer buffer;
    buffer.add(mlp);
    buffer.allocate();
    fillRandom(buffer.parameters(), 61);
    VERIFY_GRADIENT(checkLayer(mlp, randomMatrix(3, 4, 62), &buffer, {1e-2, 1e-3, 1e-2}));
}

QTEST_GUILESS_MAIN(TestPositionMlp)
#include "tst_positionmlp.moc"
