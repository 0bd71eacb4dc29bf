// GPT: the parameter count against the formula worked by hand, the gradient checker on a
// transformer block and on the whole model through its loss, the initial loss, causality,
// overfitting one repeated sequence with AdamW, nextTokenLogits against forward, and
// dropout: gradient checks with a fixed mask, evaluation mode equal to the model without
// dropout, training mode drawing new masks, and the masks' rate and scale.
#include "support/TinyGptConfig.h"
#include "models/Gpt.h"
#include "nn/AdamW.h"
#include "nn/ParameterBuffer.h"
#include "nn/TransformerBlock.h"
#include "core/Error.h"

#include "support/GradientCheck.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace lengua;
using namespace lengua::test;

namespace {

std::vector<TokenId> randomIds(std::size_t count, std::size_t vocabulary, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    std::vector<TokenId> ids(count);
    for (TokenId& id : ids)
        id = TokenId(engine() % vocabulary);
    return ids;
}

// Gives TransformerBlock the one-argument forward that checkLayer expects.
struct FixedShapeBlock {
    TransformerBlock& layer;
    std::size_t batch;
    std::size_t length;
    const arma::fmat& forward(const arma::fmat& x) { return layer.forward(x, batch, length); }
    const arma::fmat& backward(const arma::fmat& dy) { return layer.backward(dy); }
};

} // namespace

class TestGpt : public QObject {
    Q_OBJECT

private slots:
    void parameterCountMatchesHandFormula();
    void initialisationFollowsGpt2();
    void rejectsBadConfig();
    void blockPassesGradientCheck();
    void gptPassesGradientCheck();
    void initialLossIsLogVocabulary();
    void logitsDoNotDependOnLaterTokens();
    void adamWOverfitsRepeatedSequence();
    void nextTokenLogitsIsLastColumnOfForward();
    void inspectKeepsEveryHeadsCausalAttention();
    void blockWithDropoutPassesGradientCheck();
    void gptWithDropoutPassesGradientCheck();
    void evaluationModeIsDeterministicAndIgnoresDropout();
    void trainingModeDrawsNewMasks();
    void dropoutMasksHaveTheRateAndScale();
};

void TestGpt::parameterCountMatchesHandFormula()
{
    // V = 11, maxT = 8, L = 2, NH = 2, C = 8:
    //   wte  V C  = 11 * 8                                     =   88
    //   wpe  T C  =  8 * 8                                     =   64
    //   per block: ln_1 2C = 16; attn c_attn 3C*C + 3C = 192 + 24 = 216,
    //              c_proj C*C + C = 72; ln_2 16; mlp c_fc 4C*C + 4C = 256 + 32 = 288,
    //              c_proj C*4C + C = 264  -> 16 + 216 + 72 + 16 + 288 + 264 = 872
    //   two blocks                                             = 1744
    //   ln_f 2C                                                =   16
    //   total 88 + 64 + 1744 + 16                              = 1912 (the head is tied)
    GptConfig config;
    config.vocabularySize = 11;
    config.contextLength = 8;
    config.layers = 2;
    config.heads = 2;
    config.channels = 8;
    Gpt gpt(config);
    QCOMPARE(gpt.parameterCount(), std::size_t(1912));
    QCOMPARE(Gpt::parameterCount(config), std::size_t(1912));
    QCOMPARE(gpt.parameters().n_elem, arma::uword(1912));
    QCOMPARE(gpt.gradients().n_elem, arma::uword(1912));
}

void TestGpt::initialisationFollowsGpt2()
{
    GptConfig config = tinyGptConfig();
    config.channels = 32;
    config.vocabularySize = 64;
    config.layers = 2;
    Gpt gpt(config);
    auto sampleStd = [](const arma::fmat& weight) {
        return double(arma::stddev(arma::vectorise(weight)));
    };
    // 2048 draws of N(0, 0.02): the sample deviation is within 5% of 0.02.
    QVERIFY(std::abs(sampleStd(gpt.tokenEmbedding().table()) - 0.02) < 0.001);
    // c_proj: 0.02 / sqrt(2 L) = 0.01 for L = 2 (4096 draws).
    QVERIFY(std::abs(sampleStd(gpt.block(0).mlp().proj().weight()) - 0.01) < 0.0006);
    QVERIFY(std::abs(sampleStd(gpt.block(1).attention().outputProjection().weight()) - 0.01)
            < 0.001);
    QVERIFY(arma::all(gpt.block(1).ln2().gamma() == 1.0f));
    QVERIFY(arma::all(gpt.finalNorm().beta() == 0.0f));
    QVERIFY(arma::all(gpt.block(0).mlp().fc().bias() == 0.0f));
    // The same seed gives the same weights, another seed others.
    Gpt same(config);
    QVERIFY(arma::all(same.parameters() == gpt.parameters()));
    config.seed += 1;
    Gpt other(config);
    QVERIFY(arma::any(other.parameters() != gpt.parameters()));
    // A model about to be loaded skips the draws: zeros, same layout.
    const Gpt empty(tinyGptConfig(), Gpt::Weights::Zero);
    QCOMPARE(empty.parameterCount(), Gpt::parameterCount(tinyGptConfig()));
    QCOMPARE(arma::abs(empty.parameters()).max(), 0.0f);
}

