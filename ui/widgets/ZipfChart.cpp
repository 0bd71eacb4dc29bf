// The Zipf chart (see ZipfChart.h).
#include "ZipfChart.h"

#include <climits>

#include "ChartStyle.h"
#include "text/CorpusStatistics.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr std::size_t denseRanks = 1000;

} // namespace

ZipfChart::ZipfChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("zipfChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 260);

    auto* chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);

    // A line series with visible points is one graphics item; a scatter series makes
    // one item per point, and 3,000 of them stall the UI thread for ~80 ms.
    m_corpusSeries = new QLineSeries(chart);
    m_corpusSeries->setPointsVisible(true);
    m_corpusSeries->setMarkerSize(4.5);
    m_referenceSeries = new QLineSeries(chart);
    chart->addSeries(m_referenceSeries);
    chart->addSeries(m_corpusSeries);

    m_rankAxis = new QLogValueAxis(chart);
    m_rankAxis->setBase(10.0);
    m_rankAxis->setLabelFormat(QStringLiteral("%g"));
    m_rankAxis->setMinorTickCount(-1); // the 2..9 ticks of each decade, as on log paper
    m_frequencyAxis = new QLogValueAxis(chart);
    m_frequencyAxis->setBase(10.0);
    m_frequencyAxis->setLabelFormat(QStringLiteral("%g"));
    m_frequencyAxis->setMinorTickCount(-1);
    chart->addAxis(m_rankAxis, Qt::AlignBottom);
    chart->addAxis(m_frequencyAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(m_referenceSeries),
                                    static_cast<QAbstractSeries*>(m_corpusSeries)}) {
        series->attachAxis(m_rankAxis);
        series->attachAxis(m_frequencyAxis);
    }

    connect(m_corpusSeries, &QLineSeries::hovered, this, &ZipfChart::onHovered);

    applyTheme();
    retranslate();
    rebuild();
}

std::vector<std::size_t> ZipfChart::plottedRanks(std::size_t typeCount, std::size_t maxPoints)
{
    std::vector<std::size_t> ranks;
    const std::size_t dense = std::min({typeCount, denseRanks, maxPoints});
    ranks.reserve(std::min(typeCount, maxPoints));
    for (std::size_t r = 1; r <= dense; ++r)
        ranks.push_back(r);
    if (typeCount <= dense || ranks.size() >= maxPoints)
        return ranks;
    // The tail is where the many rare words are: equal steps in log(rank) show its
    // shape with few points, and always include the last rank.
    const std::size_t remaining = maxPoints - ranks.size();
    const double from = std::log(double(dense));
    const double to = std::log(double(typeCount));
    for (std::size_t i = 1; i <= remaining; ++i) {
        const auto rank = std::size_t(std::llround(std::exp(from + (to - from) * double(i)
                                                                   / double(remaining))));
        if (rank > ranks.back() && rank <= typeCount)
            ranks.push_back(rank);
    }
    if (ranks.back() != typeCount)
        ranks.push_back(typeCount); // unreachable in practice: the last step lands on it
    return ranks;
}

void ZipfChart::setStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics)
{
    m_statistics = std::move(statistics);
    rebuild();
}

int ZipfChart::plottedPointCount() const
{
    return int(m_corpusSeries->count());
}

QString ZipfChart::tooltipForRank(std::size_t rank) const
{
    if (!m_statistics || rank == 0 || rank > m_statistics->frequencies.size())
        return {};
    const auto& entry = m_statistics->frequencies[rank - 1];
    const QLocale locale;
    return tr("Rank %1: “%2”, %Ln occurrence(s)", nullptr, int(std::min<std::uint64_t>(entry.count, INT_MAX)))
        .arg(locale.toString(qulonglong(rank)), QString::fromStdString(entry.term));
}

void ZipfChart::rebuild()
{
    const auto& frequencies = m_statistics ? m_statistics->frequencies
                                           : std::vector<lengua::TermCount>{};
    QList<QPointF> points;
    QList<QPointF> reference;
    if (!frequencies.empty()) {
        for (std::size_t rank : plottedRanks(frequencies.size()))
            points.append(QPointF(double(rank), double(frequencies[rank - 1].count)));
        const double top = double(frequencies.front().count);
        const double last = double(frequencies.size());
        reference = {QPointF(1.0, top), QPointF(std::max(last, 10.0), top / std::max(last, 10.0))};
        const double lowest = std::min(double(frequencies.back().count), reference.back().y());
        m_rankAxis->setRange(0.8, std::max(last, 10.0) * 1.25);
        m_frequencyAxis->setRange(lowest * 0.8, top * 1.25);
    } else {
        m_rankAxis->setRange(1.0, 1000.0);
        m_frequencyAxis->setRange(1.0, 1000.0);
    }
    m_corpusSeries->replace(points);
    m_referenceSeries->replace(reference);
    retranslate();
}

void ZipfChart::retranslate()
{
    chart()->setTitle(m_statistics && !m_statistics->frequencies.empty()
                          ? tr("Zipf's law: frequency against rank")
                          : tr("Zipf's law (load a corpus to see it)"));
    m_corpusSeries->setName(tr("Words of the corpus"));
    m_referenceSeries->setName(tr("Zipf's law f(r) = f(1) / r (slope −1)"));
    m_rankAxis->setTitleText(tr("Rank r (log scale)"));
    m_frequencyAxis->setTitleText(tr("Frequency f (log scale)"));
}

void ZipfChart::applyTheme()
{
    // ChartStyle sets the chart theme, which resets pens, so the series come after it.
    m_applyingTheme = true;
    ChartStyle::applyTo(this);
    for (QLogValueAxis* axis : {m_rankAxis, m_frequencyAxis})
        ChartStyle::styleAxis(axis, palette());

    QPen curve(ChartStyle::primaryColour(palette()));
    curve.setWidthF(1.5);
    m_corpusSeries->setPen(curve);
    QPen reference(ChartStyle::secondaryColour(palette()));
    reference.setWidthF(2.5);
    reference.setStyle(Qt::DashLine);
    m_referenceSeries->setPen(reference);
    m_applyingTheme = false;
}

void ZipfChart::onHovered(const QPointF& point, bool state)
{
    if (!state || !m_statistics) {
        QToolTip::hideText();
        return;
    }
    // point is in chart values: the nearest plotted rank is the one under the cursor.
    const auto rank = std::size_t(std::max<long long>(1, std::llround(point.x())));
    QToolTip::showText(QCursor::pos(), tooltipForRank(rank), this);
}

void ZipfChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if ((event->type() == QEvent::PaletteChange
              || event->type() == QEvent::ApplicationPaletteChange
              || event->type() == QEvent::FontChange)
             && !m_applyingTheme)
        applyTheme();
    QChartView::changeEvent(event);
}
