// Fills a ProbabilityBars view from a NextTokenDistribution: the top candidates with
// their probabilities at each stage, why each cut token was cut, the top-k and top-p
// cut lines, and a footnote for the tokens not shown.
#pragma once

#include <QCoreApplication>

namespace lengua {
class NextTokenDistribution;
class Tokenizer;
struct SamplingSettings;
} // namespace lengua

class ProbabilityBars;

class DistributionBars {
    Q_DECLARE_TR_FUNCTIONS(DistributionBars)
public:
    DistributionBars() = delete;

    // How many candidates the bars show (the rest are summed in the footnote).
    static constexpr int shownCandidates = 25;

    static void show(ProbabilityBars& bars, const lengua::NextTokenDistribution& distribution,
                     const lengua::SamplingSettings& settings, const lengua::Tokenizer* tokenizer,
                     int count = shownCandidates);
};
