// The attention lesson's toy computations (engine/models/SelfAttentionLesson,
// PositionalEncodingLesson, LayerVsBatchNorm, LessonEmbeddings), checked against values
// worked out by hand from the lecture's formulas (clase 5, "Mecanismo de atención",
// "Query, keys y values", "Positional encoding", "Normalización de capas").
#include "models/Gpt.h"
#include "models/LayerVsBatchNorm.h"
#include "models/LessonEmbeddings.h"
#include "models/PositionalEncodingLesson.h"
#include "models/SelfAttentionLesson.h"
#include "nn/ScaledDotProductAttention.h"
#include "core/Error.h"

#include "support/MatrixAssertions.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

arma::fmat mat(std::initializer_list<std::initializer_list<float>> rows)
{
    return arma::fmat(rows);
}

const arma::fmat handX = mat({{1, 0}, {0, 1}, {1, 1}}); // three tokens (rows), d = 2

} // namespace

class TestAttentionLesson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void similarityAttentionByHand();
    void causalSimilarityAttentionByHand();
    void causalMaskZeroesUpperTriangle();
    void softmaxIsStableForLargeScores();
    void projectedAttentionEqualsScaledDotProduct();
    void projectedAttentionRejectsBadShapes();
    void randomEmbeddingsRepeatWords();
    void lessonWordsAreThePipelinesWords();
    void gptWeightsAreReadFromTheRightPlace();
    void sinusoidalPositionsByHand();
    void wordOrderNeedsPositions();
    void layerNormByHand();
    void batchNormByHand();
    void layerNormIgnoresTheBatch();
};

// X = [[1,0],[0,1],[1,1]]: X Xᵀ = [[1,0,1],[0,1,1],[1,1,2]].
// Row 0: softmax(1, 0, 1) = (e, 1, e) / (2e + 1) = (0.422319, 0.155362, 0.422319).
// Row 1: softmax(0, 1, 1) = (0.155362, 0.422319, 0.422319).
// Row 2: softmax(1, 1, 2) = (e, e, e²) / (2e + e²) = (0.211942, 0.211942, 0.576117).
// y_0 = 0.422319 (1,0) + 0.155362 (0,1) + 0.422319 (1,1) = (0.844638, 0.577681).
void TestAttentionLesson::similarityAttentionByHand()
{
    const AttentionSteps steps = similarityAttention(handX, false);
    COMPARE_MATRIX(steps.scores, mat({{1, 0, 1}, {0, 1, 1}, {1, 1, 2}}), 1e-6f);
    COMPARE_MATRIX(steps.weights, mat({{0.422319f, 0.155362f, 0.422319f},
                                       {0.155362f, 0.422319f, 0.422319f},
                                       {0.211942f, 0.211942f, 0.576117f}}), 1e-5f);
    COMPARE_MATRIX(steps.output.row(0), mat({{0.844638f, 0.577681f}}), 1e-5f);
    COMPARE_MATRIX(steps.output.row(2), mat({{0.788059f, 0.788059f}}), 1e-5f);
}

// With j ≤ i (the lecture's "con j ≤ i"): row 0 sees itself only, (1, 0, 0); row 1 is
// softmax(0, 1) = (1/(1+e), e/(1+e)) = (0.268941, 0.731059); row 2 is unchanged.
// y_1 = 0.268941 (1,0) + 0.731059 (0,1); y_2 = (0.211942 + 0.576117) (1, 1).
void TestAttentionLesson::causalSimilarityAttentionByHand()
{
    const AttentionSteps steps = similarityAttention(handX, true);
    COMPARE_MATRIX(steps.weights, mat({{1, 0, 0},
                                       {0.268941f, 0.731059f, 0},
                                       {0.211942f, 0.211942f, 0.576117f}}), 1e-5f);
    COMPARE_MATRIX(steps.output, mat({{1, 0}, {0.268941f, 0.731059f}, {0.788059f, 0.788059f}}),
                   1e-5f);
    QVERIFY(std::isinf(steps.scores(0, 1)) && steps.scores(0, 1) < 0);
    QCOMPARE(steps.scores(1, 0), 0.0f);
}

void TestAttentionLesson::causalMaskZeroesUpperTriangle()
{
    const std::vector<std::string> words = lessonWords(
        "El señorial chalet se encontraba a la izquierda de la escuela");
    const arma::fmat x = randomWordEmbeddings(words, 8, 3);
    for (const bool causal : {false, true}) {
        const AttentionSteps steps = similarityAttention(x, causal);
        for (std::size_t i = 0; i < words.size(); ++i) {
            QVERIFY(std::abs(arma::accu(steps.weights.row(i)) - 1.0f) < 1e-5f);
            for (std::size_t j = i + 1; j < words.size(); ++j)
                QVERIFY(causal ? steps.weights(i, j) == 0.0f : steps.weights(i, j) > 0.0f);
        }
    }
}

