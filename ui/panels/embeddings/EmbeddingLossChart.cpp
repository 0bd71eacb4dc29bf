// word2vec's loss chart; see EmbeddingLossChart.h.
#include "EmbeddingLossChart.h"

#include "widgets/ChartStyle.h"
#include "widgets/ViewExporter.h"

#include <QContextMenuEvent>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

EmbeddingLossChart::EmbeddingLossChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("embeddingLossChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    auto* chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    m_running = new QLineSeries(chart);
    m_epochs = new QLineSeries(chart);
    m_epochs->setPointsVisible(true);
    m_epochs->setMarkerSize(7.0);
    chart->addSeries(m_running);
    chart->addSeries(m_epochs);
    m_epochAxis = new QValueAxis(chart);
    m_epochAxis->setLabelFormat(QStringLiteral("%g"));
    m_lossAxis = new QValueAxis(chart);
    m_lossAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_epochAxis, Qt::AlignBottom);
    chart->addAxis(m_lossAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_running, m_epochs}) {
        series->attachAxis(m_epochAxis);
        series->attachAxis(m_lossAxis);
    }
    applyTheme();
    retranslate();
    updateRanges();
}

void EmbeddingLossChart::clear(int epochs)
{
    m_plannedEpochs = std::max(1, epochs);
    m_runningPoints.clear();
    m_epochPoints.clear();
    m_running->clear();
    m_epochs->clear();
    updateRanges();
}

void EmbeddingLossChart::addRunningLoss(double position, double loss)
{
    if (!std::isfinite(loss) || loss <= 0.0)
        return;
    m_runningPoints.append(QPointF(position, loss));
    m_running->append(position, loss);
    updateRanges();
}

void EmbeddingLossChart::addEpochLoss(int epoch, double loss)
{
    if (!std::isfinite(loss))
        return;
    m_epochPoints.append(QPointF(epoch, loss));
    m_epochs->append(epoch, loss);
    updateRanges();
}

void EmbeddingLossChart::setEpochLosses(const std::vector<double>& losses)
{
    clear(int(losses.size()));
    for (std::size_t i = 0; i < losses.size(); ++i)
        addEpochLoss(int(i + 1), losses[i]);
}

int EmbeddingLossChart::runningPointCount() const { return int(m_runningPoints.size()); }
int EmbeddingLossChart::epochPointCount() const { return int(m_epochPoints.size()); }

void EmbeddingLossChart::updateRanges()
{
    double high = 0.0;
    double low = 0.0;
    bool any = false;
    for (const QList<QPointF>* points : {&m_runningPoints, &m_epochPoints})
        for (const QPointF& p : *points) {
            high = any ? std::max(high, p.y()) : p.y();
            low = any ? std::min(low, p.y()) : p.y();
            any = true;
        }
    double maxEpoch = m_plannedEpochs;
    for (const QPointF& p : m_epochPoints)
        maxEpoch = std::max(maxEpoch, p.x());
    m_epochAxis->setRange(0.0, maxEpoch);
    m_epochAxis->setTickCount(std::min(int(maxEpoch), 10) + 1);
    if (!any) {
        m_lossAxis->setRange(0.0, 4.0);
        return;
    }
    const double margin = std::max(0.05, 0.08 * (high - low));
    m_lossAxis->setRange(std::max(0.0, low - margin), high + margin);
    m_lossAxis->setTickCount(6);
    m_lossAxis->applyNiceNumbers();
}

QStandardItemModel* EmbeddingLossChart::createTableModel(QObject* parent) const
{
    auto* model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({tr("Series"), tr("Epoch"), tr("Loss")});
    const QLocale locale;
    auto add = [&](const QString& kind, const QPointF& p) {
        model->appendRow({new QStandardItem(kind), new QStandardItem(locale.toString(p.x(), 'f', 3)),
                          new QStandardItem(locale.toString(p.y(), 'f', 5))});
    };
    for (const QPointF& p : m_runningPoints)
        add(tr("within epoch"), p);
    for (const QPointF& p : m_epochPoints)
        add(tr("epoch mean"), p);
    return model;
}

void EmbeddingLossChart::exportPicture()
{
    ViewExporter::exportPictureWithDialog(this, this);
}

void EmbeddingLossChart::exportTable()
{
    QStandardItemModel* model = createTableModel(nullptr);
    ViewExporter::exportTableWithDialog(model, this);
    delete model;
}

void EmbeddingLossChart::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export picture (PNG, SVG)..."), this, &EmbeddingLossChart::exportPicture);
    menu.addAction(tr("Export points (CSV)..."), this, &EmbeddingLossChart::exportTable)
        ->setEnabled(!m_runningPoints.empty() || !m_epochPoints.empty());
    menu.exec(event->globalPos());
}

void EmbeddingLossChart::retranslate()
{
    chart()->setTitle(tr("Loss during training"));
    m_running->setName(tr("Mean loss so far in the epoch"));
    m_epochs->setName(tr("Mean loss of each epoch"));
    m_epochAxis->setTitleText(tr("Epoch"));
    m_lossAxis->setTitleText(tr("Loss per (word, context) pair"));
    setToolTip(tr("word2vec's loss: −log σ(c·w) for each true pair plus −log σ(−n·w) for each "
                  "negative. Right-click to export the picture or the points"));
}

void EmbeddingLossChart::applyTheme()
{
    m_applyingTheme = true;
    ChartStyle::applyTo(this);
    ChartStyle::styleAxis(m_epochAxis, palette());
    ChartStyle::styleAxis(m_lossAxis, palette());
    QPen running(ChartStyle::primaryColour(palette()));
    running.setWidthF(1.2);
    m_running->setPen(running);
    QPen epochs(ChartStyle::secondaryColour(palette()));
    epochs.setWidthF(2.5);
    m_epochs->setPen(epochs);
    m_epochs->setBrush(ChartStyle::secondaryColour(palette()));
    m_applyingTheme = false;
}

void EmbeddingLossChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if ((event->type() == QEvent::PaletteChange
              || event->type() == QEvent::ApplicationPaletteChange)
             && !m_applyingTheme)
        applyTheme();
    QChartView::changeEvent(event);
}