void TestGpt::rejectsBadConfig()
{
    GptConfig config = tinyGptConfig();
    config.heads = 3; // 4 channels do not split into 3 heads
    QVERIFY_THROWS_EXCEPTION(Error, Gpt{config});
    for (const float dropout : {1.0f, -0.1f, std::nanf("")}) {
        config = tinyGptConfig();
        config.dropout = dropout;
        QVERIFY_THROWS_EXCEPTION(Error, Gpt{config});
    }
    config = tinyGptConfig();
    config.dropout = 0.1f; // GPT-2's rate is accepted
    QCOMPARE(Gpt(config).config().dropout, 0.1f);
    Gpt gpt(tinyGptConfig());
    const std::vector<TokenId> tooLong = randomIds(5, 7, 1); // maxT is 4
    QVERIFY_THROWS_EXCEPTION(Error, gpt.forward(tooLong, 1, 5));
    QVERIFY_THROWS_EXCEPTION(Error, gpt.backward()); // no loss() yet
}

void TestGpt::blockPassesGradientCheck()
{
    TransformerBlock block(4, 2);
    ParameterBuffer buffer;
    buffer.add(block);
    buffer.allocate();
    buffer.parameters() = arma::vectorise(randomMatrix(buffer.count(), 1, 77u));
    QCOMPARE(buffer.count(), std::size_t(12 * 16 + 13 * 4));
    FixedShapeBlock adapter{block, 2, 3};
    const GradientCheckResult result =
        checkLayer(adapter, randomMatrix(4, 6, 78u), &buffer, GradientTolerance{});
    QVERIFY2(result.passed, result.message.c_str());
    QCOMPARE(result.checked, std::size_t(4 * 6 + buffer.count()));
}

void TestGpt::gptPassesGradientCheck()
{
    Gpt gpt(tinyGptConfig());
    // Weights far larger than GPT-2's 0.02, so that every path carries a visible gradient.
    gpt.parameters() = 0.5f * arma::vectorise(randomMatrix(gpt.parameterCount(), 1, 91u));
    const std::size_t batch = 2, length = 3;
    const std::vector<TokenId> ids = {1, 4, 4, 6, 0, 1}; // token 4 twice: wte accumulates
    const std::vector<TokenId> targets = {4, 4, 6, 0, 1, 2};
    gpt.loss(ids, targets, batch, length);
    gpt.backward();
    const arma::fvec analytic = gpt.gradients();
    QVERIFY(arma::norm(analytic) > 0.1f);
    auto loss = [&]() { return double(gpt.loss(ids, targets, batch, length)); };
    const GradientCheckResult result =
        checkGradient(loss, gpt.parameters().memptr(), analytic.memptr(), gpt.parameterCount(),
                      GradientTolerance{}, "parameter");
    QVERIFY2(result.passed, result.message.c_str());
    QCOMPARE(result.checked, gpt.parameterCount());
}

void TestGpt::initialLossIsLogVocabulary()
{
    // With weights of 0.02 the logits are close to 0, so the prediction is close to
    // uniform and the cross-entropy close to ln V.
    GptConfig config;
    config.vocabularySize = 50;
    config.contextLength = 16;
    config.layers = 2;
    config.heads = 2;
    config.channels = 16;
    Gpt gpt(config);
    const std::vector<TokenId> ids = randomIds(4 * 16, 50, 3u);
    const std::vector<TokenId> targets = randomIds(4 * 16, 50, 4u);
    const float loss = gpt.loss(ids, targets, 4, 16);
    QVERIFY2(std::abs(loss - std::log(50.0f)) < 0.1f, qPrintable(QString::number(loss)));
}

