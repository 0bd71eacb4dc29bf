// The GPT training loop: sample windows, loss, backward, clip, AdamW step with the
// scheduled rate, then publish the point (and now and then a validation and a sample).
#include "models/GptTrainer.h"

#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "generate/Generator.h"
#include "models/Gpt.h"
#include "nn/AdamW.h"
#include "nn/GradientClipping.h"
#include "nn/LearningRateSchedule.h"

#include <algorithm>
#include <any>
#include <chrono>
#include <cmath>
#include <random>
#include <string>

namespace lengua {

namespace {

void checkSettings(const Gpt& gpt, const GptTrainingSettings& settings)
{
    if (settings.steps == 0 || settings.batchSize == 0 || settings.sequenceLength == 0)
        throw Error("GPT training: the steps, batch size and sequence length must be positive");
    if (settings.sequenceLength > gpt.contextLength())
        throw Error("GPT training: the sequence length " + std::to_string(settings.sequenceLength)
                    + " is longer than the model's context length "
                    + std::to_string(gpt.contextLength()));
    if (!(settings.validationFraction >= 0.0 && settings.validationFraction < 1.0))
        throw Error("GPT training: the validation fraction must be in [0, 1), not "
                    + std::to_string(settings.validationFraction));
    if (!(settings.maxLearningRate > 0.0f) || settings.minLearningRate < 0.0f
        || settings.minLearningRate > settings.maxLearningRate)
        throw Error("GPT training: the learning rates must satisfy 0 <= min <= max, max > 0");
    if (settings.gradientClip < 0.0f || settings.weightDecay < 0.0f)
        throw Error("GPT training: the gradient clip and the weight decay cannot be negative");
    if (settings.evaluateEvery > 0 && settings.evaluationBatches == 0)
        throw Error("GPT training: validation needs at least one batch");
    if (settings.sampleEvery > 0) {
        if (settings.samplePrompt.empty())
            throw Error("GPT training: samples are asked for, but the sample prompt is empty");
        settings.sampling.validate();
    }
}

void checkIds(std::span<const TokenId> tokens, std::size_t vocabularySize, const char* what)
{
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i] < 0 || std::size_t(tokens[i]) >= vocabularySize)
            throw Error(std::string("GPT training: ") + what + " token " + std::to_string(i)
                        + " has id " + std::to_string(tokens[i]) + ", outside the model's "
                        "vocabulary of " + std::to_string(vocabularySize));
}

// Puts the model in a mode and restores the previous one on the way out (also on errors
// and cancellation).
class ModeScope {
public:
    ModeScope(Gpt& gpt, bool training) : m_gpt(gpt), m_previous(gpt.isTraining())
    {
        gpt.setTraining(training);
    }
    ~ModeScope() { m_gpt.setTraining(m_previous); }
    ModeScope(const ModeScope&) = delete;
    ModeScope& operator=(const ModeScope&) = delete;

private:
    Gpt& m_gpt;
    bool m_previous;
};

} // namespace

std::size_t GptTrainer::trainingTokenCount(std::size_t tokenCount, double validationFraction)
{
    const auto held = std::size_t(std::floor(double(tokenCount) * validationFraction));
    return tokenCount - std::min(held, tokenCount);
}

float GptTrainer::evaluate(Gpt& gpt, std::span<const TokenId> tokens, std::size_t batch,
                           std::size_t length, std::size_t batches)
{
    if (batch == 0 || length == 0 || batches == 0)
        throw Error("GPT evaluation: the batch size, length and batch count must be positive");
    if (tokens.size() < length + 1)
        throw Error("GPT evaluation: " + std::to_string(tokens.size()) + " tokens are too few "
                    "for one window of " + std::to_string(length) + " plus its target");
    const ModeScope evaluationMode(gpt, false); // no dropout: the same windows, the same loss
    const std::size_t windows = batch * batches;
    const std::size_t lastStart = tokens.size() - length - 1;
    std::vector<TokenId> inputs(batch * length);
    std::vector<TokenId> targets(batch * length);
    double total = 0.0;
    for (std::size_t b = 0; b < batches; ++b) {
        for (std::size_t i = 0; i < batch; ++i) {
            const std::size_t window = b * batch + i;
            const std::size_t start = windows == 1 ? 0 : window * lastStart / (windows - 1);
            std::copy_n(tokens.begin() + start, length, inputs.begin() + i * length);
            std::copy_n(tokens.begin() + start + 1, length, targets.begin() + i * length);
        }
        total += gpt.loss(inputs, targets, batch, length);
    }
    return float(total / double(batches));
}

