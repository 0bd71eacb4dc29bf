// GptTrainer: learning a repeated pattern, reproducibility from the seed, cancellation
// keeping the last completed step, the too-short-stream errors, the stream of points, and
// the KV-cache session against nextTokenLogits(), and dropout: on for the steps, off for
// validation, reproducible from the seed.
#include "models/GptTrainer.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "models/Gpt.h"
#include "models/GptSession.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <stop_token>
#include <vector>

using namespace lengua;

namespace {

GptConfig tinyConfig()
{
    GptConfig config;
    config.vocabularySize = 4;
    config.contextLength = 8;
    config.layers = 1;
    config.heads = 2;
    config.channels = 16;
    config.seed = 7;
    return config;
}

// 0 1 2 3 0 1 2 3 ... : after one token the next is certain, so the loss can reach 0.
std::vector<TokenId> pattern(std::size_t count)
{
    std::vector<TokenId> tokens(count);
    for (std::size_t i = 0; i < count; ++i)
        tokens[i] = TokenId(i % 4);
    return tokens;
}

GptTrainingSettings tinySettings()
{
    GptTrainingSettings settings;
    settings.steps = 150;
    settings.batchSize = 4;
    settings.sequenceLength = 8;
    settings.maxLearningRate = 1e-2f;
    settings.minLearningRate = 1e-3f;
    settings.warmupSteps = 10;
    settings.weightDecay = 0.0f;
    settings.gradientClip = 1.0f;
    settings.validationFraction = 0.2;
    settings.evaluateEvery = 25;
    settings.evaluationBatches = 2;
    settings.seed = 11;
    return settings;
}

} // namespace

class TestGptTrainer : public QObject {
    Q_OBJECT

private slots:
    void splitKeepsTheTailForValidation();
    void learnsARepeatedPattern();
    void sameSeedSameLosses();
    void cancelKeepsTheLastCompletedStep();
    void tooShortStreamsAreErrors();
    void pointsArriveInOrderWithValidationEveryN();
    void samplesArePublished();
    void kvSessionEqualsNextTokenLogits();
    void kvSessionRejectsBadInput();
    void divergenceStopsWithAMessageAndFiniteWeights();
    void trainsWithDropoutAndValidatesWithout();
};

void TestGptTrainer::splitKeepsTheTailForValidation()
{
    QCOMPARE(GptTrainer::trainingTokenCount(100, 0.1), std::size_t(90));
    QCOMPARE(GptTrainer::trainingTokenCount(99, 0.1), std::size_t(90)); // floor(9.9) = 9 held
    QCOMPARE(GptTrainer::trainingTokenCount(50, 0.0), std::size_t(50));
}

void TestGptTrainer::learnsARepeatedPattern()
{
    Gpt gpt(tinyConfig());
    const std::vector<TokenId> tokens = pattern(400);
    const GptTrainingSettings settings = tinySettings();
    const std::span<const TokenId> validation
        = std::span<const TokenId>(tokens).subspan(GptTrainer::trainingTokenCount(400, 0.2));
    // Small initial weights give nearly uniform predictions: the loss starts at ln 4.
    const float initial = GptTrainer::evaluate(gpt, validation, 4, 8, 2);
    QVERIFY(std::abs(initial - std::log(4.0f)) < 0.05f);

    JobContext context;
    const GptTrainingResult result = GptTrainer::train(gpt, tokens, settings, context);
    QCOMPARE(result.completedSteps, std::size_t(150));
    QVERIFY(!result.cancelled);
    QVERIFY(result.validationLoss.has_value());
    QVERIFY2(*result.validationLoss < 0.2f, qPrintable(QString::number(*result.validationLoss)));
    QVERIFY(*result.validationLoss < std::log(4.0f));
    QCOMPARE(*result.validationPerplexity, std::exp(double(*result.validationLoss)));
    // The reported loss is what a fresh evaluation of the trained model gives.
    QCOMPARE(GptTrainer::evaluate(gpt, validation, 4, 8, 2), *result.validationLoss);
}

