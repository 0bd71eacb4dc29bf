// The lecture's strategies, their job and their table rows.
#include "StrategyComparison.h"

#include "generate/Generator.h"
#include "panels/generation/GeneratedTextView.h"

#include <QLocale>

#include <algorithm>

namespace {

// The lecture's values: top-p 0.95; top-k 40 as in common practice; the temperature
// guidance's low (0.2-0.5) and high (1.2-2) ranges.
constexpr std::size_t lectureTopK = 40;
constexpr double lectureTopP = 0.95;
constexpr double coldTemperature = 0.3;
constexpr double hotTemperature = 1.5;

} // namespace

std::vector<StrategyVariant> StrategyComparison::lectureVariants(const lengua::SamplingSettings& base,
                                                                 std::size_t vocabularySize, int tokens)
{
    const QLocale locale;
    lengua::SamplingSettings s;
    s.seed = base.seed;
    s.maxNewTokens = std::size_t(std::max(tokens, 1));
    const QString seed = QString::number(s.seed);
    std::vector<StrategyVariant> variants;

    lengua::SamplingSettings greedy = s;
    greedy.strategy = lengua::SamplingStrategy::Greedy;
    variants.push_back({tr("Greedy"), tr("the most probable token"), greedy});
    variants.push_back({tr("Random sampling"), tr("T = 1, seed %1").arg(seed), s});
    lengua::SamplingSettings topK = s;
    topK.topK = std::min(lectureTopK, vocabularySize);
    variants.push_back({tr("Top-k sampling"),
                        tr("k = %1, T = 1, seed %2").arg(QString::number(topK.topK), seed), topK});
    lengua::SamplingSettings topP = s;
    topP.topP = lectureTopP;
    variants.push_back({tr("Top-p sampling"),
                        tr("p = %1, T = 1, seed %2").arg(locale.toString(lectureTopP), seed), topP});
    lengua::SamplingSettings cold = topP;
    cold.temperature = coldTemperature;
    variants.push_back({tr("Top-p, low temperature"),
                        tr("p = %1, T = %2, seed %3")
                            .arg(locale.toString(lectureTopP), locale.toString(coldTemperature), seed),
                        cold});
    lengua::SamplingSettings hot = topP;
    hot.temperature = hotTemperature;
    variants.push_back({tr("Top-p, high temperature"),
                        tr("p = %1, T = %2, seed %3")
                            .arg(locale.toString(lectureTopP), locale.toString(hotTemperature), seed),
                        hot});
    return variants;
}

std::vector<lengua::GenerationResult> StrategyComparison::run(const lengua::NextTokenModel& model,
                                                              const std::vector<lengua::TokenId>& prompt,
                                                              const std::vector<StrategyVariant>& variants,
                                                              lengua::JobContext& context)
{
    std::vector<lengua::GenerationResult> results;
    for (const StrategyVariant& variant : variants)
        results.push_back(lengua::Generator::generate(model, prompt, variant.settings, context));
    return results;
}

std::vector<StrategyContinuation> StrategyComparison::rows(
    const std::vector<StrategyVariant>& variants, const std::vector<lengua::GenerationResult>& results,
    std::shared_ptr<const lengua::Tokenizer> tokenizer)
{
    std::vector<StrategyContinuation> rows;
    for (std::size_t i = 0; i < results.size() && i < variants.size(); ++i) {
        const lengua::GenerationResult& result = results[i];
        std::vector<AppendedToken> tokens;
        double sum = 0.0;
        for (std::size_t t = 0; t < result.tokens.size(); ++t) {
            tokens.push_back({result.tokens[t], AppendedToken::Origin::Generated});
            // The trace holds the top candidates; a token chosen below them counts as 0.
            for (const lengua::Candidate& candidate : result.steps[t].candidates)
                if (candidate.id == result.tokens[t])
                    sum += candidate.probability;
        }
        GeneratedTextView text; // its decoding of the pieces, without showing it
        text.setContent(tokenizer, QString(), QString(), tokens);
        const double mean = tokens.empty() ? 0.0 : sum / double(tokens.size());
        rows.push_back({variants[i].name, variants[i].description, text.continuation(), mean});
    }
    return rows;
}
