// The neural core's layers: every layer against the central-difference gradient checker,
// hand-worked values for Linear, LayerNorm, Softmax and the cross-entropy, the flat
// parameter buffer, Dropout's seeded masks and the two GELU forms.
#include "nn/Dropout.h"
#include "nn/Embedding.h"
#include "nn/Gelu.h"
#include "nn/LayerNorm.h"
#include "nn/Linear.h"
#include "nn/ParameterBuffer.h"
#include "nn/Relu.h"
#include "nn/Softmax.h"
#include "nn/SoftmaxCrossEntropy.h"
#include "core/Error.h"

#include "support/GradientCheck.h"
#include "support/MatrixAssertions.h"

#include <QtTest/QtTest>

#include <cmath>
#include <vector>

using namespace lengua;
using namespace lengua::test;

namespace {

// Written out row by row: arma::fmat({{1}, {2}}) alone is ambiguous with integer literals.
arma::fmat mat(std::initializer_list<std::initializer_list<float>> rows)
{
    return arma::fmat(rows);
}

void fillRandom(arma::fvec& values, std::uint32_t seed)
{
    const arma::fmat random = randomMatrix(values.n_elem, 1, seed);
    values = arma::vectorise(random);
}

} // namespace

class TestNnLayers : public QObject {
    Q_OBJECT

private slots:
    void parameterBufferBindsViewsInOrder();
    void parameterBufferRefusesLateLayers();
    void linearHandWorked();
    void linearBackwardAccumulates();
    void linearCachesAreReused();
    void embeddingLooksUpAndScatters();
    void embeddingRejectsUnknownIds();
    void layerNormHandWorked();
    void softmaxHandWorked();
    void softmaxIsStable();
    void crossEntropyHandWorked();
    void crossEntropyIgnoreIndex();
    void crossEntropyIsStable();
    void geluFormsAgree();
    void reluHandWorked();
    void dropoutMaskIsSeededAndScaled();
    void dropoutIsIdentityInEvaluation();
    void dropoutKeepsTheExpectedActivation();
    void checkerCatchesAWrongGradient();
    void gradientLinear();
    void gradientEmbedding();
    void gradientLayerNorm();
    void gradientGelu_data();
    void gradientGelu();
    void gradientRelu();
    void gradientDropout();
    void gradientSoftmax();
    void gradientCrossEntropy();
};

void TestNnLayers::parameterBufferBindsViewsInOrder()
{
    Linear first(3, 2);   // 6 + 2 = 8 parameters
    LayerNorm norm(2);    // 2 + 2 = 4
    Relu relu;            // none
    Embedding table(5, 3); // 15
    ParameterBuffer buffer;
    buffer.add(first);
    buffer.add(norm);
    buffer.add(relu);
    buffer.add(table);
    buffer.allocate();
    QCOMPARE(buffer.count(), std::size_t(8 + 4 + 0 + 15));
    QCOMPARE(buffer.offset(1), std::size_t(8));
    QCOMPARE(buffer.offset(3), std::size_t(12));
    // The views are the buffer's own memory, not copies.
    QCOMPARE(first.weight().memptr(), buffer.parameters().memptr());
    QCOMPARE(first.bias().memptr(), buffer.parameters().memptr() + 6);
    QCOMPARE(norm.gamma().memptr(), buffer.parameters().memptr() + 8);
    QCOMPARE(table.table().memptr(), buffer.parameters().memptr() + 12);
    QCOMPARE(table.tableGradient().memptr(), buffer.gradients().memptr() + 12);
    buffer.parameters()[13] = 7.0f; // table (C=3, V=5) column-major: row 1 of column 0
    QCOMPARE(table.table()(1, 0), 7.0f);
    buffer.gradients().fill(1.0f);
    buffer.zeroGradients();
    QCOMPARE(arma::accu(arma::abs(buffer.gradients())), 0.0f);
    QCOMPARE(arma::accu(arma::abs(table.tableGradient())), 0.0f);
}

void TestNnLayers::parameterBufferRefusesLateLayers()
{
    Linear layer(2, 2);
    ParameterBuffer buffer;
    buffer.add(layer);
    buffer.allocate();
    Linear late(2, 2);
    QVERIFY_THROWS_EXCEPTION(Error, buffer.add(late));
    QVERIFY_THROWS_EXCEPTION(Error, buffer.allocate());
    Linear unbound(2, 2);
    QVERIFY_THROWS_EXCEPTION(Error, unbound.forward(arma::fmat(2, 1, arma::fill::ones)));
    QVERIFY_THROWS_EXCEPTION(Error, layer.forward(arma::fmat(3, 1, arma::fill::ones)));
}

