// HeatmapView and ColorMap: colour map end points, one pixel per cell, hover maps to
// the right cell, label thinning, zoom/reset, and a large matrix.
#include "widgets/ColorMap.h"
#include "widgets/HeatmapView.h"

#include <QMouseEvent>
#include <QSignalSpy>
#include <QtTest/QtTest>

#include <cmath>

namespace {

std::vector<float> ramp(int rows, int cols)
{
    std::vector<float> v(std::size_t(rows) * std::size_t(cols));
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = float(i);
    return v;
}

QStringList names(const QString& prefix, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << prefix + QString::number(i);
    return out;
}

} // namespace

class TestHeatmapView : public QObject {
    Q_OBJECT
private slots:
    void colourMapEndPoints()
    {
        QCOMPARE(QColor(ColorMap::viridis(0.0)).name(), QStringLiteral("#440154"));
        QCOMPARE(QColor(ColorMap::viridis(1.0)).name(), QStringLiteral("#fde725"));
        QCOMPARE(QColor(ColorMap::viridis(-3.0)).name(), QStringLiteral("#440154"));
        QCOMPARE(QColor(ColorMap::diverging(0.0)).name(), QStringLiteral("#053061"));
        QCOMPARE(QColor(ColorMap::diverging(1.0)).name(), QStringLiteral("#67001f"));
        const QColor mid(ColorMap::diverging(0.5));
        QVERIFY(mid.red() > 240 && mid.green() > 240 && mid.blue() > 240);
        QCOMPARE(ColorMap(ColorMap::Kind::Diverging).map(0.0), ColorMap::diverging(0.0));
    }

    void imageHasOnePixelPerCell()
    {
        HeatmapView view;
        std::vector<float> values = {0.1f, 0.5f, 0.2f, 0.3f, 0.9f, 0.0f};
        view.setMatrix(values, 2, 3);
        QCOMPARE(view.matrixImage().size(), QSize(3, 2));
        QCOMPARE(view.rangeMinimum(), double(0.0f));
        QCOMPARE(view.rangeMaximum(), double(0.9f));
        QCOMPARE(view.matrixImage().pixel(1, 1), ColorMap::viridis(1.0)); // the 0.9 cell
        QCOMPARE(view.matrixImage().pixel(2, 1), ColorMap::viridis(0.0)); // the 0.0 cell

        view.setColorScale(HeatmapView::ColorScale::Diverging); // symmetric: [-0.9, 0.9]
        QCOMPARE(view.rangeMinimum(), -double(0.9f));
        QCOMPARE(view.matrixImage().pixel(1, 1), ColorMap::diverging(1.0));
        QCOMPARE(view.matrixImage().pixel(2, 1), ColorMap::diverging(0.5));

        view.setMatrix({1.0f, 2.0f}, 3, 3); // size mismatch shows nothing
        QVERIFY(view.matrixImage().isNull());
        QCOMPARE(view.rows(), 0);
    }

    void logScaleAndFixedRange()
    {
        HeatmapView view;
        view.setMatrix({1.0f, 10.0f, 100.0f, 0.0f}, 1, 4);
        view.setLogScale(true);
        QCOMPARE(view.rangeMinimum(), 1.0);
        QCOMPARE(view.rangeMaximum(), 100.0);
        QCOMPARE(view.matrixImage().pixel(1, 0), ColorMap::viridis(0.5)); // log10 10 = mid
        QCOMPARE(view.matrixImage().pixel(3, 0), ColorMap::viridis(0.0)); // 0: bottom
        view.setLogScale(false);
        view.setValueRange(0.0, 20.0);
        QCOMPARE(view.matrixImage().pixel(1, 0), ColorMap::viridis(0.5));
        QCOMPARE(view.matrixImage().pixel(2, 0), ColorMap::viridis(1.0)); // clamped
    }

