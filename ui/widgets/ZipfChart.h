// Zipf's law as a picture: word frequency against rank on log-log axes, with the
// line f(r) = f(1) / r (slope -1) for comparison. Hovering shows rank, word and
// frequency. Large fonts for projectors; follows the light or dark palette.
#pragma once

#include <QChartView>

#include <memory>
#include <vector>

namespace lengua {
struct CorpusStatistics;
}

class QLineSeries;
class QLogValueAxis;

class ZipfChart : public QChartView {
    Q_OBJECT
public:
    explicit ZipfChart(QWidget* parent = nullptr);

    // Plots the frequency table (nullptr clears the chart). The statistics are shared,
    // not copied; only the plotted ranks are kept.
    void setStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics);

    // The ranks (1-based) that are plotted: all of the first 1,000, then log-spaced
    // up to the last rank, at most maxPoints in all.
    static std::vector<std::size_t> plottedRanks(std::size_t typeCount,
                                                 std::size_t maxPoints = 3000);
    int plottedPointCount() const;
    // The text of the tooltip shown for a rank (1-based); empty when out of range.
    QString tooltipForRank(std::size_t rank) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void applyTheme();
    void onHovered(const QPointF& point, bool state);

    std::shared_ptr<const lengua::CorpusStatistics> m_statistics;
    QLineSeries* m_corpusSeries = nullptr;
    QLineSeries* m_referenceSeries = nullptr;
    QLogValueAxis* m_rankAxis = nullptr;
    QLogValueAxis* m_frequencyAxis = nullptr;
    bool m_applyingTheme = false;
};