void TestNnLayers::linearHandWorked()
{
    Linear layer(2, 2);
    ParameterBuffer buffer;
    buffer.add(layer);
    buffer.allocate();
    // W = [1 2; 3 -1] column-major, then b = (0.5, -1): the documented layout.
    const std::vector<float> flat = {1, 3, 2, -1, 0.5f, -1};
    std::copy(flat.begin(), flat.end(), buffer.parameters().begin());
    const arma::fmat x = mat({{1, 0}, {2, -1}}); // columns (1, 2) and (0, -1)
    // By hand: W (1,2) + b = (1+4+0.5, 3-2-1) = (5.5, 0); W (0,-1) + b = (-1.5, 0).
    COMPARE_MATRIX(layer.forward(x), mat({{5.5f, -1.5f}, {0, 0}}), 0.0f);
    const arma::fmat dy = mat({{1, 0}, {0, 2}}); // columns (1, 0) and (0, 2)
    const arma::fmat dx = layer.backward(dy);
    // dW = sum_j dy_j x_j^T = [1 2; 0 0] + [0 0; 0 -2]; db = (1, 2);
    // dx_j = W^T dy_j: (1, 2) (row 0 of W) and 2 * (3, -1) (row 1 of W).
    COMPARE_MATRIX(layer.weightGradient(), mat({{1, 2}, {0, -2}}), 0.0f);
    COMPARE_MATRIX(arma::fmat(layer.biasGradient()), mat({{1}, {2}}), 0.0f);
    COMPARE_MATRIX(dx, mat({{1, 6}, {2, -2}}), 0.0f);
}

void TestNnLayers::linearBackwardAccumulates()
{
    Linear layer(3, 2);
    ParameterBuffer buffer;
    buffer.add(layer);
    buffer.allocate();
    fillRandom(buffer.parameters(), 3);
    const arma::fmat x = randomMatrix(3, 4, 4);
    const arma::fmat dy = randomMatrix(2, 4, 5);
    layer.forward(x);
    layer.backward(dy);
    const arma::fvec once = buffer.gradients();
    const arma::fmat dxOnce = layer.backward(dy);
    COMPARE_MATRIX(arma::fmat(buffer.gradients()), arma::fmat(2.0f * once), 1e-6f);
    // The input gradient is overwritten, not accumulated.
    COMPARE_MATRIX(layer.backward(dy), dxOnce, 0.0f);
}

void TestNnLayers::linearCachesAreReused()
{
    Linear layer(3, 2);
    LayerNorm norm(2);
    ParameterBuffer buffer;
    buffer.add(layer);
    buffer.add(norm);
    buffer.allocate();
    fillRandom(buffer.parameters(), 6);
    const arma::fmat x = randomMatrix(3, 4, 7);
    const float* output = layer.forward(x).memptr();
    const float* normOutput = norm.forward(layer.forward(x)).memptr();
    const float* inputGradient = layer.backward(norm.backward(randomMatrix(2, 4, 8))).memptr();
    const arma::fmat x2 = randomMatrix(3, 4, 9);
    QCOMPARE(layer.forward(x2).memptr(), output);
    QCOMPARE(norm.forward(layer.forward(x2)).memptr(), normOutput);
    QCOMPARE(layer.backward(norm.backward(randomMatrix(2, 4, 10))).memptr(), inputGradient);
}

void TestNnLayers::embeddingLooksUpAndScatters()
{
    Embedding embedding(4, 2); // V = 4, C = 2
    ParameterBuffer buffer;
    buffer.add(embedding);
    buffer.allocate();
    // Column v of the table is (v, 10 v).
    for (arma::uword v = 0; v < 4; ++v)
        embedding.table().col(v) = arma::fvec({float(v), 10.0f * v});
    const std::vector<std::int32_t> ids = {3, 1, 3};
    COMPARE_MATRIX(embedding.forward(ids), mat({{3, 1, 3}, {30, 10, 30}}), 0.0f);
    embedding.backward(mat({{1, 2, 4}, {-1, 0, 1}}));
    // Token 3 appears twice: its gradient is the sum of columns 0 and 2.
    COMPARE_MATRIX(embedding.tableGradient(),
                   mat({{0, 2, 0, 5}, {0, 0, 0, 0}}), 0.0f);
}

