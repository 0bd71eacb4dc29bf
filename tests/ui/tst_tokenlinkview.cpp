// TokenLinkView (the head view's token lines) and AttentionGridView (the model view): a hovered
// token highlights only its own links, a click pins it, weight sets of the wrong size are
// dropped, lines are drawn where the weights say; thumbnails, mask and clicks of the grid;
// HeatmapView's mask and axis titles.
#include "widgets/AttentionGridView.h"
#include "widgets/ColorMap.h"
#include "widgets/HeatmapView.h"
#include "widgets/TokenLinkView.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

#include <cmath>

namespace {

QStringList tokens(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("tok%1").arg(i);
    return out;
}

// A causal matrix (left = queries, right = keys): query i spreads evenly over keys 0..i.
std::vector<float> causalUniform(int n)
{
    std::vector<float> w(std::size_t(n) * std::size_t(n), 0.0f);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j <= i; ++j)
            w[std::size_t(i) * std::size_t(n) + std::size_t(j)] = 1.0f / float(i + 1);
    return w;
}

} // namespace

class TestTokenLinkView : public QObject {
    Q_OBJECT
private slots:
    void hoverHighlightsOnlyThatTokensLinks()
    {
        TokenLinkView view;
        view.setTokens(tokens(4), tokens(4));
        view.setWeightSets({{QStringLiteral("h0"), QColor(Qt::red), causalUniform(4)}});
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.weightSetCount(), 1);
        QCOMPARE(view.weight(0, 3, 1), 0.25f);

        // Nothing hovered: every non-zero link is drawn, none emphasised.
        QCOMPARE(view.highlightedSide(), TokenLinkView::Side::None);
        QVERIFY(view.isLinkDrawn(0, 3, 0));
        QVERIFY(!view.isLinkDrawn(0, 0, 3)); // weight 0 (the future)
        QVERIFY(!view.isLinkHighlighted(3, 0));

        QSignalSpy changed(&view, &TokenLinkView::highlightChanged);
        QTest::mouseMove(&view, view.tokenRect(TokenLinkView::Side::Left, 2).center().toPoint());
        QCOMPARE(view.highlightedSide(), TokenLinkView::Side::Left);
        QCOMPARE(view.highlightedIndex(), 2);
        QCOMPARE(changed.count(), 1);
        for (int i = 0; i < 4; ++i) {
            for (int j = 0; j < 4; ++j) {
                QCOMPARE(view.isLinkHighlighted(i, j), i == 2);
                QCOMPARE(view.isLinkDrawn(0, i, j), i == 2 && j <= 2);
            }
        }

        // A key on the right: the queries that attend to it.
        QTest::mouseMove(&view, view.tokenRect(TokenLinkView::Side::Right, 1).center().toPoint());
        QCOMPARE(view.highlightedSide(), TokenLinkView::Side::Right);
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                QCOMPARE(view.isLinkDrawn(0, i, j), j == 1 && i >= 1);