// exp(1000) overflows a float; subtracting the row maximum first keeps softmax exact:
// softmax(1000, 999) = (1, e⁻¹) / (1 + e⁻¹) = (0.731059, 0.268941).
void TestAttentionLesson::softmaxIsStableForLargeScores()
{
    const arma::fmat weights = rowSoftmax(mat({{1000, 999}, {-1000, 0}}), false);
    COMPARE_MATRIX(weights, mat({{0.731059f, 0.268941f}, {0, 1}}), 1e-6f);
}

// The Q, K, V path against the neural core's layer on the same numbers: the core keeps
// one token per column, so it gets Qᵀ, Kᵀ, Vᵀ and returns Yᵀ and P(j, i) = α(i, j).
void TestAttentionLesson::projectedAttentionEqualsScaledDotProduct()
{
    const std::vector<std::string> words = lessonWords("Vamos a ir al río en lugar de ir a la facu");
    const arma::fmat x = randomWordEmbeddings(words, 6, 11); // (T, 6)
    const QkvProjections w = randomQkvProjections(6, 4, 12);
    for (const bool causal : {false, true}) {
        const QkvAttentionSteps steps = projectedAttention(x, w, causal);
        COMPARE_MATRIX(steps.query, x * w.query, 1e-6f);
        ScaledDotProductAttention core(4, causal);
        const arma::fmat& y = core.forward(steps.query.t(), steps.key.t(), steps.value.t(), 1,
                                           words.size());
        COMPARE_MATRIX(steps.attention.output, arma::fmat(y.t()), 1e-5f);
        COMPARE_MATRIX(steps.attention.weights, arma::fmat(core.probabilities(0).t()), 1e-5f);
    }
}

void TestAttentionLesson::projectedAttentionRejectsBadShapes()
{
    const QkvProjections w = randomQkvProjections(5, 4, 1);
    QVERIFY_THROWS_EXCEPTION(Error, projectedAttention(handX, w, false));
}

void TestAttentionLesson::randomEmbeddingsRepeatWords()
{
    const std::vector<std::string> words = lessonWords("ir a ir b");
    const arma::fmat x = randomWordEmbeddings(words, 5, 7);
    COMPARE_MATRIX(x.row(0), x.row(2), 0.0f);
    QVERIFY(arma::abs(x.row(0) - x.row(1)).max() > 1e-3f);
    COMPARE_MATRIX(x, randomWordEmbeddings(words, 5, 7), 0.0f);                // same seed
    QVERIFY(arma::abs(x - randomWordEmbeddings(words, 5, 8)).max() > 1e-3f);   // other seed
}

void TestAttentionLesson::lessonWordsAreThePipelinesWords()
{
    const std::vector<std::string> words = lessonWords("  El señorial\tchalet,  se\n escuela.");
    QCOMPARE(words.size(), std::size_t(5));
    QCOMPARE(words[1], std::string("señorial"));
    QCOMPARE(words[2], std::string("chalet"));
    QCOMPARE(words[4], std::string("escuela"));
    QVERIFY(lessonWords("   ").empty());
}

// The readers use the documented parameter layout; the model's own accessors must agree.
void TestAttentionLesson::gptWeightsAreReadFromTheRightPlace()
{
    GptConfig config;
    config.vocabularySize = 11;
    config.contextLength = 6;
    config.layers = 2;
    config.heads = 2;
    config.channels = 8;
    config.seed = 4;
    Gpt gpt(config);
    const std::vector<TokenId> ids{3, 0, 10};
    const arma::fmat x = gptTokenEmbeddings(gpt, ids);
    for (std::size_t t = 0; t < ids.size(); ++t)
        COMPARE_MATRIX(arma::fmat(x.row(t).t()), arma::fmat(gpt.tokenEmbedding().table().col(ids[t])), 0.0f);
    COMPARE_MATRIX(gptPositionEmbeddings(gpt, 4),
                   arma::fmat(gpt.positionEmbedding().table().cols(0, 3).t()), 0.0f);
    QVERIFY_THROWS_EXCEPTION(Error, gptPositionEmbeddings(gpt, 7));
    const std::vector<TokenId> bad{11};
    QVERIFY_THROWS_EXCEPTION(Error, gptTokenEmbeddings(gpt, bad));

    // Layer 1, head 1: rows C + HS .. C + 2 HS - 1 of c_attn's weight are that head's keys.
    const QkvProjections w = gptQkvProjections(gpt, 1, 1);
    const arma::fmat& attn = gpt.block(1).attention().qkvProjection().weight(); // (3C, C)
    COMPARE_MATRIX(w.query, arma::fmat(attn.rows(4, 7).t()), 0.0f);
    COMPARE_MATRIX(w.key, arma::fmat(attn.rows(12, 15).t()), 0.0f);
    COMPARE_MATRIX(w.value, arma::fmat(attn.rows(20, 23).t()), 0.0f);
    QVERIFY_THROWS_EXCEPTION(Error, gptQkvProjections(gpt, 2, 0));
}