    void hoverMapsToTheCell()
    {
        HeatmapView view;
        view.resize(400, 300);
        view.setMatrix(ramp(4, 5), 4, 5);
        view.setRowLabels(names(QStringLiteral("r"), 4));
        view.setColumnLabels(names(QStringLiteral("c"), 5));
        const QRect plot = view.plotRect();
        const double cellW = plot.width() / 5.0;
        const double cellH = plot.height() / 4.0;
        const QPointF centre(plot.x() + 3.5 * cellW, plot.y() + 2.5 * cellH); // row 2, col 3
        QCOMPARE(view.cellAt(centre), QPoint(3, 2));
        QCOMPARE(view.cellAt(QPointF(1, 1)), QPoint(-1, -1));

        QSignalSpy spy(&view, &HeatmapView::cellHovered);
        QMouseEvent move(QEvent::MouseMove, centre, view.mapToGlobal(centre), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QCOMPARE(spy.at(0).at(1).toInt(), 3);
        QCOMPARE(view.value(2, 3), 13.0f);
    }

    void labelsThinOutWhenCrowded()
    {
        HeatmapView view;
        view.resize(300, 200);
        view.setMatrix(ramp(1000, 3), 1000, 3);
        QCOMPARE(view.visibleRowLabelStep(), 0); // no labels, none drawn
        view.setRowLabels(names(QStringLiteral("w"), 1000));
        const int step = view.visibleRowLabelStep();
        const int drawn = 1000 / step;
        QVERIFY2(drawn >= 2 && drawn <= 20, qPrintable(QString::number(drawn)));

        HeatmapView roomy;
        roomy.resize(400, 600);
        roomy.setMatrix(ramp(5, 5), 5, 5);
        roomy.setRowLabels(names(QStringLiteral("w"), 5));
        QCOMPARE(roomy.visibleRowLabelStep(), 1); // every label fits
    }

    void zoomChangesTheVisibleCellsAndResetRestores()
    {
        HeatmapView view;
        view.resize(400, 400);
        view.setMatrix(ramp(100, 100), 100, 100);
        QCOMPARE(view.visibleCells(), QRectF(0, 0, 100, 100));
        const QRect plot = view.plotRect();
        const QPointF anchor(plot.x() + plot.width() * 0.25, plot.y() + plot.height() * 0.25);
        const QPoint before = view.cellAt(anchor);

        QWheelEvent wheel(anchor, view.mapToGlobal(anchor), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        const QRectF zoomed = view.visibleCells();
        QVERIFY(qFuzzyCompare(zoomed.width(), 100.0 / 1.5625)); // 1.25 squared
        QCOMPARE(view.cellAt(anchor), before); // the cell under the cursor stays put

        view.zoomBy(1000.0, anchor); // never below one cell
        QVERIFY(view.visibleCells().width() >= 1.0);
        view.resetView();
        QCOMPARE(view.visibleCells(), QRectF(0, 0, 100, 100));
    }


    void largeMatrixPaints()
    {
        HeatmapView view;
        view.resize(500, 500);
        view.setMatrix(ramp(2000, 2000), 2000, 2000);
        view.setRowLabels(names(QStringLiteral("r"), 2000));
        view.setColumnLabels(names(QStringLiteral("c"), 2000));
        QCOMPARE(view.matrixImage().size(), QSize(2000, 2000));
        const QImage shot = view.grabImage();
        QVERIFY(!shot.isNull());
        view.zoomBy(8.0, view.plotRect().center());
        QVERIFY(!view.grabImage().isNull());
    }

    void cellTextNamesBothLabelsAndTheExactValue()
    {
        HeatmapView view;
        view.setMatrix({3982.0f, 0.0184f, 1683.0f, 12345678.0f}, 2, 2);
        view.setRowLabels({QStringLiteral("information"), QStringLiteral("digital")});
        view.setColumnLabels({QStringLiteral("data"), QStringLiteral("pie")});
        QCOMPARE(view.cellText(0, 0), QStringLiteral("information × data: 3982")); // not 3.982e+03
        QCOMPARE(view.cellText(0, 1), QStringLiteral("information × pie: 0.0184"));
        QCOMPARE(view.cellText(1, 1), QStringLiteral("digital × pie: 12345678"));
        QVERIFY(view.cellText(2, 0).isEmpty());
    }

    void aClickWithoutDragReportsTheCell()
    {
        HeatmapView view;
        view.resize(400, 300);
        view.setMatrix(ramp(4, 5), 4, 5);
        const QRect plot = view.plotRect();
        const QPointF cell(plot.x() + 1.5 * plot.width() / 5.0, plot.y() + 0.5 * plot.height() / 4.0);
        QSignalSpy clicked(&view, &HeatmapView::cellClicked);
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, cell.toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 0); // row
        QCOMPARE(clicked.at(0).at(1).toInt(), 1); // column

        // A drag pans and is not a click.
        view.zoomBy(2.0, plot.center());
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, plot.center());
        QMouseEvent move(QEvent::MouseMove, QPointF(plot.center()) + QPointF(40, 0),
                         view.mapToGlobal(QPointF(plot.center()) + QPointF(40, 0)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, plot.center() + QPoint(40, 0));
        QCOMPARE(clicked.count(), 1);
    }

    void zoomedOutLargeMatrixShowsItsColours()
    {
        // 3,000 × 3,000 in four constant quadrants: zoomed out, the frame reads a subsampled
        // copy of the image, and each quadrant must still show its own colour.
        const int n = 3000;
        std::vector<float> values(std::size_t(n) * n);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                values[std::size_t(r) * n + c] = float((r >= n / 2 ? 2 : 0) + (c >= n / 2 ? 1 : 0));
        HeatmapView view;
        view.resize(500, 500);
        view.setMatrix(std::move(values), n, n);
        const QImage shot = view.grabImage();
        const QRect plot = view.plotRect();
        const double ratio = shot.width() / double(view.width());
        auto pixelAt = [&](double fx, double fy) {
            return shot.pixel(int((plot.x() + fx * plot.width()) * ratio),
                              int((plot.y() + fy * plot.height()) * ratio));
        };
        const QImage& image = view.matrixImage();
        QCOMPARE(pixelAt(0.25, 0.25), image.pixel(0, 0));
        QCOMPARE(pixelAt(0.75, 0.25), image.pixel(n - 1, 0));
        QCOMPARE(pixelAt(0.25, 0.75), image.pixel(0, n - 1));
        QCOMPARE(pixelAt(0.75, 0.75), image.pixel(n - 1, n - 1));
        QVERIFY(image.pixel(0, 0) != image.pixel(n - 1, n - 1));
    }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