GptTrainingResult GptTrainer::train(Gpt& gpt, std::span<const TokenId> tokens,
                                    const GptTrainingSettings& settings, JobContext& context,
                                    const GptTrainingCallbacks& callbacks)
{
    checkSettings(gpt, settings);
    const std::size_t batch = settings.batchSize;
    const std::size_t length = settings.sequenceLength;
    const std::size_t trainCount = trainingTokenCount(tokens.size(), settings.validationFraction);
    const std::span<const TokenId> training = tokens.first(trainCount);
    const std::span<const TokenId> validation = tokens.subspan(trainCount);
    if (training.size() < length + 1)
        throw Error("GPT training: the training part has " + std::to_string(training.size())
                    + " tokens, fewer than the sequence length " + std::to_string(length)
                    + " plus one target");
    const bool validating = settings.validationFraction > 0.0 && settings.evaluateEvery > 0;
    if (validating && validation.size() < length + 1)
        throw Error("GPT training: the validation part has " + std::to_string(validation.size())
                    + " tokens, fewer than the sequence length " + std::to_string(length)
                    + " plus one target; use a longer corpus or a larger validation fraction");
    checkIds(tokens, gpt.vocabularySize(), "corpus");
    if (settings.sampleEvery > 0)
        checkIds(settings.samplePrompt, gpt.vocabularySize(), "sample prompt");

    AdamW optimizer(0.9f, 0.95f, 1e-8f, settings.weightDecay); // nanoGPT's betas
    // The decay ends on the last step; a run no longer than the warm-up never leaves it
    // (the schedule needs the decay to end after the warm-up).
    const auto warmup = (long long)settings.warmupSteps;
    const LearningRateSchedule schedule(settings.maxLearningRate, settings.minLearningRate,
                                        warmup,
                                        std::max((long long)settings.steps - 1, warmup + 1));
    std::mt19937 engine(settings.seed);
    // Training mode (dropout on) for the steps; evaluate() and the samples switch it off.
    const ModeScope trainingMode(gpt, true);
    gpt.setDropoutSeed(settings.seed);
    std::uniform_int_distribution<std::size_t> startOf(0, training.size() - length - 1);
    std::vector<TokenId> inputs(batch * length);
    std::vector<TokenId> targets(batch * length);
    const auto started = std::chrono::steady_clock::now();

    auto publishPoint = [&](const TrainingPoint& point) {
        if (callbacks.onPoint)
            callbacks.onPoint(point);
        else
            context.publishPartial(std::any(point));
    };
    auto publishSample = [&](const TrainingSample& sample) {
        if (callbacks.onSample)
            callbacks.onSample(sample);
        else
            context.publishPartial(std::any(sample));
    };

    GptTrainingResult result;
    context.reportProgress(0.0, "step 0 / " + std::to_string(settings.steps));
    try {
        for (std::size_t step = 1; step <= settings.steps; ++step) {
            // Checked before the update, so a stop leaves the last completed step's weights.
            context.throwIfStopped();
            for (std::size_t i = 0; i < batch; ++i) {
                const std::size_t start = startOf(engine);
                std::copy_n(training.begin() + start, length, inputs.begin() + i * length);
                std::copy_n(training.begin() + start + 1, length, targets.begin() + i * length);
            }
            const float trainLoss = gpt.loss(inputs, targets, batch, length);
            gpt.backward();
            const float norm = settings.gradientClip > 0.0f
                ? GradientClipping::clip(gpt.gradients(), settings.gradientClip)
                : GradientClipping::globalNorm(gpt.gradients());
            if (!std::isfinite(trainLoss) || !std::isfinite(norm))
                throw Error("GPT training: the loss or its gradient is not a finite number at "
                            "step " + std::to_string(step) + "; try a lower learning rate");
            context.throwIfStopped();
            const float rate = schedule.rate((long long)step - 1);
            optimizer.step(gpt.parameters(), gpt.gradients(), rate);
            result.completedSteps = step;
            result.lastTrainLoss = trainLoss;

            TrainingPoint point;
            point.step = step;
            point.trainLoss = trainLoss;
            point.learningRate = rate;
            const double seconds = std::chrono::duration<double>(
                                       std::chrono::steady_clock::now() - started).count();
            point.tokensPerSecond = seconds > 0.0 ? double(step * batch * length) / seconds : 0.0;
            if (validating && (step % settings.evaluateEvery == 0 || step == settings.steps)) {
                point.validationLoss = evaluate(gpt, validation, batch, length,
                                                settings.evaluationBatches);
                result.validationLoss = point.validationLoss;
            }
            publishPoint(point);
            if (settings.sampleEvery > 0 && step % settings.sampleEvery == 0) {
                TrainingSample sample;
                sample.step = step;
                sample.prompt = settings.samplePrompt;
                sample.tokens = Generator::generate(gpt, settings.samplePrompt,
                                                    settings.sampling, context).tokens;
                publishSample(sample);
            }
            context.reportProgress(double(step) / double(settings.steps),
                                   "step " + std::to_string(step) + " / "
                                       + std::to_string(settings.steps));
        }
    } catch (const JobCancelled&) {
        result.cancelled = true;
    }
    if (result.validationLoss)
        result.validationPerplexity = std::exp(double(*result.validationLoss));
    return result;
}

} // namespace lengua
