#include "LossChart.h"

#include "ViewExporter.h"

#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QStandardItemModel>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Cross-entropy is positive; the floor keeps a degenerate value off the log axis.
constexpr float lossFloor = 1e-3f;

QString number(double value, int digits = 3)
{
    return QLocale().toString(value, 'f', digits);
}

} // namespace

LossChart::LossChart(QWidget* parent)
    : TrainingCurveChart(1.0, parent), m_trainSeries(fineCurve()), m_validationSeries(coarseCurve()),
      m_stepAxis(progressAxis()), m_lossAxis(new QLogValueAxis(chart()))
{
    setObjectName(QStringLiteral("lossChart"));
    setMinimumSize(320, 240);
    m_validationSeries->setMarkerSize(5.0);
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_lossAxis->setBase(2.0);
    m_lossAxis->setLabelFormat(QStringLiteral("%g"));
    m_lossAxis->setMinorTickCount(3);
    setLossAxis(m_lossAxis);
    for (QLineSeries* series : {m_trainSeries, m_validationSeries})
        connect(series, &QLineSeries::hovered, this, &LossChart::onHovered);

    retranslate();
    updateRanges();
}

QList<QPointF> LossChart::plotted(const QList<QPointF>& points)
{
    // A long run keeps its shape with every k-th point (and the last): a few thousand
    // points per curve keep each repaint short.
    if (points.size() <= maxPlottedPoints)
        return points;
    const qsizetype stride = (points.size() + maxPlottedPoints - 1) / maxPlottedPoints;
    QList<QPointF> out;
    out.reserve(points.size() / stride + 2);
    for (qsizetype i = 0; i < points.size(); i += stride)
        out.append(points[i]);
    if (out.back() != points.back())
        out.append(points.back());
    return out;
}

void LossChart::extendLossRange(float loss)
{
    const bool first = m_minLoss == 0.0f && m_maxLoss == 0.0f;
    m_minLoss = first ? loss : std::min(m_minLoss, loss);
    m_maxLoss = first ? loss : std::max(m_maxLoss, loss);
}

void LossChart::clear()
{
    m_points.clear();
    m_trainXY.clear();
    m_validationXY.clear();
    m_trainSeries->clear();
    m_validationSeries->clear();
    m_plannedSteps = 0;
    updateRanges();
}

void LossChart::setPlannedSteps(std::size_t steps)
{
    m_plannedSteps = steps;
    updateRanges();
}

void LossChart::setPoints(const std::vector<lengua::TrainingPoint>& points)
{
    clear();
    addPoints(points);
}

void LossChart::addPoints(const std::vector<lengua::TrainingPoint>& points)
{
    if (points.empty())
        return;
    // QXYSeries::append(list) adds the points one by one, each update costing O(n), so
    // a batch is appended to our copy and the series replaced once: O(n) per batch.
    bool validationAdded = false;
    for (const lengua::TrainingPoint& point : points) {
        m_points.push_back(point);
        const float loss = std::max(point.trainLoss, lossFloor);
        if (std::isfinite(loss)) {
            m_trainXY.append(QPointF(double(point.step), double(loss)));
            extendLossRange(loss);
        }
        if (point.validationLoss && std::isfinite(*point.validationLoss)) {
            const float validation = std::max(*point.validationLoss, lossFloor);
            m_validationXY.append(QPointF(double(point.step), double(validation)));
            extendLossRange(validation);
            validationAdded = true;
        }
    }
    m_trainSeries->replace(plotted(m_trainXY));
    if (validationAdded)
        m_validationSeries->replace(m_validationXY);
    updateRanges();
}

int LossChart::trainPointCount() const
{
    return int(m_trainSeries->count());
}

int LossChart::validationPointCount() const
{
    return int(m_validationSeries->count());
}

void LossChart::updateRanges()
{
    if (m_points.empty()) {
        m_minLoss = m_maxLoss = 0.0f;
        m_stepAxis->setRange(0, std::max<double>(10.0, double(m_plannedSteps)));
        m_lossAxis->setRange(1.0, 16.0);
        return;
    }
    const double lastStep = double(m_points.back().step);
    m_stepAxis->setRange(0, std::max({10.0, lastStep, double(m_plannedSteps)}));
    // Whole powers of two around the losses, so the labels are 1, 2, 4, 8...
    const double low = std::exp2(std::floor(std::log2(double(std::max(m_minLoss, lossFloor)))));
    double high = std::exp2(std::ceil(std::log2(double(std::max(m_maxLoss, lossFloor)))));
    if (high <= low)
        high = low * 2.0;
    m_lossAxis->setRange(low, high);
}

QString LossChart::tooltipForStep(double step) const
{
    if (m_points.empty())
        return {};
    const auto nearest = std::min_element(m_points.begin(), m_points.end(),
                                          [step](const auto& a, const auto& b) {
                                              return std::abs(double(a.step) - step)
                                                  < std::abs(double(b.step) - step);
                                          });
    QString text = tr("Step %1\nTraining loss: %2")
                       .arg(QLocale().toString(qulonglong(nearest->step)), number(nearest->trainLoss));
    if (nearest->validationLoss)
        text += tr("\nValidation loss: %1 (perplexity %2)")
                    .arg(number(*nearest->validationLoss),
                         number(std::exp(double(*nearest->validationLoss)), 1));
    text += tr("\nLearning rate: %1").arg(QLocale().toString(double(nearest->learningRate), 'g', 3));
    return text;
}

void LossChart::onHovered(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), tooltipForStep(point.x()), this);
}

QStandardItemModel* LossChart::createTableModel(QObject* parent) const
{
    auto* model = new QStandardItemModel(int(m_points.size()), 5, parent);
    model->setHorizontalHeaderLabels({tr("Step"), tr("Training loss"), tr("Validation loss"),
                                      tr("Learning rate"), tr("Tokens per second")});
    for (int row = 0; row < int(m_points.size()); ++row) {
        const lengua::TrainingPoint& point = m_points[std::size_t(row)];
        // Plain C-locale numbers: a CSV is read by programs.
        model->setItem(row, 0, new QStandardItem(QString::number(qulonglong(point.step))));
        model->setItem(row, 1, new QStandardItem(QString::number(double(point.trainLoss), 'g', 7)));
        model->setItem(row, 2, new QStandardItem(point.validationLoss
                                                     ? QString::number(double(*point.validationLoss), 'g', 7)
                                                     : QString()));
        model->setItem(row, 3, new QStandardItem(QString::number(double(point.learningRate), 'g', 6)));
        model->setItem(row, 4, new QStandardItem(QString::number(point.tokensPerSecond, 'f', 1)));
    }
    return model;
}

bool LossChart::writeCsv(const QString& path, QString* error) const
{
    QStandardItemModel* model = createTableModel(nullptr);
    const bool written = ViewExporter::writeCsv(model, path, error);
    delete model;
    return written;
}

bool LossChart::hasPoints() const
{
    return !m_points.empty();
}

void LossChart::retranslate()
{
    chart()->setTitle(tr("Loss during training"));
    m_trainSeries->setName(tr("Training loss (batch)"));
    m_validationSeries->setName(tr("Validation loss (held-out text)"));
    m_stepAxis->setTitleText(tr("Step"));
    m_lossAxis->setTitleText(tr("Loss (nats, log scale)"));
    setToolTip(tr("Right-click to export the picture or the points"));
}