void TestGpt::logitsDoNotDependOnLaterTokens()
{
    GptConfig config = tinyGptConfig();
    config.contextLength = 6;
    Gpt gpt(config);
    gpt.parameters() = 0.5f * arma::vectorise(randomMatrix(gpt.parameterCount(), 1, 12u));
    std::vector<TokenId> ids = {3, 1, 5, 2, 0, 6};
    const arma::fmat before = gpt.forward(ids, 1, 6);
    ids[3] = 4; // change token t + 1 = 3
    const arma::fmat after = gpt.forward(ids, 1, 6);
    QVERIFY(arma::all(arma::vectorise(before.cols(0, 2) == after.cols(0, 2))));
    // ... and the change does reach its own position and the later ones.
    for (arma::uword column = 3; column < 6; ++column)
        QVERIFY(arma::any(before.col(column) != after.col(column)));
}

void TestGpt::adamWOverfitsRepeatedSequence()
{
    GptConfig config;
    config.vocabularySize = 8;
    config.contextLength = 8;
    config.layers = 1;
    config.heads = 2;
    config.channels = 16;
    config.seed = 42;
    Gpt gpt(config);
    // "0 1 2 3 0 1 2 3 ..." : each next token is fixed by the current one.
    const std::vector<TokenId> ids = {0, 1, 2, 3, 0, 1, 2, 3, 1, 2, 3, 0, 1, 2, 3, 0};
    const std::vector<TokenId> targets = {1, 2, 3, 0, 1, 2, 3, 0, 2, 3, 0, 1, 2, 3, 0, 1};
    AdamW optimizer(0.9f, 0.999f, 1e-8f, 0.0f);
    const float first = gpt.loss(ids, targets, 2, 8);
    float loss = first;
    for (int step = 0; step < 100 && loss >= 0.1f; ++step) {
        gpt.backward();
        optimizer.step(gpt.parameters(), gpt.gradients(), 1e-2f);
        loss = gpt.loss(ids, targets, 2, 8);
    }
    QVERIFY2(first > 1.5f, qPrintable(QString::number(first)));
    QVERIFY2(loss < 0.1f, qPrintable(QString::number(loss)));
}

void TestGpt::nextTokenLogitsIsLastColumnOfForward()
{
    GptConfig config = tinyGptConfig();
    config.contextLength = 5;
    Gpt gpt(config);
    gpt.parameters() = 0.5f * arma::vectorise(randomMatrix(gpt.parameterCount(), 1, 21u));
    const std::vector<TokenId> context = {2, 6, 1, 1, 3};
    const std::vector<float> logits = gpt.nextTokenLogits(context);
    const arma::fmat forward = gpt.forward(context, 1, 5);
    QCOMPARE(logits.size(), std::size_t(7));
    for (std::size_t v = 0; v < 7; ++v)
        QCOMPARE(logits[v], forward(v, 4));
    // A longer context is cropped to its last contextLength() = 5 tokens.
    const std::vector<TokenId> longer = {0, 5, 2, 6, 1, 1, 3};
    QVERIFY(gpt.nextTokenLogits(longer) == logits);
    QVERIFY_THROWS_EXCEPTION(Error, gpt.nextTokenLogits({}));
    QCOMPARE(gpt.vocabularySize(), std::size_t(7));
    QCOMPARE(gpt.contextLength(), std::size_t(5));
}

void TestGpt::inspectKeepsEveryHeadsCausalAttention()
{
    GptConfig config = tinyGptConfig();
    config.contextLength = 4;
    Gpt gpt(config);
    gpt.parameters() = 0.5f * arma::vectorise(randomMatrix(gpt.parameterCount(), 1, 5u));
    const std::vector<TokenId> context = {1, 2, 6, 1, 3}; // cropped to its last 4
    const GptInspection inspection = gpt.inspect(context);
    QVERIFY(inspection.ids == std::vector<TokenId>({2, 6, 1, 3}));
    QVERIFY(inspection.nextLogits == gpt.nextTokenLogits(context));
    QCOMPARE(inspection.layers, config.layers);
    QCOMPARE(inspection.heads, config.heads);
    QCOMPARE(inspection.attention.size(), config.layers * config.heads);
    for (std::size_t layer = 0; layer < config.layers; ++layer)
        for (std::size_t head = 0; head < config.heads; ++head) {
            const arma::fmat& p = inspection.attentionOf(layer, head);
            QCOMPARE(p.n_rows, arma::uword(4));
            QCOMPARE(p.n_cols, arma::uword(4));
            for (arma::uword i = 0; i < 4; ++i) {
                QVERIFY(std::abs(arma::accu(p.col(i)) - 1.0f) < 1e-5f);
                for (arma::uword j = i + 1; j < 4; ++j)
                    QCOMPARE(p(j, i), 0.0f);
            }
            // The first query can only attend to itself.
            QCOMPARE(p(0, 0), 1.0f);
        }
    // The layer average is the mean of its heads, and still a causal attention.
    const arma::fmat average = inspection.layerAverage(1);
    QVERIFY(arma::approx_equal(average, 0.5f * (inspection.attentionOf(1, 0) + inspection.attentionOf(1, 1)),
                               "absdiff", 1e-7f));
    QVERIFY(std::abs(arma::accu(average.col(2)) - 1.0f) < 1e-5f);
    QCOMPARE(average(3, 1), 0.0f);
    // Heads differ (random weights): the maps are not one matrix copied.
    QVERIFY(arma::abs(inspection.attentionOf(0, 0) - inspection.attentionOf(0, 1)).max() > 1e-4f);
    QVERIFY_THROWS_EXCEPTION(Error, gpt.inspect({}));
}

