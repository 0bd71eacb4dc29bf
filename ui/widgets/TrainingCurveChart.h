// What the training-loss charts share (LossChart for the GPT lesson, EmbeddingLossChart
// for word2vec): a fine curve (a thin line in the first series colour) and a coarse one
// (a thick line with points in the second) against a progress axis below and a loss axis
// on the left; the workbench chart look, applied again when the palette changes; the
// texts set again when the language changes; and a context menu that exports the picture
// (PNG, SVG) or the points (CSV). A subclass adds the loss axis, the data and the texts.
#pragma once

#include <QChartView>

class QAbstractAxis;
class QLineSeries;
class QStandardItemModel;
class QValueAxis;

class TrainingCurveChart : public QChartView {
    Q_OBJECT
public:
    // The points as a table for the CSV export; the caller owns the model.
    virtual QStandardItemModel* createTableModel(QObject* parent) const = 0;

public Q_SLOTS:
    void exportPicture();
    void exportTable();

protected:
    // fineCurveWidth: the pen width of the fine curve.
    explicit TrainingCurveChart(qreal fineCurveWidth, QWidget* parent = nullptr);

    QLineSeries* fineCurve() const { return m_fine; }
    QLineSeries* coarseCurve() const { return m_coarse; }
    QValueAxis* progressAxis() const { return m_progressAxis; }
    // Puts the loss axis on the left, attaches both curves to the axes and applies the
    // look; the subclass calls it once in its constructor.
    void setLossAxis(QAbstractAxis* axis);

    // Chart title, curve names, axis titles and tooltip, in the current language.
    virtual void retranslate() = 0;
    // Whether there are points to export.
    virtual bool hasPoints() const = 0;

    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void applyTheme();

    qreal m_fineCurveWidth = 1.0;
    QLineSeries* m_fine = nullptr;
    QLineSeries* m_coarse = nullptr;
    QValueAxis* m_progressAxis = nullptr;
    QAbstractAxis* m_lossAxis = nullptr;
    bool m_applyingTheme = false;
};