void TestNnLayers::embeddingRejectsUnknownIds()
{
    Embedding embedding(4, 2);
    ParameterBuffer buffer;
    buffer.add(embedding);
    buffer.allocate();
    const std::vector<std::int32_t> tooLarge = {0, 4};
    const std::vector<std::int32_t> negative = {-1};
    QVERIFY_THROWS_EXCEPTION(Error, embedding.forward(tooLarge));
    QVERIFY_THROWS_EXCEPTION(Error, embedding.forward(negative));
}

void TestNnLayers::layerNormHandWorked()
{
    LayerNorm norm(4, 0.0f); // eps = 0 so the hand values are exact
    ParameterBuffer buffer;
    buffer.add(norm);
    buffer.allocate();
    norm.gamma() = arma::fvec({1, 2, 1, 2});
    norm.beta() = arma::fvec({0, 0, 1, 1});
    // x = (1, 2, 3, 4): mean 2.5, deviations (-1.5, -0.5, 0.5, 1.5), biased variance
    // (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25, rstd = 1/sqrt(1.25) = 0.894427191,
    // xhat = (-1.341640786, -0.447213595, 0.447213595, 1.341640786),
    // y = gamma xhat + beta.
    const arma::fmat x = mat({{1}, {2}, {3}, {4}});
    COMPARE_MATRIX(norm.forward(x),
                   mat({{-1.341640786f}, {-0.894427191f}, {1.447213595f}, {3.683281573f}}),
                   1e-6f);
    QCOMPARE(norm.mean()[0], 2.5f);
    QVERIFY(std::abs(norm.rstd()[0] - 0.894427191f) < 1e-6f);
    // dy = (1, 0, 0, 0): dxhat = gamma dy = (1, 0, 0, 0), mean(dxhat) = 0.25,
    // mean(dxhat xhat) = -1.341640786 / 4 = -0.335410197, so xhat * 0.335410197 =
    // (-0.45, -0.15, 0.15, 0.45) and dx = rstd (dxhat - 0.25 + xhat * 0.335410197)
    // = rstd (0.3, -0.4, -0.1, 0.2).
    const arma::fmat dx = norm.backward(mat({{1}, {0}, {0}, {0}}));
    COMPARE_MATRIX(dx, mat({{0.268328157f}, {-0.357770876f}, {-0.089442719f},
                                   {0.178885438f}}), 1e-6f);
    // dgamma = xhat dy, dbeta = dy.
    COMPARE_MATRIX(arma::fmat(buffer.gradients()),
                   mat({{-1.341640786f}, {0}, {0}, {0}, {1}, {0}, {0}, {0}}), 1e-6f);
}

void TestNnLayers::softmaxHandWorked()
{
    Softmax softmax;
    // Column 0: exp(0, ln 2, ln 3) = (1, 2, 3), sum 6 -> (1/6, 2/6, 3/6).
    // Column 1: equal logits -> 1/3 each.
    const arma::fmat x = mat({{0.0f, 5.0f}, {float(std::log(2.0)), 5.0f},
                          {float(std::log(3.0)), 5.0f}});
    COMPARE_MATRIX(softmax.forward(x),
                   mat({{1.0f / 6, 1.0f / 3}, {2.0f / 6, 1.0f / 3}, {3.0f / 6, 1.0f / 3}}),
                   1e-6f);
    // dy = (1, 0, 0) on column 0: sum(y dy) = 1/6, dx = y (dy - 1/6)
    // = (1/6 * 5/6, 2/6 * -1/6, 3/6 * -1/6) = (5, -2, -3) / 36. Column 1: dy = 0 -> 0.
    const arma::fmat dx = softmax.backward(mat({{1, 0}, {0, 0}, {0, 0}}));
    COMPARE_MATRIX(dx, mat({{5.0f / 36, 0}, {-2.0f / 36, 0}, {-3.0f / 36, 0}}), 1e-6f);
}

