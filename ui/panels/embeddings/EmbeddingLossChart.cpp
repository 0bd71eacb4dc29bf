// word2vec's loss chart; see EmbeddingLossChart.h.
#include "EmbeddingLossChart.h"

#include <QLineSeries>
#include <QLocale>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

EmbeddingLossChart::EmbeddingLossChart(QWidget* parent)
    : TrainingCurveChart(1.2, parent), m_running(fineCurve()), m_epochs(coarseCurve()),
      m_epochAxis(progressAxis()), m_lossAxis(new QValueAxis(chart()))
{
    setObjectName(QStringLiteral("embeddingLossChart"));
    setMinimumSize(320, 220);
    m_epochs->setMarkerSize(7.0);
    m_epochAxis->setLabelFormat(QStringLiteral("%g"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.2f"));
    setLossAxis(m_lossAxis);
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

bool EmbeddingLossChart::hasPoints() const
{
    return !m_runningPoints.empty() || !m_epochPoints.empty();
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
