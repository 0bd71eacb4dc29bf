// Candidate rows and cut lines of the generation lesson's bar chart.
#include "DistributionBars.h"

#include "TokenDisplay.h"
#include "generate/NextTokenDistribution.h"
#include "generate/SamplingSettings.h"
#include "tokenize/Tokenizer.h"
#include "widgets/ProbabilityBars.h"

#include <QLocale>

#include <algorithm>

void DistributionBars::show(ProbabilityBars& bars, const lengua::NextTokenDistribution& d,
                            const lengua::SamplingSettings& settings,
                            const lengua::Tokenizer* tokenizer, int count)
{
    const std::size_t shown = std::min<std::size_t>(std::size_t(std::max(count, 1)),
                                                    d.vocabularySize());
    std::vector<ProbabilityBar> rows;
    rows.reserve(shown);
    double shownMass = 0.0;
    for (std::size_t r = 0; r < shown; ++r) {
        const lengua::TokenId id = d.ranking()[r];
        ProbabilityBar bar;
        bar.id = id;
        bar.label = tokenizer && std::size_t(id) < tokenizer->vocabulary().size()
                        ? TokenDisplay::displayForm(*tokenizer, id)
                        : QString::number(id);
        bar.before = d.probabilities()[id];
        bar.temperature = d.temperatureProbabilities()[id];
        bar.after = d.finalProbabilities()[id];
        bar.cumulative = d.cumulativeProbabilities()[r];
        if (r < d.keptCount())
            bar.cut = ProbabilityBar::Cut::Kept;
        else if (settings.isGreedy())
            bar.cut = ProbabilityBar::Cut::Greedy;
        else if (r >= d.topKCount())
            bar.cut = ProbabilityBar::Cut::TopK;
        else
            bar.cut = ProbabilityBar::Cut::TopP;
        shownMass += bar.before;
        rows.push_back(bar);
    }

    std::vector<ProbabilityCutLine> lines;
    const QLocale locale;
    if (settings.isGreedy()) {
        lines.push_back({0, tr("greedy: only the most probable"), {}});
    } else {
        const bool topKCuts = settings.topK > 0 && d.topKCount() < d.vocabularySize();
        const bool topPCuts = settings.topP < 1.0 && d.keptCount() < d.topKCount();
        if (topPCuts) {
            lines.push_back({int(d.cutoffRank()),
                             tr("top-p %1: cumulative %2 reached")
                                 .arg(locale.toString(settings.topP, 'f', 2),
                                      locale.toString(d.cumulativeProbabilities()[d.cutoffRank()],
                                                      'f', 3)),
                             {}});
        }
        if (topKCuts && !(topPCuts && d.topKCount() == d.keptCount())) {
            lines.push_back({int(d.topKCount()) - 1, tr("top-k = %1").arg(d.topKCount()),
                             QColor(0x6a, 0x1b, 0x9a)});
        }
    }
    const std::size_t hidden = d.vocabularySize() - shown;
    QString footnote;
    if (hidden > 0)
        footnote = tr("%1 more tokens share %2 % of the model's probability; %3 tokens are kept.")
                       .arg(locale.toString(qulonglong(hidden)),
                            locale.toString(100.0 * std::max(0.0, 1.0 - shownMass), 'f', 1),
                            locale.toString(qulonglong(d.keptCount())));
    else
        footnote = tr("%1 of %2 tokens are kept.")
                       .arg(locale.toString(qulonglong(d.keptCount())),
                            locale.toString(qulonglong(d.vocabularySize())));
    bars.setBars(std::move(rows));
    bars.setCutLines(std::move(lines));
    bars.setFootnote(footnote);
}
