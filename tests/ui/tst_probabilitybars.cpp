// The probability bars widget: rows mapped to points and back, a click emits the row,
// hover text with the exact values, cut lines, the table for CSV and the picture export.
#include "widgets/ProbabilityBars.h"
#include "widgets/ViewExporter.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

std::vector<ProbabilityBar> threeBars()
{
    // Probabilities 0.5, 0.3, 0.2 with top-p 0.8: the first two kept, renormalised to
    // 0.5/0.8 = 0.625 and 0.3/0.8 = 0.375; the third cut.
    std::vector<ProbabilityBar> bars(3);
    bars[0] = {QStringLiteral("␣the"), 11, 0.5, 0.5, 0.625, 0.5, ProbabilityBar::Cut::Kept};
    bars[1] = {QStringLiteral("a"), 4, 0.3, 0.3, 0.375, 0.8, ProbabilityBar::Cut::Kept};
    bars[2] = {QStringLiteral("↵"), 7, 0.2, 0.2, 0.0, 1.0, ProbabilityBar::Cut::TopP};
    return bars;
}

} // namespace

class TestProbabilityBars : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAndClicks()
    {
        ProbabilityBars bars;
        bars.resize(600, 400);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        QCOMPARE(bars.barAt(QPoint(300, 200)), -1); // empty
        bars.setBars(threeBars());
        for (int i = 0; i < 3; ++i) {
            const QRect row = bars.rowRect(i);
            QVERIFY(row.isValid());
            QCOMPARE(bars.barAt(row.center()), i);
        }
        QVERIFY(bars.rowRect(0).bottom() < bars.rowRect(1).top());
        QVERIFY(!bars.rowRect(3).isValid());
        QSignalSpy clicked(&bars, &ProbabilityBars::barClicked);
        QTest::mouseClick(&bars, Qt::LeftButton, {}, bars.rowRect(1).center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toInt(), 1);
        // Not clickable while a generation runs.
        bars.setClickable(false);
        QTest::mouseClick(&bars, Qt::LeftButton, {}, bars.rowRect(0).center());
        QCOMPARE(clicked.count(), 1);
        // Below the last row: nothing.
        QCOMPARE(bars.barAt(QPoint(300, bars.rowRect(2).bottom() + 5)), -1);
    }

    void rowsFollowTheHeight()
    {
        ProbabilityBars bars;
        bars.resize(500, 300);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        const int small = bars.rowsThatFit();
        QSignalSpy changed(&bars, &ProbabilityBars::rowsThatFitChanged);
        bars.resize(500, 700);
        QVERIFY(bars.rowsThatFit() > small);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().toInt(), bars.rowsThatFit());
        // That many rows fit inside the widget.
        std::vector<ProbabilityBar> many(bars.rowsThatFit(), threeBars().front());
        bars.setBars(many);
        QVERIFY(bars.rowRect(int(many.size()) - 1).bottom() < bars.height());
    }

    void tooltipAndTable()
    {
        ProbabilityBars bars;
        bars.setBars(threeBars());
        bars.setCutLines({{1, QStringLiteral("top-p 0.80"), {}}});
        QCOMPARE(bars.cutLines().front().afterIndex, 1);
        const QString tip = bars.tooltip(1);
        QVERIFY(tip.contains(QStringLiteral("0.375")));
        QVERIFY(tip.contains(QStringLiteral("0.3")));
        QVERIFY(tip.contains(QStringLiteral("id 4")));
        QVERIFY(bars.tooltip(2).contains(QStringLiteral("top-p")));
        QVERIFY(bars.tooltip(5).isEmpty());

        const auto model = bars.tableModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 8);
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("␣the"));
        QCOMPARE(model->index(1, 5).data().toString(), QStringLiteral("0.375"));
        QCOMPARE(model->index(2, 5).data().toString(), QStringLiteral("0"));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bars.csv"));
        QVERIFY(ViewExporter::writeCsv(model.get(), csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].startsWith(QStringLiteral("1,11,␣the,0.5,0.5,0.625,0.5,")));
    }

    void exportsPictures()
    {
        ProbabilityBars bars;
        bars.resize(500, 300);
        bars.setBars(threeBars());
        bars.setFootnote(QStringLiteral("3 of 3 tokens"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("bars.png"));
        const QString svg = dir.filePath(QStringLiteral("bars.svg"));
        QVERIFY(ViewExporter::writePng(&bars, png));
        QVERIFY(ViewExporter::writeSvg(&bars, svg));
        QVERIFY(QFileInfo(png).size() > 1000);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("3 of 3 tokens"));
    }
};

QTEST_MAIN(TestProbabilityBars)
#include "tst_probabilitybars.moc"