void TestGptTrainer::sameSeedSameLosses()
{
    const std::vector<TokenId> tokens = pattern(400);
    GptTrainingSettings settings = tinySettings();
    settings.steps = 20;
    auto run = [&](std::uint32_t seed) {
        Gpt gpt(tinyConfig());
        settings.seed = seed;
        std::vector<float> losses;
        GptTrainingCallbacks callbacks;
        callbacks.onPoint = [&](const TrainingPoint& point) { losses.push_back(point.trainLoss); };
        JobContext context;
        GptTrainer::train(gpt, tokens, settings, context, callbacks);
        return losses;
    };
    const std::vector<float> first = run(11);
    QCOMPARE(first.size(), std::size_t(20));
    QCOMPARE(run(11), first);
    // The windows do depend on the seed: the pattern's phase changes the batches, and
    // with them the losses after the first updates.
    QVERIFY(run(12) != first);
}

void TestGptTrainer::cancelKeepsTheLastCompletedStep()
{
    const std::vector<TokenId> tokens = pattern(400);
    GptTrainingSettings settings = tinySettings();
    settings.steps = 10;

    // The reference: an uncancelled run, its parameters copied after step 5.
    Gpt reference(tinyConfig());
    arma::fvec afterFive;
    {
        GptTrainingCallbacks callbacks;
        callbacks.onPoint = [&](const TrainingPoint& point) {
            if (point.step == 5)
                afterFive = reference.parameters();
        };
        JobContext context;
        GptTrainer::train(reference, tokens, settings, context, callbacks);
    }

    Gpt gpt(tinyConfig());
    std::stop_source stop;
    JobContext context(stop.get_token());
    std::vector<std::size_t> steps;
    GptTrainingCallbacks callbacks;
    callbacks.onPoint = [&](const TrainingPoint& point) {
        steps.push_back(point.step);
        if (point.step == 5)
            stop.request_stop();
    };
    const GptTrainingResult result = GptTrainer::train(gpt, tokens, settings, context, callbacks);
    QVERIFY(result.cancelled);
    QCOMPARE(result.completedSteps, std::size_t(5));
    QCOMPARE(steps, (std::vector<std::size_t>{1, 2, 3, 4, 5}));
    QCOMPARE(afterFive.n_elem, gpt.parameterCount());
    QVERIFY(arma::all(gpt.parameters() == afterFive));
    // The model is consistent: a fresh evaluation equals that of the reference's copy.
    const std::span<const TokenId> validation = std::span<const TokenId>(tokens).subspan(320);
    const float loss = GptTrainer::evaluate(gpt, validation, 4, 8, 2);
    reference.parameters() = afterFive;
    QCOMPARE(GptTrainer::evaluate(reference, validation, 4, 8, 2), loss);
    QVERIFY(!result.validationLoss.has_value()); // no validation before step 25
}

void TestGptTrainer::tooShortStreamsAreErrors()
{
    Gpt gpt(tinyConfig());
    JobContext context;
    GptTrainingSettings settings = tinySettings();
    // 40 tokens: 32 train, 8 validation < T + 1 = 9.
    QVERIFY_THROWS_EXCEPTION(Error, GptTrainer::train(gpt, pattern(40), settings, context));
    // 45 tokens: 36 train, 9 validation: enough.
    settings.steps = 1;
    QCOMPARE(GptTrainer::train(gpt, pattern(45), settings, context).completedSteps,
             std::size_t(1));
    // Without validation, 8 tokens are too few to train on, 9 are enough.
    settings.validationFraction = 0.0;
    QVERIFY_THROWS_EXCEPTION(Error, GptTrainer::train(gpt, pattern(8), settings, context));
    QCOMPARE(GptTrainer::train(gpt, pattern(9), settings, context).completedSteps,
             std::size_t(1));
    try {
        settings.validationFraction = 0.2;
        GptTrainer::train(gpt, pattern(40), settings, context);
        QFAIL("no error");
    } catch (const Error& error) {
        QVERIFY(QString::fromStdString(error.what()).contains("validation part has 8 tokens"));
    }
    // Ids outside the vocabulary and a sequence longer than the context are errors too.
    std::vector<TokenId> bad = pattern(100);
    bad[3] = 4;
    QVERIFY_THROWS_EXCEPTION(Error, GptTrainer::train(gpt, bad, settings, context));
    settings.sequenceLength = 9;
    QVERIFY_THROWS_EXCEPTION(Error, GptTrainer::train(gpt, pattern(100), settings, context));
}