        // Between the columns: nothing highlighted.
        const QRectF left = view.tokenRect(TokenLinkView::Side::Left, 0);
        const QRectF right = view.tokenRect(TokenLinkView::Side::Right, 0);
        QTest::mouseMove(&view, QPointF((left.right() + right.left()) / 2, left.center().y()).toPoint());
        QCOMPARE(view.highlightedSide(), TokenLinkView::Side::None);
        QVERIFY(view.isLinkDrawn(0, 3, 0));
    }

    void clickPinsAToken()
    {
        TokenLinkView view;
        view.setTokens(tokens(3), tokens(3));
        view.setWeightSets({{QString(), QColor(), causalUniform(3)}});
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint first = view.tokenRect(TokenLinkView::Side::Left, 1).center().toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, first);
        QVERIFY(view.isPinned());
        QTest::mouseMove(&view, view.tokenRect(TokenLinkView::Side::Left, 2).center().toPoint());
        QCOMPARE(view.highlightedIndex(), 1); // still the pinned one
        QTest::mouseClick(&view, Qt::LeftButton, {}, first);
        QVERIFY(!view.isPinned());
    }

    void linesAreDrawnWhereTheWeightsSay()
    {
        TokenLinkView view;
        view.setTokens(tokens(2), tokens(2));
        // Query 0 -> key 0 with weight 1, query 1 -> key 1 with weight 1: two horizontal lines.
        view.setWeightSets({{QString(), QColor(Qt::red), {1.0f, 0.0f, 0.0f, 1.0f}}});
        view.resize(400, 160);
        const QRectF a = view.tokenRect(TokenLinkView::Side::Left, 0);
        const QRectF b = view.tokenRect(TokenLinkView::Side::Right, 0);
        const QPoint middle0((a.right() + b.left()) / 2, a.center().y());
        const QPoint middle1(middle0.x(), view.tokenRect(TokenLinkView::Side::Left, 1).center().y());
        QImage image = view.grab().toImage();
        QCOMPARE(QColor(image.pixel(middle0)).red(), 255);
        QVERIFY(QColor(image.pixel(middle0)).green() < 60);
        QVERIFY(QColor(image.pixel(middle1)).green() < 60);
        view.setHighlightedToken(TokenLinkView::Side::Left, 0);
        image = view.grab().toImage();
        QVERIFY(QColor(image.pixel(middle0)).green() < 60);
        QCOMPARE(image.pixel(middle1), view.palette().color(QPalette::Base).rgb()); // hidden
    }

    void wrongSizedSetsAreDropped()
    {
        TokenLinkView view;
        view.setTokens(tokens(2), tokens(3)); // seq2seq-like: 2 decoder tokens, 3 encoder tokens
        view.setWeightSets({{QStringLiteral("ok"), QColor(), std::vector<float>(6, 0.5f)},
                            {QStringLiteral("bad"), QColor(), std::vector<float>(4, 0.5f)}});
        QCOMPARE(view.weightSetCount(), 1);
        QCOMPARE(view.weight(0, 1, 2), 0.5f);
        QVERIFY(std::isnan(view.weight(0, 2, 0)));
        view.setHighlightedToken(TokenLinkView::Side::Right, 5); // out of range
        QCOMPARE(view.highlightedSide(), TokenLinkView::Side::None);
        QVERIFY(view.minimumSizeHint().height() >= 3 * view.fontMetrics().height());
    }

    void gridThumbnailsAndClicks()
    {
        AttentionGridView grid;
        std::vector<std::vector<float>> matrices;
        for (int k = 0; k < 6; ++k) {
            std::vector<float> m = causalUniform(3);
            for (float& v : m)
                v *= float(k + 1) / 6.0f;
            matrices.push_back(m);
        }
        std::vector<unsigned char> mask(9, 0);
        mask[1] = mask[2] = mask[5] = 1; // j > i
        grid.setMatrices(2, 3, {matrices.begin(), matrices.end()}, 3, 3, mask);
        grid.resize(500, 360);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.gridRows(), 2);
        QCOMPARE(grid.gridColumns(), 3);
        QCOMPARE(grid.thumbnail(1, 2).size(), QSize(3, 3));
        QCOMPARE(grid.thumbnail(0, 0).pixel(2, 0), HeatmapView::maskColor());
        // Own scale: every thumbnail's largest weight (query 0 on itself) is viridis' top.
        QCOMPARE(grid.thumbnail(0, 0).pixel(0, 0), ColorMap::viridis(1.0));
        QCOMPARE(grid.thumbnail(1, 2).pixel(0, 0), ColorMap::viridis(1.0));
        grid.setScaledPerThumbnail(false); // one scale 0..1: the first is 1/6
        QCOMPARE(grid.thumbnail(0, 0).pixel(0, 0), ColorMap::viridis(1.0 / 6.0));
        QCOMPARE(grid.thumbnail(1, 2).pixel(0, 0), ColorMap::viridis(1.0));

        QSignalSpy clicked(&grid, &AttentionGridView::cellClicked);
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.thumbnailRect(1, 0).center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 1);
        QCOMPARE(clicked.at(0).at(1).toInt(), 0);
        QCOMPARE(grid.selectedCell(), QPoint(0, 1));
        QCOMPARE(grid.cellAt(QPointF(1, 1)), QPoint(-1, -1));

        grid.setMatrices(2, 3, {}, 3, 3); // wrong count: nothing
        QCOMPARE(grid.gridRows(), 0);
    }

    void largeMatricesArePooledByTheirMaximum()
    {
        AttentionGridView grid;
        const int n = 2 * AttentionGridView::maxThumbnailCells; // blocks of 2 × 2 cells
        std::vector<float> values(std::size_t(n) * std::size_t(n), 0.0f);
        values[std::size_t(n - 1) * std::size_t(n) + 3] = 0.5f; // row n-1, column 3: block (127, 1)
        values[0] = 1.0f;
        std::vector<unsigned char> mask(values.size(), 0);
        for (int j = 4; j < n; ++j)
            mask[std::size_t(j)] = 1; // row 0 from column 4: blocks (0, 2...) are half masked
        mask[std::size_t(n) + 4] = mask[std::size_t(n) + 5] = 1; // block (0, 2) now wholly masked
        const std::vector<std::span<const float>> one{values};
        grid.setMatrices(1, 1, one, n, n, mask);
        const QImage image = grid.thumbnail(0, 0);
        QCOMPARE(image.size(), QSize(AttentionGridView::maxThumbnailCells, AttentionGridView::maxThumbnailCells));
        QCOMPARE(image.pixel(0, 0), ColorMap::viridis(1.0));
        QCOMPARE(image.pixel(1, 127), ColorMap::viridis(0.5));
        QCOMPARE(image.pixel(2, 127), ColorMap::viridis(0.0));
        QCOMPARE(image.pixel(2, 0), HeatmapView::maskColor());
        QCOMPARE(image.pixel(3, 0), ColorMap::viridis(0.0)); // row 1 of the block is not masked
    }

    void heatmapMaskAndTitles()
    {
        HeatmapView view;
        view.setMatrix({0.5f, 0.0f, 0.25f, 0.75f}, 2, 2);
        view.setMask({0, 1, 0, 0}, QStringLiteral("future"));
        QVERIFY(view.isMasked(0, 1));
        QVERIFY(!view.isMasked(1, 0));
        QCOMPARE(view.matrixImage().pixel(1, 0), HeatmapView::maskColor());
        QCOMPARE(view.rangeMaximum(), double(0.75f));
        QCOMPARE(view.rangeMinimum(), double(0.25f)); // the masked 0 is not part of the range
        view.resize(300, 300);
        const QRect before = view.plotRect();
        view.setAxisTitles(QStringLiteral("Query"), QStringLiteral("Key"));
        QVERIFY(view.plotRect().left() > before.left());
        QVERIFY(view.plotRect().top() > before.top());
        view.setMask({1, 1}); // wrong size: no mask
        QVERIFY(!view.isMasked(0, 1));
        view.setMask({0, 1, 0, 0});
        view.setMatrix({1.0f, 2.0f}, 1, 2); // a new size drops the old mask
        QVERIFY(!view.isMasked(0, 1));
    }
};

QTEST_MAIN(TestTokenLinkView)
#include "tst_tokenlinkview.moc"
