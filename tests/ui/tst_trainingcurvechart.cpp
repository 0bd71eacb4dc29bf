// What the two training-loss charts get from TrainingCurveChart: both curves on the same
// two axes, the chart look (thin first-colour line, thick second-colour line with points)
// applied again after a palette change, and the texts set again on a language change.
#include "panels/embeddings/EmbeddingLossChart.h"
#include "widgets/ChartStyle.h"
#include "widgets/LossChart.h"

#include <QCoreApplication>
#include <QLineSeries>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

namespace {

QList<QLineSeries*> curves(QChartView& view)
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* series : view.chart()->series())
        out.append(qobject_cast<QLineSeries*>(series));
    return out;
}

void checkLook(QChartView& view, qreal fineWidth)
{
    const QList<QLineSeries*> lines = curves(view);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0] && lines[1]);
    for (QLineSeries* line : lines) {
        QCOMPARE(line->attachedAxes().size(), 2);
        QCOMPARE(line->attachedAxes()[0]->alignment(), Qt::AlignBottom);
        QCOMPARE(line->attachedAxes()[1]->alignment(), Qt::AlignLeft);
    }
    QCOMPARE(lines[0]->pen().widthF(), fineWidth);
    QCOMPARE(lines[0]->pen().color(), ChartStyle::primaryColour(view.palette()));
    QCOMPARE(lines[1]->pen().widthF(), 2.5);
    QCOMPARE(lines[1]->pen().color(), ChartStyle::secondaryColour(view.palette()));
    QVERIFY(lines[1]->pointsVisible());
    QVERIFY(!lines[0]->pointsVisible());
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    return dark;
}

} // namespace

class TestTrainingCurveChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lossChartLookFollowsThePalette()
    {
        LossChart chart;
        checkLook(chart, 1.0);
        chart.setPalette(darkPalette());
        QVERIFY(ChartStyle::isDark(chart.palette()));
        checkLook(chart, 1.0);
    }

    void embeddingChartLookFollowsThePalette()
    {
        EmbeddingLossChart chart;
        checkLook(chart, 1.2);
        QCOMPARE(curves(chart)[1]->markerSize(), 7.0);
        chart.setPalette(darkPalette());
        checkLook(chart, 1.2);
    }

    void languageChangeSetsTheTextsAgain()
    {
        EmbeddingLossChart chart;
        const QString title = chart.chart()->title();
        QVERIFY(!title.isEmpty());
        chart.chart()->setTitle(QString());
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&chart, &change);
        QCOMPARE(chart.chart()->title(), title);
    }

    void tableHoldsThePoints()
    {
        // Two running points and one epoch mean: three rows of (series, epoch, loss).
        EmbeddingLossChart chart;
        chart.clear(2);
        chart.addRunningLoss(0.5, 2.0);
        chart.addRunningLoss(1.0, 1.5);
        chart.addEpochLoss(1, 1.75);
        const std::unique_ptr<QStandardItemModel> model(chart.createTableModel(nullptr));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 3);
    }
};

QTEST_MAIN(TestTrainingCurveChart)
#include "tst_trainingcurvechart.moc"
