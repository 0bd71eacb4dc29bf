// The vocabulary chart (see VocabularyChart.h).
#include "VocabularyChart.h"

#include "ChartStyle.h"
#include "StepChecklist.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

VocabularyChart::VocabularyChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("vocabularyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 260);

    auto* chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);

    m_types = new QBarSet(QString(), this);
    m_tokens = new QBarSet(QString(), this);
    m_typesSeries = new QHorizontalBarSeries(chart);
    m_typesSeries->append(m_types);
    m_tokensSeries = new QHorizontalBarSeries(chart);
    m_tokensSeries->append(m_tokens);
    // Qt Charts puts the bar series of one chart side by side in each category, the
    // first one lowest: tokens first, so the vocabulary bar is on top.
    for (QHorizontalBarSeries* series : {m_tokensSeries, m_typesSeries}) {
        series->setBarWidth(0.7); // a clear gap between steps
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(12); // whole numbers, never 1.2e+05
        chart->addSeries(series);
    }

    m_stepAxis = new QBarCategoryAxis(chart);
    m_typesAxis = new QValueAxis(chart);
    m_typesAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_tokensAxis = new QValueAxis(chart);
    m_tokensAxis->setLabelFormat(QStringLiteral("%.0f"));
    // Steps down the left side, read from the top like the checklist; full step
    // names fit there, where ten of them under vertical bars would be cut. Bar
    // categories start at the bottom (and Qt 6.4 ignores setReverse on them), so
    // the steps are added last first.
    chart->addAxis(m_stepAxis, Qt::AlignLeft);
    chart->addAxis(m_typesAxis, Qt::AlignBottom);
    chart->addAxis(m_tokensAxis, Qt::AlignTop);
    m_typesSeries->attachAxis(m_stepAxis);
    m_typesSeries->attachAxis(m_typesAxis);
    m_tokensSeries->attachAxis(m_stepAxis);
    m_tokensSeries->attachAxis(m_tokensAxis);
    connect(m_typesSeries, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet* set) {
                if (set == m_types)
                    onHovered(status, int(m_steps.size()) - 1 - index, true);
            });
    connect(m_tokensSeries, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet* set) {
                if (set == m_tokens)
                    onHovered(status, int(m_steps.size()) - 1 - index, false);
            });

    applyTheme();
    retranslate();
    rebuild();
}

void VocabularyChart::setSteps(std::vector<lengua::ProcessedCorpus::Step> steps)
{
    m_steps = std::move(steps);
    rebuild();
}

int VocabularyChart::barCount() const
{
    return int(m_stepAxis->count());
}

QStringList VocabularyChart::categories() const
{
    QStringList names = m_stepAxis->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

double VocabularyChart::plottedTypes(int index) const
{
    const int bar = m_types->count() - 1 - index;
    return bar >= 0 && bar < m_types->count() ? m_types->at(bar) : -1.0;
}

double VocabularyChart::plottedTokens(int index) const
{
    const int bar = m_tokens->count() - 1 - index;
    return bar >= 0 && bar < m_tokens->count() ? m_tokens->at(bar) : -1.0;
}

QString VocabularyChart::tooltip(int index, bool types) const
{
    if (index < 0 || std::size_t(index) >= m_steps.size())
        return {};
    const auto& step = m_steps[std::size_t(index)];
    const std::uint64_t value = types ? step.types : step.tokens;
    QString text = types ? tr("After “%1”: %2 types (distinct words)")
                               .arg(StepChecklist::stepTitle(step.name), number(value))
                         : tr("After “%1”: %2 tokens (running words)")
                               .arg(StepChecklist::stepTitle(step.name), number(value));
    if (index > 0) {
        const auto& previous = m_steps[std::size_t(index) - 1];
        const std::uint64_t before = types ? previous.types : previous.tokens;
        const double change = before ? 100.0 * (double(value) - double(before)) / double(before) : 0.0;
        text += QLatin1Char('\n')
                + tr("%1% against “%2”")
                      .arg((change > 0 ? QStringLiteral("+") : QString())
                               + QLocale().toString(change, 'f', 1),
                           StepChecklist::stepTitle(previous.name));
    }
    return text;
}

void VocabularyChart::rebuild()
{
    for (QBarSet* set : {m_types, m_tokens})
        set->remove(0, set->count());
    QStringList names;
    std::uint64_t maxTypes = 0;
    std::uint64_t maxTokens = 0;
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        const auto& step = *it;
        names << StepChecklist::stepTitle(step.name);
        m_types->append(double(step.types));
        m_tokens->append(double(step.tokens));
        maxTypes = std::max(maxTypes, step.types);
        maxTokens = std::max(maxTokens, step.tokens);
    }
    m_stepAxis->clear();
    m_stepAxis->append(names);
    // Room above the tallest bar for its value label.
    m_typesAxis->setRange(0.0, std::max(10.0, double(maxTypes) * 1.15));
    m_tokensAxis->setRange(0.0, std::max(10.0, double(maxTokens) * 1.15));
    m_typesAxis->applyNiceNumbers();
    m_tokensAxis->applyNiceNumbers();
    retranslate();
}

void VocabularyChart::retranslate()
{
    chart()->setTitle(m_steps.empty() ? tr("Vocabulary after each step (process a corpus to "
                                           "see it)")
                                      : tr("Vocabulary size and tokens after each step"));
    m_types->setLabel(tr("Types (vocabulary size)"));
    m_tokens->setLabel(tr("Tokens"));
    m_typesAxis->setTitleText(tr("Types (distinct words)"));
    m_tokensAxis->setTitleText(tr("Tokens (running words)"));
    if (!m_steps.empty()) {
        QStringList names;
        for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
            names << StepChecklist::stepTitle(it->name);
        if (names != m_stepAxis->categories()) {
            m_stepAxis->clear();
            m_stepAxis->append(names);
        }
    }
}

void VocabularyChart::applyTheme()
{
    // ChartStyle sets the chart theme, which resets colours, so the bars come after it.
    m_applyingTheme = true;
    ChartStyle::applyTo(this);
    const QColor text = palette().color(QPalette::WindowText);

    const QColor typesColour = ChartStyle::primaryColour(palette());
    const QColor tokensColour = ChartStyle::secondaryColour(palette());
    m_types->setColor(typesColour);
    m_types->setBorderColor(typesColour.darker(120));
    m_tokens->setColor(tokensColour);
    m_tokens->setBorderColor(tokensColour.darker(120));
    for (QBarSet* set : {m_types, m_tokens}) {
        set->setLabelColor(text);
        set->setLabelFont(QApplication::font());
    }

    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_stepAxis),
                                static_cast<QAbstractAxis*>(m_typesAxis),
                                static_cast<QAbstractAxis*>(m_tokensAxis)})
        ChartStyle::styleAxis(axis, palette());
    // Each value axis in its bars' colour, so it is clear which axis reads which bars.
    const bool dark = ChartStyle::isDark(palette());
    m_typesAxis->setTitleBrush(dark ? typesColour : typesColour.darker(110));
    m_tokensAxis->setTitleBrush(dark ? tokensColour : tokensColour.darker(110));
    // One grid, the bottom axis's.
    m_tokensAxis->setGridLineVisible(false);
    m_stepAxis->setGridLineVisible(false);
    m_applyingTheme = false;
}

void VocabularyChart::onHovered(bool status, int index, bool types)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), tooltip(index, types), this);
}

void VocabularyChart::changeEvent(QEvent* event)
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