void TestNnLayers::softmaxIsStable()
{
    Softmax softmax;
    // exp(1000) overflows a float; subtracting the column maximum keeps it finite.
    const arma::fmat x = mat({{1000, -1000}, {1000, 0}, {1000, -1000}});
    COMPARE_MATRIX(softmax.forward(x),
                   mat({{1.0f / 3, 0}, {1.0f / 3, 1}, {1.0f / 3, 0}}), 1e-6f);
}

void TestNnLayers::crossEntropyHandWorked()
{
    SoftmaxCrossEntropy loss;
    // Column 0: logits (0, ln 2, ln 3), target 2: p = 3/6, loss -ln(1/2) = ln 2.
    // Column 1: logits (0, 0, 0), target 0: p = 1/3, loss ln 3.
    // Mean: (ln 2 + ln 3) / 2 = ln(6) / 2 = 0.895879735.
    const arma::fmat logits = mat({{0.0f, 0.0f}, {float(std::log(2.0)), 0.0f},
                               {float(std::log(3.0)), 0.0f}});
    const std::vector<std::int32_t> targets = {2, 0};
    QVERIFY(std::abs(loss.forward(logits, targets) - 0.895879735f) < 1e-6f);
    QCOMPARE(loss.countedColumns(), std::size_t(2));
    // dlogits = (p - onehot) / 2: (1/6, 2/6, 3/6 - 1) / 2 and (1/3 - 1, 1/3, 1/3) / 2.
    COMPARE_MATRIX(loss.backward(), mat({{1.0f / 12, -1.0f / 3},
                                                {1.0f / 6, 1.0f / 6},
                                                {-1.0f / 4, 1.0f / 6}}), 1e-6f);
    // The scale is the gradient flowing in from above.
    COMPARE_MATRIX(loss.backward(2.0f), mat({{1.0f / 6, -2.0f / 3},
                                                    {1.0f / 3, 1.0f / 3},
                                                    {-1.0f / 2, 1.0f / 3}}), 1e-6f);
    const std::vector<std::int32_t> outside = {3, 0};
    QVERIFY_THROWS_EXCEPTION(Error, loss.forward(logits, outside));
    const std::vector<std::int32_t> tooFew = {0};
    QVERIFY_THROWS_EXCEPTION(Error, loss.forward(logits, tooFew));
}

void TestNnLayers::crossEntropyIgnoreIndex()
{
    SoftmaxCrossEntropy loss(-100);
    const arma::fmat logits = mat({{0.0f, 0.0f}, {float(std::log(2.0)), 0.0f},
                               {float(std::log(3.0)), 0.0f}});
    // Column 1 is ignored: the loss is column 0's alone, ln 2, and the mean is over 1.
    const std::vector<std::int32_t> targets = {2, -100};
    QVERIFY(std::abs(loss.forward(logits, targets) - float(std::log(2.0))) < 1e-6f);
    QCOMPARE(loss.countedColumns(), std::size_t(1));
    COMPARE_MATRIX(loss.backward(), mat({{1.0f / 6, 0}, {2.0f / 6, 0},
                                                {-3.0f / 6, 0}}), 1e-6f);
    const std::vector<std::int32_t> allIgnored = {-100, -100};
    QCOMPARE(loss.forward(logits, allIgnored), 0.0f);
    COMPARE_MATRIX(loss.backward(), arma::fmat(3, 2, arma::fill::zeros), 0.0f);
}

void TestNnLayers::crossEntropyIsStable()
{
    SoftmaxCrossEntropy loss;
    // Logits (0, 1000), target 0: p_0 = e^-1000 underflows, but the loss is
    // log(e^0 + e^1000) - 0 = 1000 + log(1 + e^-1000) = 1000.
    const arma::fmat logits = mat({{0.0f}, {1000.0f}});
    const std::vector<std::int32_t> targets = {0};
    QCOMPARE(loss.forward(logits, targets), 1000.0f);
    COMPARE_MATRIX(loss.backward(), mat({{-1.0f}, {1.0f}}), 0.0f);
}