// The lecture: r_{n,i} = sin(n / L^{i/D}) (i even, 0-based), cos(n / L^{(i-1)/D}) (i odd).
// With L = 100, D = 4: r_{1,·} = (sin 1, cos 1, sin(1/10), cos(1/10))
//   = (0.841471, 0.540302, 0.0998334, 0.995004); r_{0,·} = (0, 1, 0, 1).
void TestAttentionLesson::sinusoidalPositionsByHand()
{
    const arma::fmat r = sinusoidalPositions(3, 4, 100.0);
    QCOMPARE(r.n_rows, arma::uword(3));
    QCOMPARE(r.n_cols, arma::uword(4));
    COMPARE_MATRIX(r.row(0), mat({{0, 1, 0, 1}}), 1e-6f);
    COMPARE_MATRIX(r.row(1), mat({{0.841471f, 0.540302f, 0.0998334f, 0.995004f}}), 1e-5f);
    // n = 2: sin 2 = 0.909297, cos 2 = -0.416147, sin 0.2 = 0.198669, cos 0.2 = 0.980067
    COMPARE_MATRIX(r.row(2), mat({{0.909297f, -0.416147f, 0.198669f, 0.980067f}}), 1e-5f);
}

// The lecture's pair: the same words in another order. Without positions every word is
// the same vector in both (cosine 1), the bags are equal and self-attention gives each
// word the same output in both (it only permutes rows); with x + r they differ.
void TestAttentionLesson::wordOrderNeedsPositions()
{
    const auto first = lessonWords("Vamos a ir al río en lugar de ir a la facu");
    const auto second = lessonWords("Vamos a ir a la facu en lugar de ir al río");
    const std::size_t d = 8;
    const arma::fmat r = sinusoidalPositions(first.size(), d, 10000.0);
    const WordOrderComparison c = compareWordOrder(first, randomWordEmbeddings(first, d, 1),
                                                   second, randomWordEmbeddings(second, d, 1), r);
    QCOMPARE(c.wordCosineWithoutPositions.size(), first.size());
    for (std::size_t n = 0; n < first.size(); ++n)
        QVERIFY(std::abs(c.wordCosineWithoutPositions[n] - 1.0) < 1e-5);
    QVERIFY(c.bagDistance < 1e-4);
    for (std::size_t n = 0; n < first.size(); ++n)
        QVERIFY(std::abs(c.contextCosineWithoutPositions[n] - 1.0) < 1e-5);
    QVERIFY(std::abs(c.meanContextCosineWithoutPositions - 1.0) < 1e-5);
    QVERIFY(c.meanContextCosineWithPositions < 0.99);
    QVERIFY(c.contextCosineWithPositions[4] < 0.99);
    // "Vamos", "a", "ir" open both sentences: same position, same vector, cosine 1.
    QVERIFY(std::abs(c.wordCosineWithPositions[0] - 1.0) < 1e-5);
    // "río" is word 4 in one and word 11 in the other.
    QVERIFY(c.wordCosineWithPositions[4] < 0.99);
    // A word the other sentence lacks has no partner.
    const auto third = lessonWords("Vamos a casa");
    const WordOrderComparison missing = compareWordOrder(
        third, randomWordEmbeddings(third, d, 1), first, randomWordEmbeddings(first, d, 1), r);
    QVERIFY(std::isnan(missing.wordCosineWithoutPositions[2]));
    // Too few positions for the sentence, or vectors of another dimension.
    QVERIFY_THROWS_EXCEPTION(Error, compareWordOrder(first, randomWordEmbeddings(first, d, 1), second,
                                                     randomWordEmbeddings(second, d, 1),
                                                     sinusoidalPositions(5, d, 10000.0)));
    QVERIFY_THROWS_EXCEPTION(Error, compareWordOrder(first, randomWordEmbeddings(first, d, 1), second,
                                                     randomWordEmbeddings(second, d + 1, 1), r));
}