void TestGpt::blockWithDropoutPassesGradientCheck()
{
    TransformerBlock block(4, 2, 0.3f);
    ParameterBuffer buffer;
    buffer.add(block);
    buffer.allocate();
    buffer.parameters() = arma::vectorise(randomMatrix(buffer.count(), 1, 77u));
    block.setTraining(true);
    FixedShapeBlock adapter{block, 2, 3};
    // The same seed before every forward: both finite-difference evaluations see the
    // mask that the analytic gradient used.
    const GradientCheckResult result = checkLayer(adapter, randomMatrix(4, 6, 78u), &buffer,
                                                  GradientTolerance{},
                                                  [&]() { block.setDropoutSeed(9); });
    QVERIFY2(result.passed, result.message.c_str());
    QVERIFY(arma::any(arma::vectorise(block.attentionDropout().mask() == 0.0f)));
    QVERIFY(arma::any(arma::vectorise(block.mlpDropout().mask() == 0.0f)));
    QVERIFY(arma::any(arma::vectorise(block.attention().probabilityDropout().mask() == 0.0f)));
}

void TestGpt::gptWithDropoutPassesGradientCheck()
{
    GptConfig config = tinyGptConfig();
    config.dropout = 0.25f;
    Gpt gpt(config);
    gpt.parameters() = 0.5f * arma::vectorise(randomMatrix(gpt.parameterCount(), 1, 91u));
    gpt.setTraining(true);
    const std::size_t batch = 2, length = 3;
    const std::vector<TokenId> ids = {1, 4, 4, 6, 0, 1};
    const std::vector<TokenId> targets = {4, 4, 6, 0, 1, 2};
    auto loss = [&]() {
        gpt.setDropoutSeed(3); // a fixed mask for every evaluation
        return double(gpt.loss(ids, targets, batch, length));
    };
    loss();
    gpt.backward();
    const arma::fvec analytic = gpt.gradients();
    QVERIFY(arma::any(arma::vectorise(gpt.embeddingDropout().mask() == 0.0f)));
    QVERIFY(arma::any(arma::vectorise(gpt.block(1).mlpDropout().mask() == 0.0f)));
    // The mask matters: without dropout the gradient is another one.
    Gpt plain(tinyGptConfig());
    plain.parameters() = gpt.parameters();
    plain.loss(ids, targets, batch, length);
    plain.backward();
    QVERIFY(arma::abs(plain.gradients() - analytic).max() > 1e-3f);
    // A smaller step than the default: the kept activations are scaled by 4/3, so the
    // loss curves more within +-h and h = 1e-2 leaves a truncation error near 2 %.
    const GradientCheckResult result =
        checkGradient(loss, gpt.parameters().memptr(), analytic.memptr(), gpt.parameterCount(),
                      GradientTolerance{3e-3, 1e-3, 1e-2}, "parameter");
    QVERIFY2(result.passed, result.message.c_str());
    QCOMPARE(result.checked, gpt.parameterCount());
}

