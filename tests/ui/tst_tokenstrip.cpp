// TokenStrip: chips wrap like text, report clicks and tooltips, and grow in height
// as the width shrinks.
#include "widgets/TokenStrip.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

namespace {

std::vector<TokenChip> chips(int count)
{
    std::vector<TokenChip> out;
    for (int i = 0; i < count; ++i)
        out.push_back(TokenChip{QStringLiteral("tok%1").arg(i), i, QStringLiteral("id %1").arg(i)});
    return out;
}

} // namespace

class TestTokenStrip : public QObject {
    Q_OBJECT
private slots:
    void wrapsAndGrowsAsWidthShrinks()
    {
        TokenStrip strip;
        strip.setTokens(chips(40));
        const int wide = strip.heightForWidth(2000);
        const int narrow = strip.heightForWidth(200);
        QVERIFY(narrow > wide);
        strip.setShowIds(false);
        QVERIFY(strip.heightForWidth(200) < narrow); // no id line under each row
        strip.setTokens({});
        QVERIFY(strip.heightForWidth(200) > 0);
    }

    void clickReportsTheChip()
    {
        TokenStrip strip;
        strip.resize(400, 200);
        strip.setTokens(chips(10));
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QSignalSpy clicked(&strip, &TokenStrip::chipClicked);
        // Find chip 3 by scanning for its position.
        QPoint target;
        for (int x = 0; x < strip.width() && target.isNull(); ++x)
            for (int y = 0; y < strip.height() && target.isNull(); ++y)
                if (strip.chipAt(QPoint(x, y)) == 3)
                    target = QPoint(x + 2, y + 2);
        QVERIFY(!target.isNull());
        QTest::mouseClick(&strip, Qt::LeftButton, Qt::NoModifier, target);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), 3);
        QCOMPARE(strip.chipAt(QPoint(-5, -5)), -1);
    }

    void neighboursHaveDifferentColours()
    {
        TokenStrip strip;
        for (int i = 0; i < 20; ++i)
            QVERIFY(strip.chipColor(i) != strip.chipColor(i + 1));
    }
};

QTEST_MAIN(TestTokenStrip)
#include "tst_tokenstrip.moc"