// A 2-sentence batch, C = 3 features: sentence A = (1,2,3), (3,6,9); sentence B = (2,2,5)
// and one padding row (0,0,0). Layer norm, per token over its features (biased variance):
//   (1,2,3): mean 2, variance 2/3 -> (-1.224745, 0, 1.224745)
//   (3,6,9): mean 6, variance 6   -> (-1.224745, 0, 1.224745)
//   (2,2,5): mean 3, variance 2   -> (-0.707107, -0.707107, 1.414214)
void TestAttentionLesson::layerNormByHand()
{
    const PaddedBatch batch = padBatch({mat({{1, 2, 3}, {3, 6, 9}}), mat({{2, 2, 5}})});
    QCOMPARE(batch.maxLength, std::size_t(2));
    QVERIFY(batch.isPadding(3) && !batch.isPadding(2) && !batch.isPadding(1));
    const Normalized n = layerNormalize(batch, 0.0f);
    COMPARE_MATRIX(n.output, mat({{-1.224745f, 0, 1.224745f},
                                  {-1.224745f, 0, 1.224745f},
                                  {-0.707107f, -0.707107f, 1.414214f},
                                  {0, 0, 0}}), 1e-5f);
    QCOMPARE(n.mean[0], 2.0f);
    QVERIFY(std::abs(n.variance[0] - 2.0f / 3.0f) < 1e-6f);
    QVERIFY(std::abs(n.variance[2] - 2.0f) < 1e-6f);
    QVERIFY(std::isnan(n.mean[3]) && std::isnan(n.variance[3]));
}

// The same batch, per feature over the tokens.
// Real tokens only: feature 0 is (1,3,2): mean 2, variance 2/3 -> (-1.224745, 1.224745, 0);
//   feature 1 (2,6,2): mean 10/3, variance 32/9 -> (-0.707107, 1.414214, -0.707107);
//   feature 2 (3,9,5): mean 17/3, variance 56/9 -> (-1.069045, 1.336306, -0.267261).
// Counting the padding zero: feature 0 is (1,3,2,0): mean 1.5, variance 1.25 ->
//   (-0.447214, 1.341641, 0.447214, -1.341641): the padding moved every real token.
void TestAttentionLesson::batchNormByHand()
{
    const PaddedBatch batch = padBatch({mat({{1, 2, 3}, {3, 6, 9}}), mat({{2, 2, 5}})});
    const Normalized real = batchNormalize(batch, false, 0.0f);
    COMPARE_MATRIX(arma::fmat(real.output.rows(0, 2)),
                   mat({{-1.224745f, -0.707107f, -1.069045f},
                        {1.224745f, 1.414214f, 1.336306f},
                        {0, -0.707107f, -0.267261f}}), 1e-5f);
    COMPARE_MATRIX(arma::fmat(real.mean.t()), mat({{2, 10.0f / 3, 17.0f / 3}}), 1e-5f);
    COMPARE_MATRIX(arma::fmat(real.variance.t()), mat({{2.0f / 3, 32.0f / 9, 56.0f / 9}}), 1e-5f);
    const Normalized padded = batchNormalize(batch, true, 0.0f);
    COMPARE_MATRIX(arma::fmat(padded.output.col(0).t()),
                   mat({{-0.447214f, 1.341641f, 0.447214f, -1.341641f}}), 1e-5f);
    QCOMPARE(padded.mean[0], 1.5f);
    QCOMPARE(padded.variance[0], 1.25f);
}

void TestAttentionLesson::layerNormIgnoresTheBatch()
{
    const NormalizationComparison c = compareNormalizations(
        {mat({{1, 2, 3}, {3, 6, 9}}), mat({{2, 2, 5}})});
    QCOMPARE(c.layerNormChangeOfFirst, 0.0);
    // Alone, every feature of A has two values and normalises to (-1, 1). In the padded
    // batch feature 1 is (2, 6, 2, 0): mean 2.5, variance 4.75, so (2 - 2.5)/√4.75 =
    // -0.229416 instead of -1: the largest change, 0.770584 (features 0 and 2 move by at
    // most 0.552786 and 0.617640).
    QVERIFY(std::abs(c.batchNormChangeOfFirst - 0.770584) < 1e-4);
    QVERIFY_THROWS_EXCEPTION(Error, padBatch({mat({{1, 2}}), mat({{1, 2, 3}})}));
}

QTEST_GUILESS_MAIN(TestAttentionLesson)
#include "tst_attentionlesson.moc"
