// Scaled dot-product and multi-head attention: hand-worked probabilities, the causal
// mask, the head layout against a naive reference, permutation equivariance, and the
// generic gradient checker on both layers.
#include "nn/MultiHeadAttention.h"
#include "nn/ParameterBuffer.h"
#include "nn/ScaledDotProductAttention.h"
#include "core/Error.h"

#include "support/GradientCheck.h"
#include "support/MatrixAssertions.h"

#include <QtTest/QtTest>

#include <cmath>
#include <vector>

using namespace lengua;
using namespace lengua::test;

namespace {

arma::fmat mat(std::initializer_list<std::initializer_list<float>> rows)
{
    return arma::fmat(rows);
}

// checkLayer wants forward(x); multi-head attention also needs B and T.
struct FixedShapeAttention {
    MultiHeadAttention& layer;
    std::size_t batch;
    std::size_t length;
    const arma::fmat& forward(const arma::fmat& x) { return layer.forward(x, batch, length); }
    const arma::fmat& backward(const arma::fmat& dy) { return layer.backward(dy); }
};

void fillRandom(ParameterBuffer& buffer, std::uint32_t seed)
{
    buffer.parameters() = arma::vectorise(randomMatrix(buffer.count(), 1, seed));
}

// The naive reference, written from the formula: softmax over j of k_j·q_i / √HS.
arma::fmat naiveProbabilities(const arma::fmat& q, const arma::fmat& k, bool causal)
{
    const arma::uword t = q.n_cols;
    arma::fmat p(t, t, arma::fill::zeros);
    for (arma::uword i = 0; i < t; ++i) {
        double sum = 0.0;
        for (arma::uword j = 0; j < t; ++j) {
            if (causal && j > i)
                continue;
            p(j, i) = float(std::exp(double(arma::dot(k.col(j), q.col(i)))
                                     / std::sqrt(double(q.n_rows))));
            sum += p(j, i);
        }
        p.col(i) /= float(sum);
    }
    return p;
}

} // namespace

class TestAttention : public QObject {
    Q_OBJECT

private slots:
    void identicalKeysGiveUniformAttention();
    void scoresAreScaledByRootHeadSize();
    void causalFirstQueryAttendsOnlyToItself();
    void sequencesAreIndependent();
    void rejectsBadShapes();
    void headLayoutMatchesNaiveReference();
    void probabilityColumnsSumToOne();
    void permutingTokensPermutesOutputs();
    void gradientScaledDotProduct_data();
    void gradientScaledDotProduct();
    void gradientMultiHead_data();
    void gradientMultiHead();
    void buffersAreReused();
};

void TestAttention::identicalKeysGiveUniformAttention()
{
    ScaledDotProductAttention attention(2, false);
    const arma::fmat q = mat({{1, -3}, {2, 0.5f}});
    const arma::fmat k = mat({{0.7f, 0.7f}, {-1, -1}}); // both keys (0.7, -1)
    const arma::fmat v = mat({{1, 3}, {2, 4}});         // values (1, 2) and (3, 4)
    const arma::fmat y = attention.forward(q, k, v, 1, 2);
    // Equal scores -> P = 0.5 everywhere, and each output is the mean value (2, 3).
    COMPARE_MATRIX(attention.probabilities(), mat({{0.5f, 0.5f}, {0.5f, 0.5f}}), 0.0f);
    COMPARE_MATRIX(y, mat({{2, 2}, {3, 3}}), 0.0f);
}

void TestAttention::scoresAreScaledByRootHeadSize()
{
    ScaledDotProductAttention attention(4, false);
    // HS = 4, √HS = 2. Query 0 = (2, 0, 0, 0); keys (0, ...) and (ln 3, ...):
    // scores (0, 2 ln 3) / 2 = (0, ln 3), so P(., 0) = (1, 3) / 4.
    // Query 1 = 0: scores equal, P(., 1) = (1/2, 1/2).
    arma::fmat q(4, 2, arma::fill::zeros);
    q(0, 0) = 2.0f;
    arma::fmat k(4, 2, arma::fill::zeros);
    k(0, 1) = float(std::log(3.0));
    const arma::fmat v = mat({{4, 8}, {0, 0}, {0, 0}, {0, 0}});
    const arma::fmat y = attention.forward(q, k, v, 1, 2);
    COMPARE_MATRIX(attention.probabilities(0), mat({{0.25f, 0.5f}, {0.75f, 0.5f}}), 1e-6f);
    // y_0 = 4/4 + 8 * 3/4 = 7, y_1 = (4 + 8) / 2 = 6.
    COMPARE_MATRIX(y.row(0), mat({{7, 6}}), 1e-5f);
}