void TestNnLayers::geluFormsAgree()
{
    Gelu tanhForm(Gelu::Form::Tanh);
    Gelu exact(Gelu::Form::Exact);
    const arma::fmat x = arma::linspace<arma::fmat>(-6.0f, 6.0f, 1201);
    const arma::fmat a = tanhForm.forward(x);
    const arma::fmat b = exact.forward(x);
    QVERIFY(arma::abs(a - b).max() < 1e-3f);
    QVERIFY(arma::abs(a - b).max() > 0.0f); // they are two different formulas
    // Hand values: GELU(0) = 0; exact GELU(1) = Phi(1) = 0.841344746 (normal table).
    const arma::fmat points = mat({{0.0f, 1.0f}});
    QCOMPARE(exact.forward(points)(0, 0), 0.0f);
    QVERIFY(std::abs(exact.forward(points)(0, 1) - 0.841344746f) < 1e-6f);
}

void TestNnLayers::reluHandWorked()
{
    Relu relu;
    const arma::fmat x = mat({{-2, 0, 3}});
    COMPARE_MATRIX(relu.forward(x), mat({{0, 0, 3}}), 0.0f);
    COMPARE_MATRIX(relu.backward(mat({{5, 6, 7}})), mat({{0, 0, 7}}), 0.0f);
}

void TestNnLayers::dropoutMaskIsSeededAndScaled()
{
    const arma::fmat x(100, 10, arma::fill::ones);
    Dropout first(0.25f, 42);
    Dropout second(0.25f, 42);
    Dropout other(0.25f, 43);
    const arma::fmat a = first.forward(x);
    QCOMPARE(second.forward(x).memptr()[0], a[0]);
    COMPARE_MATRIX(second.forward(x), first.forward(x), 0.0f); // same seed, same stream
    QVERIFY(arma::any(arma::vectorise(other.forward(x) != first.forward(x))));
    // setSeed restarts the stream.
    first.setSeed(42);
    COMPARE_MATRIX(first.forward(x), a, 0.0f);
    // Kept elements are scaled by 1 / (1 - 0.25) = 4/3, dropped ones are 0.
    std::size_t kept = 0;
    for (const float value : a) {
        QVERIFY(value == 0.0f || value == 4.0f / 3.0f);
        kept += value != 0.0f;
    }
    // 1000 draws with keep probability 0.75: mean 750, sd 13.7; 5 sd either side.
    QVERIFY(kept > 680 && kept < 820);
    // Backward multiplies by the same mask.
    COMPARE_MATRIX(first.backward(arma::fmat(100, 10, arma::fill::ones)), a, 0.0f);
    QVERIFY_THROWS_EXCEPTION(Error, Dropout(1.0f));
}

void TestNnLayers::dropoutKeepsTheExpectedActivation()
{
    // Inverted dropout: E[y] = (1 - p) x / (1 - p) = x for every element. The mean of
    // 2000 masks of p = 0.4 on fixed x: each element's estimate has a standard deviation
    // |x| sqrt(p / (1 - p)) / sqrt(2000) = 0.0183 |x|; 5 deviations allowed.
    Dropout dropout(0.4f, 5);
    const arma::fmat x = randomMatrix(3, 4, 21);
    arma::mat sum(3, 4, arma::fill::zeros);
    for (int draw = 0; draw < 2000; ++draw)
        sum += arma::conv_to<arma::mat>::from(dropout.forward(x));
    const arma::mat mean = sum / 2000.0;
    for (arma::uword i = 0; i < x.n_elem; ++i)
        QVERIFY2(std::abs(mean[i] - double(x[i])) <= 5.0 * 0.0183 * std::abs(double(x[i])),
                 qPrintable(QString("%1 vs %2").arg(mean[i]).arg(x[i])));
}

void TestNnLayers::dropoutIsIdentityInEvaluation()
{
    Dropout dropout(0.5f, 1);
    dropout.setTraining(false);
    const arma::fmat x = randomMatrix(4, 3, 11);
    COMPARE_MATRIX(dropout.forward(x), x, 0.0f);
    COMPARE_MATRIX(dropout.backward(x), x, 0.0f);
    QCOMPARE(dropout.mask().n_elem, arma::uword(0));
}

void TestNnLayers::checkerCatchesAWrongGradient()
{
    // f(x) = sum x^2 has gradient 2x; an analytic gradient 10% off must fail.
    arma::fvec x = {0.5f, -1.0f, 2.0f};
    const arma::fvec right = 2.0f * x;
    const arma::fvec wrong = 2.2f * x;
    auto loss = [&]() {
        return arma::accu(arma::square(arma::conv_to<arma::vec>::from(x)));
    };
    QVERIFY(checkGradient(loss, x.memptr(), right.memptr(), 3, {}, "x").passed);
    const GradientCheckResult result =
        checkGradient(loss, x.memptr(), wrong.memptr(), 3, {}, "x");
    QVERIFY(!result.passed);
    QVERIFY(result.message.find("x[0]") != std::string::npos);
}

