// Trains a GPT on a token stream with teacher forcing on random windows: AdamW, gradient
// clipping, warm-up then cosine decay, a held-out tail for validation, periodic samples.
#pragma once

#include "generate/SamplingSettings.h"
#include "tokenize/Encoding.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace lengua {

class Gpt;
class JobContext;

struct GptTrainingSettings {
    std::size_t steps = 1000;          // optimizer steps
    std::size_t batchSize = 8;         // B windows per step
    std::size_t sequenceLength = 64;   // T tokens per window (at most the context length)
    float maxLearningRate = 6e-4f;     // reached after the warm-up
    float minLearningRate = 6e-5f;     // the floor of the cosine decay, reached at the last step
    std::size_t warmupSteps = 100;    // linear warm-up, then cosine decay to the last step
    float weightDecay = 0.1f;          // AdamW's decoupled decay (applied to every weight)
    float gradientClip = 1.0f;         // max global gradient norm; 0 = no clipping
    // The last fraction of the stream is held out for validation; 0 = no validation.
    double validationFraction = 0.1;
    std::size_t evaluateEvery = 100;   // validate every N steps (and after the last); 0 = never
    std::size_t evaluationBatches = 4; // M batches of B windows per validation
    std::size_t sampleEvery = 0;       // generate a sample every K steps; 0 = never
    std::vector<TokenId> samplePrompt; // the prompt of the samples (needed when sampleEvery > 0)
    SamplingSettings sampling;         // how the samples are decoded
    std::uint32_t seed = 1337;         // seeds the choice of the training windows and dropout
};

// One point of the loss chart, published after each completed step.
struct TrainingPoint {
    std::size_t step = 0;                // completed steps, 1 .. steps
    float trainLoss = 0.0f;              // the mean loss of this step's batch
    std::optional<float> validationLoss; // set on the steps that were validated
    float learningRate = 0.0f;           // the rate used by this step
    double tokensPerSecond = 0.0;        // B T steps / wall time since the start
};

// A text generated from the prompt after some step (ids; the caller decodes them).
struct TrainingSample {
    std::size_t step = 0;
    std::vector<TokenId> prompt;
    std::vector<TokenId> tokens; // the new tokens only
};

struct GptTrainingResult {
    std::size_t completedSteps = 0;
    bool cancelled = false;                  // a stop was requested before the last step
    std::optional<float> lastTrainLoss;
    std::optional<float> validationLoss;     // the last one measured
    std::optional<double> validationPerplexity; // exp(validationLoss)
};

// Where points and samples go. An empty function means "publish through the job
// context": context.publishPartial(std::any(TrainingPoint / TrainingSample)).
struct GptTrainingCallbacks {
    std::function<void(const TrainingPoint&)> onPoint;
    std::function<void(const TrainingSample&)> onSample;
};

class GptTrainer {
public:
    // Trains in place, in training mode (dropout on, its masks seeded from settings.seed);
    // validation and samples run in evaluation mode; the model's mode is restored at the
    // end. Progress is reported and cancellation checked at every step; on
    // a stop the parameters are those of the last completed step and the result says
    // cancelled (no exception). Throws Error for bad settings, token ids outside the
    // vocabulary, or a training or validation part shorter than T + 1 tokens, and when
    // the gradient turns NaN (the parameters then are those of the previous step).
    static GptTrainingResult train(Gpt& gpt, std::span<const TokenId> tokens,
                                   const GptTrainingSettings& settings, JobContext& context,
                                   const GptTrainingCallbacks& callbacks = {});

    // The validation split: the first size - floor(size * fraction) tokens train.
    static std::size_t trainingTokenCount(std::size_t tokenCount, double validationFraction);

    // The mean loss over `batches` batches of `batch` windows of `length` tokens taken at
    // evenly spaced, fixed starts in tokens, so repeated evaluations are comparable. Runs
    // in evaluation mode (no dropout) and restores the model's mode.
    static float evaluate(Gpt& gpt, std::span<const TokenId> tokens, std::size_t batch,
                          std::size_t length, std::size_t batches);
};

} // namespace lengua