void TestAttention::causalFirstQueryAttendsOnlyToItself()
{
    ScaledDotProductAttention attention(3, true);
    const arma::fmat q = 3.0f * randomMatrix(3, 4, 1);
    const arma::fmat k = 3.0f * randomMatrix(3, 4, 2);
    const arma::fmat v = randomMatrix(3, 4, 3);
    const arma::fmat y = attention.forward(q, k, v, 1, 4);
    const arma::fmat& p = attention.probabilities();
    QCOMPARE(p(0, 0), 1.0f); // exactly: exp(0) / exp(0)
    for (arma::uword i = 0; i < 4; ++i)
        for (arma::uword j = i + 1; j < 4; ++j)
            QCOMPARE(p(j, i), 0.0f); // key j after query i: masked exactly
    COMPARE_MATRIX(y.col(0), v.col(0), 0.0f);
    // The visible part matches the naive reference; the second query sees two keys.
    COMPARE_MATRIX(p, naiveProbabilities(q, k, true), 1e-6f);
    QVERIFY(p(0, 1) > 0.0f && p(1, 1) > 0.0f);
    // Without the mask the same inputs give a different, full distribution.
    ScaledDotProductAttention open(3, false);
    open.forward(q, k, v, 1, 4);
    QVERIFY(open.probabilities()(1, 0) > 0.0f);
    COMPARE_MATRIX(open.probabilities(), naiveProbabilities(q, k, false), 1e-6f);
}

void TestAttention::sequencesAreIndependent()
{
    // Two sequences of length 3 side by side give what each gives alone.
    const arma::fmat q = randomMatrix(2, 6, 11);
    const arma::fmat k = randomMatrix(2, 6, 12);
    const arma::fmat v = randomMatrix(2, 6, 13);
    ScaledDotProductAttention both(2, true);
    const arma::fmat y = both.forward(q, k, v, 2, 3);
    ScaledDotProductAttention alone(2, true);
    const arma::fmat second = alone.forward(q.cols(3, 5), k.cols(3, 5), v.cols(3, 5), 1, 3);
    COMPARE_MATRIX(y.cols(3, 5), second, 1e-6f);
    COMPARE_MATRIX(both.probabilities(1), alone.probabilities(0), 1e-6f);
    QVERIFY_THROWS_EXCEPTION(Error, both.probabilities(2));
}

void TestAttention::rejectsBadShapes()
{
    ScaledDotProductAttention attention(2, false);
    const arma::fmat good = randomMatrix(2, 6, 21);
    QVERIFY_THROWS_EXCEPTION(Error, attention.forward(good, good, good, 2, 2));
    QVERIFY_THROWS_EXCEPTION(Error, attention.forward(randomMatrix(3, 6, 22), good, good, 2, 3));
    QVERIFY_THROWS_EXCEPTION(Error, attention.backward(good));
    attention.forward(good, good, good, 2, 3);
    QVERIFY_THROWS_EXCEPTION(Error, attention.backward(randomMatrix(2, 5, 23)));
    QVERIFY_THROWS_EXCEPTION(Error, MultiHeadAttention(6, 4));
    MultiHeadAttention mha(4, 2);
    ParameterBuffer buffer;
    buffer.add(mha);
    buffer.allocate();
    QVERIFY_THROWS_EXCEPTION(Error, mha.forward(randomMatrix(4, 6, 24), 2, 2));
    mha.forward(randomMatrix(4, 6, 24), 2, 3);
    QVERIFY_THROWS_EXCEPTION(Error, mha.attentionProbabilities(2, 0));
    QVERIFY_THROWS_EXCEPTION(Error, mha.attentionProbabilities(0, 2));
}

