// Runs decoding steps over a NextTokenModel: whole generations as a cancellable job,
// or one step at a time with the next token chosen by the sampler or by the user.
#pragma once

#include "GenerationResult.h"
#include "NextTokenDistribution.h"
#include "NextTokenModel.h"
#include "Sampler.h"
#include "SamplingSettings.h"

#include <functional>
#include <memory>
#include <span>

namespace lengua {

class JobContext;

class Generator {
public:
    using StepSink = std::function<void(const GenerationStep&)>;

    // The model must outlive the generator. traceSize: candidates kept in each step.
    Generator(const NextTokenModel& model, SamplingSettings settings, std::size_t traceSize = 10);

    // The whole run: at most maxNewTokens steps, ending early after a stop token.
    // onStep sees each step as it is made (to stream tokens). Throws JobCancelled
    // when the context is stopped, Error for an empty prompt or bad settings.
    static GenerationResult generate(const NextTokenModel& model, std::span<const TokenId> prompt,
                                     const SamplingSettings& settings, JobContext& context,
                                     const StepSink& onStep = {}, std::size_t traceSize = 10);

    // Step-by-step mode. start() feeds the prompt to a new session and reseeds the
    // sampler, so the same seed reproduces the same text.
    void start(std::span<const TokenId> prompt);
    // New slider values: the current distribution is recomputed from the cached
    // logits, without calling the model. The seed is not reapplied until start().
    void setSettings(const SamplingSettings& settings);
    const SamplingSettings& settings() const { return m_settings; }

    // The distribution of the next token (valid after start()).
    const NextTokenDistribution& distribution() const { return m_distribution; }
    // Samples (or takes the top token when greedy) and appends it.
    GenerationStep step();
    // Appends the token the user clicked, which may lie outside the kept set.
    GenerationStep chooseNext(TokenId token);

    // True after a stop token or maxNewTokens steps.
    bool finished() const;
    const std::vector<TokenId>& generated() const { return m_result.tokens; }
    const GenerationResult& result() const { return m_result; }

private:
    GenerationStep append(TokenId token, bool byUser);
    void requireStarted() const;

    const NextTokenModel& m_model;
    SamplingSettings m_settings;
    std::size_t m_traceSize;
    Sampler m_sampler;
    std::unique_ptr<NextTokenSession> m_session;
    std::vector<float> m_logits; // (V) of the next token
    NextTokenDistribution m_distribution;
    GenerationResult m_result;
};

} // namespace lengua