void TestNnLayers::gradientLinear()
{
    Linear layer(4, 3);
    ParameterBuffer buffer;
    buffer.add(layer);
    buffer.allocate();
    fillRandom(buffer.parameters(), 21);
    VERIFY_GRADIENT(checkLayer(layer, randomMatrix(4, 5, 22), &buffer, {1e-2, 5e-4, 1e-3}));
}

void TestNnLayers::gradientEmbedding()
{
    Embedding embedding(6, 3);
    ParameterBuffer buffer;
    buffer.add(embedding);
    buffer.allocate();
    fillRandom(buffer.parameters(), 31);
    const std::vector<std::int32_t> ids = {4, 0, 4, 2, 5};
    const arma::fmat projection = randomMatrix(3, ids.size(), 32);
    buffer.zeroGradients();
    embedding.forward(ids);
    embedding.backward(projection);
    const arma::fvec analytic = buffer.gradients();
    auto loss = [&]() { return projectedLoss(embedding.forward(ids), projection); };
    VERIFY_GRADIENT(checkGradient(loss, buffer.parameters().memptr(), analytic.memptr(),
                                  buffer.count(), {1e-2, 5e-4, 1e-3}, "table"));
}

void TestNnLayers::gradientLayerNorm()
{
    LayerNorm norm(5);
    ParameterBuffer buffer;
    buffer.add(norm);
    buffer.allocate();
    fillRandom(buffer.parameters(), 41);
    norm.gamma() += 1.0f;
    VERIFY_GRADIENT(checkLayer(norm, 2.0f * randomMatrix(5, 4, 42), &buffer,
                               {1e-2, 2e-3, 2e-2}));
}

void TestNnLayers::gradientGelu_data()
{
    QTest::addColumn<int>("form");
    QTest::newRow("tanh") << int(Gelu::Form::Tanh);
    QTest::newRow("exact") << int(Gelu::Form::Exact);
}

void TestNnLayers::gradientGelu()
{
    QFETCH(int, form);
    Gelu gelu(static_cast<Gelu::Form>(form));
    VERIFY_GRADIENT(checkLayer(gelu, 3.0f * randomMatrix(4, 5, 51), nullptr, {}));
}

void TestNnLayers::gradientRelu()
{
    Relu relu;
    // Escape hatch for the kink at 0: every input is at least 0.1 away from it, ten steps.
    arma::fmat x = randomMatrix(4, 5, 61);
    x.transform([](float v) { return v >= 0.0f ? v + 0.1f : v - 0.1f; });
    VERIFY_GRADIENT(checkLayer(relu, x, nullptr, {}));
}

void TestNnLayers::gradientDropout()
{
    Dropout dropout(0.4f);
    // Reseeding before every forward gives every evaluation the same mask.
    VERIFY_GRADIENT(checkLayer(dropout, randomMatrix(4, 5, 71), nullptr, {},
                               [&]() { dropout.setSeed(7); }));
    QVERIFY(arma::any(arma::vectorise(dropout.mask() == 0.0f))); // the mask did drop some
}

void TestNnLayers::gradientSoftmax()
{
    Softmax softmax;
    VERIFY_GRADIENT(checkLayer(softmax, 2.0f * randomMatrix(5, 4, 81), nullptr,
                               {1e-2, 5e-4, 1e-2}));
}

void TestNnLayers::gradientCrossEntropy()
{
    SoftmaxCrossEntropy loss(-1);
    arma::fmat logits = 2.0f * randomMatrix(5, 4, 91);
    const std::vector<std::int32_t> targets = {3, -1, 0, 4};
    loss.forward(logits, targets);
    const arma::fmat analytic = loss.backward();
    auto evaluate = [&]() { return double(loss.forward(logits, targets)); };
    VERIFY_GRADIENT(checkGradient(evaluate, logits.memptr(), analytic.memptr(), logits.n_elem,
                                  {1e-2, 2e-4, 1e-2}, "logits"));
}

QTEST_GUILESS_MAIN(TestNnLayers)
#include "tst_nnlayers.moc"