void TestGptTrainer::pointsArriveInOrderWithValidationEveryN()
{
    Gpt gpt(tinyConfig());
    GptTrainingSettings settings = tinySettings();
    settings.steps = 12;
    settings.evaluateEvery = 5;
    settings.warmupSteps = 2;
    std::vector<std::any> partials;
    std::vector<double> progress;
    JobContext context(std::stop_token(),
                       [&](const JobProgress& p) { progress.push_back(p.fraction); },
                       [&](std::any partial) { partials.push_back(std::move(partial)); });
    GptTrainer::train(gpt, pattern(400), settings, context); // no callbacks: publishPartial
    QCOMPARE(partials.size(), std::size_t(12));
    for (std::size_t i = 0; i < partials.size(); ++i) {
        const auto& point = std::any_cast<const TrainingPoint&>(partials[i]);
        QCOMPARE(point.step, i + 1);
        // Validated at 5, 10 and after the last step, 12.
        const bool validated = point.step == 5 || point.step == 10 || point.step == 12;
        QCOMPARE(point.validationLoss.has_value(), validated);
        QVERIFY(point.tokensPerSecond > 0.0);
        QVERIFY(std::isfinite(point.trainLoss));
    }
    // Warm-up 2 of a 12-step run: step 1 gets max / 3, step 3 the maximum.
    QCOMPARE(std::any_cast<const TrainingPoint&>(partials[0]).learningRate, 1e-2f / 3.0f);
    QCOMPARE(std::any_cast<const TrainingPoint&>(partials[2]).learningRate, 1e-2f);
    QCOMPARE(std::any_cast<const TrainingPoint&>(partials[11]).learningRate, 1e-3f);
    QVERIFY(!progress.empty());
    QCOMPARE(progress.back(), 1.0);
}

void TestGptTrainer::samplesArePublished()
{
    Gpt gpt(tinyConfig());
    GptTrainingSettings settings = tinySettings();
    settings.steps = 6;
    settings.sampleEvery = 3;
    settings.samplePrompt = {0, 1};
    settings.sampling.maxNewTokens = 5;
    std::vector<TrainingSample> samples;
    GptTrainingCallbacks callbacks;
    callbacks.onPoint = [](const TrainingPoint&) {};
    callbacks.onSample = [&](const TrainingSample& sample) { samples.push_back(sample); };
    JobContext context;
    GptTrainer::train(gpt, pattern(400), settings, context, callbacks);
    QCOMPARE(samples.size(), std::size_t(2));
    QCOMPARE(samples[0].step, std::size_t(3));
    QCOMPARE(samples[1].step, std::size_t(6));
    QCOMPARE(samples[1].prompt, (std::vector<TokenId>{0, 1}));
    QCOMPARE(samples[1].tokens.size(), std::size_t(5));
    settings.samplePrompt.clear();
    QVERIFY_THROWS_EXCEPTION(Error, GptTrainer::train(gpt, pattern(400), settings, context));
}

void TestGptTrainer::kvSessionEqualsNextTokenLogits()
{
    GptConfig config;
    config.vocabularySize = 7;
    config.contextLength = 6;
    config.layers = 2;
    config.heads = 2;
    config.channels = 8;
    Gpt gpt(config);
    // GPT-2's small initial weights give logits near 0, where any pass would agree within
    // 1e-4; weights of size 0.5 make every path (attention, MLP, norms) count.
    arma::arma_rng::set_seed(5);
    gpt.parameters() = 0.5f * arma::randn<arma::fvec>(gpt.parameterCount());

    const std::vector<TokenId> tokens{3, 1, 4, 1, 5, 2, 6, 0, 2, 6, 5, 3, 5};
    // Gpt hands out this cached session to the generator.
    QVERIFY(dynamic_cast<GptSession*>(gpt.startSession().get()) != nullptr);
    GptSession session(gpt);
    float largest = 0.0f;
    for (std::size_t n = 1; n <= tokens.size(); ++n) {
        session.append(tokens[n - 1]);
        QCOMPARE(session.cachedLength(), std::min<std::size_t>(n, 6)); // slides after 6
        const std::vector<float> expected
            = gpt.nextTokenLogits(std::span<const TokenId>(tokens).first(n));
        const std::vector<float> actual = session.logits();
        QCOMPARE(actual.size(), std::size_t(7));
        for (std::size_t v = 0; v < 7; ++v) {
            QVERIFY2(std::abs(actual[v] - expected[v]) < 1e-4f,
                     qPrintable(QString("step %1 token %2: %3 vs %4")
                                    .arg(n).arg(v).arg(actual[v]).arg(expected[v])));
            largest = std::max(largest, std::abs(expected[v]));
        }
    }
    QVERIFY(largest > 0.5f);
    QCOMPARE(session.tokens(), tokens);
}

