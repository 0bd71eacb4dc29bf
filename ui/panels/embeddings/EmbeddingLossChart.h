// word2vec's loss while it trains, against the epoch: the running mean loss within each
// epoch (the trainer's partial reports, a few a second) as a thin line, and the mean over
// each whole epoch as a thick line with points. The x axis is in epochs (2.5 = half way
// through the third), so a reader sees both how an epoch goes and how epochs compare.
// The loss is word2vec's negative-sampling loss per positive pair, −log σ(c·w) −
// Σ log σ(−n·w), which starts near (1 + k)·log 2 and falls as the vectors learn.
// Right-click exports the picture (PNG, SVG) or the points (CSV).
#pragma once

#include "widgets/TrainingCurveChart.h"

#include <QList>
#include <QPointF>

class QLineSeries;
class QStandardItemModel;
class QValueAxis;

class EmbeddingLossChart : public TrainingCurveChart {
    Q_OBJECT
public:
    explicit EmbeddingLossChart(QWidget* parent = nullptr);

    void clear(int epochs);
    // position: epochs done, fractional (epoch − 1 + share of it done).
    void addRunningLoss(double position, double loss);
    void addEpochLoss(int epoch, double loss);
    // A stored model's per-epoch losses (no running points).
    void setEpochLosses(const std::vector<double>& losses);

    int runningPointCount() const;
    int epochPointCount() const;
    const QList<QPointF>& epochPoints() const { return m_epochPoints; }

    // kind ("within epoch" / "epoch mean"), epoch position, loss.
    QStandardItemModel* createTableModel(QObject* parent) const override;

private:
    void retranslate() override;
    bool hasPoints() const override;
    void updateRanges();

    QLineSeries* m_running = nullptr;
    QLineSeries* m_epochs = nullptr;
    QValueAxis* m_epochAxis = nullptr;
    QValueAxis* m_lossAxis = nullptr;
    QList<QPointF> m_runningPoints;
    QList<QPointF> m_epochPoints;
    int m_plannedEpochs = 1;
};
