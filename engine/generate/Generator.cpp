// Decoding loop: logits from the session, distribution, choice, trace.
#include "Generator.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <string>
#include <utility>

namespace lengua {

Generator::Generator(const NextTokenModel& model, SamplingSettings settings, std::size_t traceSize)
    : m_model(model), m_settings(std::move(settings)), m_traceSize(traceSize),
      m_sampler(m_settings.seed)
{
    m_settings.validate();
}

GenerationResult Generator::generate(const NextTokenModel& model, std::span<const TokenId> prompt,
                                     const SamplingSettings& settings, JobContext& context,
                                     const StepSink& onStep, std::size_t traceSize)
{
    Generator generator(model, settings, traceSize);
    context.throwIfStopped();
    generator.start(prompt);
    while (!generator.finished()) {
        // One step is one forward pass, well under the 50 ms between checks for
        // the models of the course.
        context.throwIfStopped();
        const GenerationStep step = generator.step();
        if (onStep)
            onStep(step);
        context.reportProgress(double(generator.generated().size())
                                   / double(std::max<std::size_t>(settings.maxNewTokens, 1)),
                               std::to_string(generator.generated().size()) + " tokens");
    }
    return generator.result();
}

void Generator::start(std::span<const TokenId> prompt)
{
    if (prompt.empty())
        throw Error("Generator: the prompt is empty; give at least one token");
    m_sampler.reseed(m_settings.seed);
    m_result = {};
    m_session = m_model.startSession();
    for (const TokenId token : prompt)
        m_session->append(token);
    m_logits = m_session->logits();
    m_distribution = NextTokenDistribution(m_logits, m_settings);
}

void Generator::setSettings(const SamplingSettings& settings)
{
    settings.validate();
    m_settings = settings;
    if (m_session)
        m_distribution = NextTokenDistribution(m_logits, m_settings);
}

bool Generator::finished() const
{
    if (m_result.tokens.size() >= m_settings.maxNewTokens)
        return true;
    return !m_result.tokens.empty() && m_result.reason == StopReason::StopToken;
}

void Generator::requireStarted() const
{
    if (!m_session)
        throw Error("Generator: start() with a prompt before asking for tokens");
    if (finished())
        throw Error("Generator: the generation has ended (stop token or token limit); "
                    "start() again to continue");
}

GenerationStep Generator::step()
{
    requireStarted();
    return append(m_sampler.sample(m_distribution), false);
}

GenerationStep Generator::chooseNext(TokenId token)
{
    requireStarted();
    if (token < 0 || std::size_t(token) >= m_distribution.vocabularySize())
        throw Error("Generator::chooseNext(): token id " + std::to_string(token)
                    + " is outside the vocabulary of "
                    + std::to_string(m_distribution.vocabularySize()) + " tokens");
    return append(token, true);
}

GenerationStep Generator::append(TokenId token, bool byUser)
{
    const NextTokenDistribution& d = m_distribution;
    GenerationStep step;
    const std::size_t n = std::min(m_traceSize, d.vocabularySize());
    step.candidates.reserve(n);
    for (std::size_t r = 0; r < n; ++r) {
        const TokenId id = d.ranking()[r];
        step.candidates.push_back({id, d.probabilities()[id], d.temperatureProbabilities()[id],
                                   d.finalProbabilities()[id], d.isKept(id)});
    }
    step.keptCount = d.keptCount();
    step.chosen = token;
    step.chosenProbability = d.finalProbabilities()[token];
    step.chosenModelProbability = d.probabilities()[token];
    step.chosenRank = std::size_t(std::find(d.ranking().begin(), d.ranking().end(), token)
                                  - d.ranking().begin());
    step.chosenByUser = byUser;

    m_result.tokens.push_back(token);
    m_result.steps.push_back(step);
    const auto& stops = m_settings.stopTokens;
    if (std::find(stops.begin(), stops.end(), token) != stops.end()) {
        m_result.reason = StopReason::StopToken;
    } else {
        m_result.reason = StopReason::MaxNewTokens;
        m_session->append(token);
        // The next distribution is computed only when another step may follow,
        // which saves a forward pass at the end of every run.
        if (m_result.tokens.size() < m_settings.maxNewTokens) {
            m_logits = m_session->logits();
            m_distribution = NextTokenDistribution(m_logits, m_settings);
        }
    }
    return step;
}

} // namespace lengua
