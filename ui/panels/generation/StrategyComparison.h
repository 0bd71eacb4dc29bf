// The lecture's example as data: the decoding strategies the comparison runs on one
// prompt (greedy, random, top-k, top-p, top-p cold and hot, one seed), the job that runs
// them, and the table rows made of the results.
#pragma once

#include "generate/GenerationResult.h"
#include "generate/SamplingSettings.h"
#include "panels/generation/StrategyComparisonView.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace lengua {
class JobContext;
class NextTokenModel;
class Tokenizer;
} // namespace lengua

struct StrategyVariant {
    QString name;
    QString description; // the settings in words
    lengua::SamplingSettings settings;
};

class StrategyComparison {
    Q_DECLARE_TR_FUNCTIONS(StrategyComparison)
public:
    StrategyComparison() = delete;

    // base gives the seed; each variant makes `tokens` new tokens and ignores stop tokens,
    // so the rows have the same length.
    static std::vector<StrategyVariant> lectureVariants(const lengua::SamplingSettings& base,
                                                        std::size_t vocabularySize, int tokens);
    // Runs every variant on the prompt (the job's body).
    static std::vector<lengua::GenerationResult> run(const lengua::NextTokenModel& model,
                                                     const std::vector<lengua::TokenId>& prompt,
                                                     const std::vector<StrategyVariant>& variants,
                                                     lengua::JobContext& context);
    // One row per variant: the continuation as text, the mean model probability (T = 1).
    static std::vector<StrategyContinuation> rows(const std::vector<StrategyVariant>& variants,
                                                  const std::vector<lengua::GenerationResult>& results,
                                                  std::shared_ptr<const lengua::Tokenizer> tokenizer);
};
