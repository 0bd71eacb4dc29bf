// A training curve: train and validation loss against the step, on a logarithmic loss
// axis in powers of two (losses from ~10 down to ~1 keep readable labels 1, 2, 4, 8).
// Points arrive in batches (addPoints), so a training job can stream them without
// stalling the UI. Hover shows the step and the losses; the context menu exports the
// picture (PNG, SVG) and the points (CSV). Reused by every lesson that trains a model.
#pragma once

#include "TrainingCurveChart.h"
#include "models/GptTrainer.h"

#include <QList>
#include <QPointF>

#include <vector>

class QLineSeries;
class QLogValueAxis;
class QStandardItemModel;
class QValueAxis;

class LossChart : public TrainingCurveChart {
    Q_OBJECT
public:
    explicit LossChart(QWidget* parent = nullptr);

    void clear();
    // Appends points in step order (a validation loss is plotted where it is set).
    void addPoints(const std::vector<lengua::TrainingPoint>& points);
    // The whole history at once (a stored model's).
    void setPoints(const std::vector<lengua::TrainingPoint>& points);
    const std::vector<lengua::TrainingPoint>& points() const { return m_points; }
    // Points plotted (a long run shows every k-th point, at most about 4,000).
    int trainPointCount() const;
    int validationPointCount() const;
    // Sets the x axis to 0 .. steps before the points arrive, so the curve grows into it.
    void setPlannedSteps(std::size_t steps);

    // step, train loss, validation loss (empty when not measured), learning rate, tokens/s.
    QStandardItemModel* createTableModel(QObject* parent) const override;
    bool writeCsv(const QString& path, QString* error = nullptr) const;
    // The tooltip for the point nearest to step (empty without points).
    QString tooltipForStep(double step) const;

private:
    void retranslate() override;
    bool hasPoints() const override;
    void updateRanges();
    void extendLossRange(float loss);
    static QList<QPointF> plotted(const QList<QPointF>& points);
    static constexpr qsizetype maxPlottedPoints = 4000;
    void onHovered(const QPointF& point, bool state);

    std::vector<lengua::TrainingPoint> m_points;
    QList<QPointF> m_trainXY;      // what the series show, kept to replace them in one go
    QList<QPointF> m_validationXY;
    QLineSeries* m_trainSeries = nullptr;
    QLineSeries* m_validationSeries = nullptr;
    QValueAxis* m_stepAxis = nullptr;
    QLogValueAxis* m_lossAxis = nullptr;
    std::size_t m_plannedSteps = 0;
    float m_minLoss = 0.0f;
    float m_maxLoss = 0.0f;
};