void TestGpt::evaluationModeIsDeterministicAndIgnoresDropout()
{
    GptConfig config = tinyGptConfig();
    config.dropout = 0.5f;
    Gpt dropping(config);
    Gpt plain(tinyGptConfig());
    // The dropout rate does not change the initial weights.
    QVERIFY(arma::all(dropping.parameters() == plain.parameters()));
    QVERIFY(!dropping.isTraining()); // a new model evaluates
    const std::vector<TokenId> ids = {2, 6, 1, 3, 0, 5, 5, 4};
    const arma::fmat expected = plain.forward(ids, 2, 4);
    QVERIFY(arma::all(arma::vectorise(dropping.forward(ids, 2, 4) == expected)));
    QVERIFY(arma::all(arma::vectorise(dropping.forward(ids, 2, 4) == expected)));
    QCOMPARE(dropping.embeddingDropout().mask().n_elem, arma::uword(0));
    // Inference evaluates even in training mode: logits, inspection and sessions.
    dropping.setTraining(true);
    const std::vector<TokenId> context = {2, 6, 1, 3};
    const std::vector<float> logits = plain.nextTokenLogits(context);
    QVERIFY(dropping.nextTokenLogits(context) == logits);
    QVERIFY(dropping.inspect(context).nextLogits == logits);
    auto session = dropping.startSession();
    for (TokenId id : context)
        session->append(id);
    const std::vector<float> cached = session->logits();
    for (std::size_t v = 0; v < logits.size(); ++v)
        QVERIFY(std::abs(cached[v] - logits[v]) < 1e-5f);
    QVERIFY(dropping.isTraining()); // ... and leaves the mode as it was
}

void TestGpt::trainingModeDrawsNewMasks()
{
    GptConfig config = tinyGptConfig();
    config.dropout = 0.3f;
    Gpt gpt(config);
    const std::vector<TokenId> ids = {2, 6, 1, 3, 0, 5, 5, 4};
    const arma::fmat evaluated = gpt.forward(ids, 2, 4);
    gpt.setTraining(true);
    gpt.setDropoutSeed(11);
    const arma::fmat first = gpt.forward(ids, 2, 4);
    const arma::fmat second = gpt.forward(ids, 2, 4); // the stream goes on: a new mask
    QVERIFY(arma::abs(first - evaluated).max() > 1e-4f);
    QVERIFY(arma::abs(second - first).max() > 1e-4f);
    gpt.setDropoutSeed(11); // the same seed replays the same masks
    QVERIFY(arma::all(arma::vectorise(gpt.forward(ids, 2, 4) == first)));
    gpt.setTraining(false);
    QVERIFY(arma::all(arma::vectorise(gpt.forward(ids, 2, 4) == evaluated)));
}

void TestGpt::dropoutMasksHaveTheRateAndScale()
{
    // Inverted dropout keeps the expected activation: each element is kept with
    // probability 1 - p and then scaled by 1 / (1 - p), so E[mask] = 1.
    GptConfig config = tinyGptConfig();
    config.dropout = 0.2f;
    config.channels = 32;
    config.heads = 4;
    config.contextLength = 64;
    Gpt gpt(config);
    gpt.setTraining(true);
    const std::vector<TokenId> ids = randomIds(4 * 64, config.vocabularySize, 8u);
    gpt.forward(ids, 4, 64);
    // Each mask has C N = 32 * 256 = 8192 entries: the kept count has mean 6553.6 and
    // standard deviation sqrt(8192 * 0.8 * 0.2) = 36.2; 5 deviations either side.
    for (const arma::fmat* mask : {&gpt.embeddingDropout().mask(),
                                   &gpt.block(0).attentionDropout().mask(),
                                   &gpt.block(1).mlpDropout().mask()}) {
        QCOMPARE(mask->n_rows, arma::uword(32));
        QCOMPARE(mask->n_cols, arma::uword(256));
        QVERIFY(arma::all(arma::vectorise((*mask == 0.0f) + (*mask == 1.25f)) == 1));
        const double kept = double(arma::accu(*mask != 0.0f));
        QVERIFY2(std::abs(kept - 6553.6) < 5.0 * 36.2, qPrintable(QString::number(kept)));
        // The mean of the mask, the activation's scale: 1 within 5 deviations
        // (1.25 * 36.2 / 8192 = 0.0055).
        QVERIFY(std::abs(double(arma::mean(arma::vectorise(*mask))) - 1.0) < 0.028);
    }
    // The layers draw different masks (their streams are seeded apart).
    QVERIFY(arma::any(arma::vectorise(gpt.block(0).attentionDropout().mask()
                                      != gpt.block(0).mlpDropout().mask())));
    QVERIFY(arma::any(arma::vectorise(gpt.block(0).mlpDropout().mask()
                                      != gpt.block(1).mlpDropout().mask())));
}

QTEST_GUILESS_MAIN(TestGpt)
#include "tst_gpt.moc"