void TestAttention::headLayoutMatchesNaiveReference()
{
    MultiHeadAttention mha(4, 2, true);
    ParameterBuffer buffer;
    buffer.add(mha);
    buffer.allocate();
    QCOMPARE(buffer.count(), std::size_t(12 * 4 + 12 + 4 * 4 + 4));
    QCOMPARE(mha.qkvProjection().weight().memptr(), buffer.parameters().memptr());
    QCOMPARE(mha.outputProjection().weight().memptr(), buffer.parameters().memptr() + 60);
    fillRandom(buffer, 31);
    const arma::fmat x = 2.0f * randomMatrix(4, 6, 32); // B = 2, T = 3
    const arma::fmat y = mha.forward(x, 2, 3);
    // By the formula: qkv = W x + b; head h of q is rows [2h, 2h+2), of k rows 4 + 2h..,
    // of v rows 8 + 2h..; sequence b is columns [3b, 3b+3).
    arma::fmat qkv = mha.qkvProjection().weight() * x;
    qkv.each_col() += mha.qkvProjection().bias();
    arma::fmat merged(4, 6);
    for (arma::uword h = 0; h < 2; ++h) {
        for (arma::uword b = 0; b < 2; ++b) {
            const arma::fmat q = qkv.submat(2 * h, 3 * b, 2 * h + 1, 3 * b + 2);
            const arma::fmat k = qkv.submat(4 + 2 * h, 3 * b, 5 + 2 * h, 3 * b + 2);
            const arma::fmat v = qkv.submat(8 + 2 * h, 3 * b, 9 + 2 * h, 3 * b + 2);
            const arma::fmat p = naiveProbabilities(q, k, true);
            COMPARE_MATRIX(mha.attentionProbabilities(h, b), p, 1e-5f);
            merged.submat(2 * h, 3 * b, 2 * h + 1, 3 * b + 2) = v * p;
        }
    }
    arma::fmat expected = mha.outputProjection().weight() * merged;
    expected.each_col() += mha.outputProjection().bias();
    COMPARE_MATRIX(y, expected, 1e-5f);
}

void TestAttention::probabilityColumnsSumToOne()
{
    for (const bool causal : {false, true}) {
        MultiHeadAttention mha(6, 3, causal);
        ParameterBuffer buffer;
        buffer.add(mha);
        buffer.allocate();
        fillRandom(buffer, 41);
        mha.forward(3.0f * randomMatrix(6, 10, 42), 2, 5);
        for (std::size_t h = 0; h < 3; ++h) {
            for (std::size_t b = 0; b < 2; ++b) {
                const arma::fmat p = mha.attentionProbabilities(h, b);
                QCOMPARE(p.n_rows, arma::uword(5));
                QCOMPARE(p.n_cols, arma::uword(5));
                QVERIFY(p.min() >= 0.0f);
                COMPARE_MATRIX(arma::fmat(arma::sum(p, 0)), arma::fmat(1, 5, arma::fill::ones),
                               1e-6f);
            }
        }
    }
}

void TestAttention::permutingTokensPermutesOutputs()
{
    // No mask, no positions: attention is a function of the set of tokens, so the output
    // for a token does not depend on where the token stands.
    MultiHeadAttention mha(4, 2, false);
    ParameterBuffer buffer;
    buffer.add(mha);
    buffer.allocate();
    fillRandom(buffer, 51);
    const arma::fmat x = 2.0f * randomMatrix(4, 8, 52); // B = 2, T = 4
    const arma::fmat y = mha.forward(x, 2, 4);
    // Permute within each sequence: new position i holds old token order[i].
    const std::vector<arma::uword> order = {2, 0, 3, 1};
    arma::fmat permuted(4, 8);
    arma::fmat expected(4, 8);
    for (arma::uword b = 0; b < 2; ++b) {
        for (arma::uword i = 0; i < 4; ++i) {
            permuted.col(4 * b + i) = x.col(4 * b + order[i]);
            expected.col(4 * b + i) = y.col(4 * b + order[i]);
        }
    }
    const arma::fmat yPermuted = mha.forward(permuted, 2, 4);
    COMPARE_MATRIX(yPermuted, expected, 1e-5f);
    QVERIFY(arma::abs(yPermuted - y).max() > 1e-3f); // the outputs did move
    // The causal mask breaks the symmetry: the same permutation no longer commutes.
    MultiHeadAttention causal(4, 2, true);
    ParameterBuffer causalBuffer;
    causalBuffer.add(causal);
    causalBuffer.allocate();
    fillRandom(causalBuffer, 51);
    const arma::fmat yc = causal.forward(x, 2, 4);
    arma::fmat expectedCausal(4, 8);
    for (arma::uword b = 0; b < 2; ++b)
        for (arma::uword i = 0; i < 4; ++i)
            expectedCausal.col(4 * b + i) = yc.col(4 * b + order[i]);
    QVERIFY(arma::abs(causal.forward(permuted, 2, 4) - expectedCausal).max() > 1e-3f);
}

