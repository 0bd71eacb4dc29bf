// The scatter widget: hover finds the nearest point within reach, search highlights and
// centres, labels never overlap, the CSV holds word, x, y, and 20,000 points paint
// (the time is logged, not asserted).
#include "widgets/ScatterView.h"

#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestScatterView : public QObject {
    Q_OBJECT
private slots:
    void hoverPicksNearestPoint()
    {
        ScatterView view;
        view.resize(400, 300);
        const arma::mat points = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        view.setPoints({"a", "b", "c", "d"}, points);
        QSignalSpy hovered(&view, &ScatterView::hovered);
        const QPointF b = view.toScreen(1, 0);
        QCOMPARE(view.pointAt(b + QPointF(3, -2)), 1);
        QCOMPARE(view.pointAt(QPointF(200, 150)), -1); // the middle, far from all four corners
        QMouseEvent move(QEvent::MouseMove, b, view.mapToGlobal(b), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &move);
        QCOMPARE(view.hoveredIndex(), 1);
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(hovered.first().first().toInt(), 1);
    }

    void searchHighlightsAndCentres()
    {
        ScatterView view;
        view.resize(400, 300);
        view.setPoints({"casa", "Escuela", "perro"}, arma::mat{{0, 0}, {10, 5}, {-3, 2}});
        QVERIFY(view.highlightAndCentre("escuela"));
        QCOMPARE(view.highlighted(), std::vector<int>{1});
        const QPointF centre = view.toScreen(10, 5);
        QCOMPARE(centre, QPointF(200, 150));
        QVERIFY(!view.highlightAndCentre("gato"));
    }

    void labelsDoNotOverlapAndCsv()
    {
        ScatterView view;
        view.resize(300, 200);
        arma::arma_rng::set_seed(1);
        QStringList labels;
        for (int i = 0; i < 500; ++i)
            labels << QStringLiteral("palabra%1").arg(i);
        view.setPoints(labels, arma::randn(500, 2));
        QImage image(view.size(), QImage::Format_ARGB32);
        view.render(&image);
        // A 300 × 200 view cannot hold 500 labels of ~10 characters: placement dropped most.
        QVERIFY(view.drawnLabelCount() > 3);
        QVERIFY(view.drawnLabelCount() < 100);

        QTemporaryDir dir;
        const QString path = dir.filePath("points.csv");
        ScatterView small;
        small.setPoints({"a,b", "c"}, arma::mat{{1.5, -2}, {0, 0.25}});
        QVERIFY(small.writeCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("word,x,y\n\"a,b\",1.5,-2\nc,0,0.25\n"));
    }

    void twentyThousandPointsPaint()
    {
        ScatterView view;
        view.resize(1000, 700);
        arma::arma_rng::set_seed(2);
        QStringList labels;
        for (int i = 0; i < 20000; ++i)
            labels << QStringLiteral("w%1").arg(i);
        view.setPoints(labels, arma::randn(20000, 2));
        std::vector<QRgb> colours(20000);
        for (int i = 0; i < 20000; ++i)
            colours[static_cast<std::size_t>(i)] = qRgb(i % 256, 100, 200);
        view.setColours(colours);
        QImage image(view.size(), QImage::Format_ARGB32);
        QElapsedTimer clock;
        clock.start();
        for (int frame = 0; frame < 3; ++frame)
            view.render(&image);
        qInfo("20,000 points: %.1f ms per paint (last paint %.1f ms), %d labels",
              clock.elapsed() / 3.0, view.lastPaintMilliseconds(), view.drawnLabelCount());
        QVERIFY(view.drawnLabelCount() > 0);
        // The same points without labels: what the dots alone cost.
        view.setPoints(QStringList(20000, QString()), view.coordinates());
        view.setColours(colours);
        clock.restart();
        for (int frame = 0; frame < 3; ++frame)
            view.render(&image);
        qInfo("20,000 unlabelled points: %.1f ms per paint", clock.elapsed() / 3.0);
        clock.restart();
        for (int i = 0; i < 1000; ++i)
            view.pointAt(QPointF(i % 1000, (i * 7) % 700));
        qInfo("1,000 hover look-ups: %lld ms", static_cast<long long>(clock.elapsed()));
    }
};

QTEST_MAIN(TestScatterView)
#include "tst_scatterview.moc"
