// The vocabulary size (types) and the token count after each preprocessing step,
// as horizontal bars side by side: types on the bottom axis, tokens on the top one, because
// a corpus has far more tokens than types. Hover shows the exact values and the
// change from the step before. Large fonts; follows the light or dark palette.
#pragma once

#include "text/ProcessedCorpus.h"

#include <QChartView>

#include <vector>

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QBarSet;
class QValueAxis;

class VocabularyChart : public QChartView {
    Q_OBJECT
public:
    explicit VocabularyChart(QWidget* parent = nullptr);

    // The summary of a processed corpus ("input" first); empty clears the chart.
    void setSteps(std::vector<lengua::ProcessedCorpus::Step> steps);
    const std::vector<lengua::ProcessedCorpus::Step>& steps() const { return m_steps; }

    // One category (a pair of bars) per step of the summary.
    int barCount() const;
    // The step names in summary order ("Input" first; drawn at the top).
    QStringList categories() const;
    // The values drawn for one step (0 = input), read back from the bars.
    double plottedTypes(int index) const;
    double plottedTokens(int index) const;
    // The hover text of one step (0 = input) for types or tokens.
    QString tooltip(int index, bool types) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void applyTheme();
    void onHovered(bool status, int index, bool types);

    std::vector<lengua::ProcessedCorpus::Step> m_steps;
    // Two series, so that types and tokens can use different axes.
    QHorizontalBarSeries* m_typesSeries = nullptr;
    QHorizontalBarSeries* m_tokensSeries = nullptr;
    QBarSet* m_types = nullptr;
    QBarSet* m_tokens = nullptr;
    QBarCategoryAxis* m_stepAxis = nullptr;
    QValueAxis* m_typesAxis = nullptr;
    QValueAxis* m_tokensAxis = nullptr;
    bool m_applyingTheme = false;
};