void TestAttention::gradientScaledDotProduct_data()
{
    QTest::addColumn<bool>("causal");
    QTest::addColumn<float>("dropout");
    QTest::newRow("full") << false << 0.0f;
    QTest::newRow("causal") << true << 0.0f;
    QTest::newRow("causal, dropout 0.3") << true << 0.3f; // attn_pdrop, a fixed mask
}

void TestAttention::gradientScaledDotProduct()
{
    QFETCH(bool, causal);
    QFETCH(float, dropout);
    ScaledDotProductAttention attention(4, causal, dropout);
    arma::fmat q = 1.5f * randomMatrix(4, 6, 61); // B = 2, T = 3
    arma::fmat k = 1.5f * randomMatrix(4, 6, 62);
    arma::fmat v = randomMatrix(4, 6, 63);
    const arma::fmat projection = randomMatrix(4, 6, 64);
    auto loss = [&]() {
        attention.setDropoutSeed(5); // the same mask for every evaluation
        return projectedLoss(attention.forward(q, k, v, 2, 3), projection);
    };
    loss();
    const ScaledDotProductAttention::Gradients analytic = attention.backward(projection);
    if (dropout > 0.0f) // the mask dropped some probabilities; the views keep them all
        QVERIFY(arma::any(arma::vectorise(attention.dropout().mask() == 0.0f)));
    QVERIFY(arma::abs(arma::sum(attention.probabilities(), 0) - 1.0f).max() < 1e-5f);
    const GradientTolerance tolerance{1e-2, 1e-3, 1e-2};
    GradientCheckResult result = checkGradient(loss, q.memptr(), analytic.query.memptr(),
                                               q.n_elem, tolerance, "query");
    result.merge(checkGradient(loss, k.memptr(), analytic.key.memptr(), k.n_elem, tolerance,
                               "key"));
    result.merge(checkGradient(loss, v.memptr(), analytic.value.memptr(), v.n_elem,
                               tolerance, "value"));
    VERIFY_GRADIENT(result);
    // A gradient that vanished would pass trivially; this one does not.
    QVERIFY(arma::abs(analytic.query).max() > 1e-2f);
    QVERIFY(arma::abs(analytic.key).max() > 1e-2f);
}

void TestAttention::gradientMultiHead_data()
{
    QTest::addColumn<bool>("causal");
    QTest::newRow("causal") << true;
    QTest::newRow("full") << false;
}

void TestAttention::gradientMultiHead()
{
    QFETCH(bool, causal);
    MultiHeadAttention mha(4, 2, causal); // C = 4, NH = 2
    ParameterBuffer buffer;
    buffer.add(mha);
    buffer.allocate();
    fillRandom(buffer, 71);
    FixedShapeAttention fixed{mha, 2, 3}; // B = 2, T = 3
    VERIFY_GRADIENT(checkLayer(fixed, randomMatrix(4, 6, 72), &buffer, {1e-2, 1e-3, 1e-2}));
}

void TestAttention::buffersAreReused()
{
    MultiHeadAttention mha(4, 2);
    ParameterBuffer buffer;
    buffer.add(mha);
    buffer.allocate();
    fillRandom(buffer, 81);
    const float* output = mha.forward(randomMatrix(4, 6, 82), 2, 3).memptr();
    const float* inputGradient = mha.backward(randomMatrix(4, 6, 83)).memptr();
    QCOMPARE(mha.forward(randomMatrix(4, 6, 84), 2, 3).memptr(), output);
    QCOMPARE(mha.backward(randomMatrix(4, 6, 85)).memptr(), inputGradient);
}

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