void TestGptTrainer::kvSessionRejectsBadInput()
{
    GptConfig config = tinyConfig();
    Gpt gpt(config);
    GptSession session(gpt);
    QVERIFY_THROWS_EXCEPTION(Error, session.logits()); // empty context
    QVERIFY_THROWS_EXCEPTION(Error, session.append(4)); // V = 4
    QVERIFY(session.tokens().empty());
}

void TestGptTrainer::divergenceStopsWithAMessageAndFiniteWeights()
{
    // An absurd learning rate without clipping blows the weights up after one update;
    // the next loss is not finite, and training stops before applying that step.
    Gpt gpt(tinyConfig());
    GptTrainingSettings settings = tinySettings();
    settings.maxLearningRate = 1e30f;
    settings.minLearningRate = 1e29f;
    settings.gradientClip = 0.0f;
    settings.warmupSteps = 1;
    settings.steps = 20;
    JobContext context;
    QString message;
    try {
        GptTrainer::train(gpt, pattern(400), settings, context);
    } catch (const Error& error) {
        message = QString::fromStdString(error.what());
    }
    QVERIFY2(message.contains(QStringLiteral("not a finite number")), qPrintable(message));
    // The model keeps the weights of the last completed step: all finite.
    QVERIFY(gpt.parameters().is_finite());
}

void TestGptTrainer::trainsWithDropoutAndValidatesWithout()
{
    const std::vector<TokenId> tokens = pattern(400);
    GptTrainingSettings settings = tinySettings();
    settings.steps = 30;
    settings.evaluateEvery = 10;
    struct Run {
        arma::fvec parameters;
        std::vector<float> trainLosses;
        std::vector<bool> trainingModeAtPoints;
        float validationLoss = 0.0f;
        bool trainingModeAfter = true;
        float evaluatedAfter = 0.0f;
    };
    auto run = [&](float dropout) {
        GptConfig config = tinyConfig();
        config.dropout = dropout;
        Gpt gpt(config);
        Run result;
        GptTrainingCallbacks callbacks;
        callbacks.onPoint = [&](const TrainingPoint& point) {
            result.trainLosses.push_back(point.trainLoss);
            result.trainingModeAtPoints.push_back(gpt.isTraining());
        };
        JobContext context;
        result.validationLoss = *GptTrainer::train(gpt, tokens, settings, context, callbacks)
                                     .validationLoss;
        result.parameters = gpt.parameters();
        result.trainingModeAfter = gpt.isTraining();
        // evaluate() in training mode still evaluates without dropout.
        gpt.setTraining(true);
        const auto validation = std::span<const TokenId>(tokens).subspan(
            GptTrainer::trainingTokenCount(tokens.size(), settings.validationFraction));
        result.evaluatedAfter = GptTrainer::evaluate(gpt, validation, settings.batchSize,
                                                     settings.sequenceLength,
                                                     settings.evaluationBatches);
        return result;
    };
    const Run first = run(0.3f);
    const Run second = run(0.3f);
    const Run plain = run(0.0f);
    // The steps ran in training mode; the model is back in evaluation mode afterwards.
    QVERIFY(std::all_of(first.trainingModeAtPoints.begin(), first.trainingModeAtPoints.end(),
                        [](bool training) { return training; }));
    QVERIFY(!first.trainingModeAfter);
    // The same seed reproduces the masks, hence the whole run.
    QVERIFY(first.trainLosses == second.trainLosses);
    QVERIFY(arma::all(first.parameters == second.parameters));
    // Dropout changed the run: the first step's loss (same weights, same windows) differs.
    QVERIFY(std::abs(first.trainLosses[0] - plain.trainLosses[0]) > 1e-4f);
    QVERIFY(arma::any(first.parameters != plain.parameters));
    // Validation has no dropout: the reported loss is what a later evaluation gives.
    QCOMPARE(first.evaluatedAfter, first.validationLoss);
}

QTEST_GUILESS_MAIN(TestGptTrainer)
#include "tst_gpttrainer.moc"
