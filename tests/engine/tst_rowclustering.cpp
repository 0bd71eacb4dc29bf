// Average-linkage clustering of rows on cosine distance: obvious blocks end up together,
// and a small case is checked against the merges worked out by hand.
#include "core/Error.h"
#include "count/RowClustering.h"

#include <QtTest/QtTest>

#include <algorithm>

using namespace lengua;

namespace {

std::size_t positionOf(const std::vector<std::size_t>& order, std::size_t row)
{
    return std::size_t(std::find(order.begin(), order.end(), row) - order.begin());
}

} // namespace

class TestRowClustering : public QObject {
    Q_OBJECT
private slots:
    void twoBlocksStayTogether()
    {
        // Rows 0, 2, 4, 6 point along the first two columns, rows 1, 3, 5 along the last two:
        // the leaf order must hold each block in consecutive positions.
        const std::vector<float> values = {
            5, 4, 0, 0,  0, 0, 1, 2,  3, 3, 0, 0,  0, 1, 9, 8,
            9, 7, 1, 0,  0, 0, 3, 3,  1, 1, 0, 0,
        };
        const auto order = RowClustering::order(values, 7, 4);
        QCOMPARE(order.size(), std::size_t(7));
        std::vector<std::size_t> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6}));
        std::vector<std::size_t> firstBlock;
        for (std::size_t row : {0, 2, 4, 6})
            firstBlock.push_back(positionOf(order, row));
        std::sort(firstBlock.begin(), firstBlock.end());
        QVERIFY(firstBlock.back() - firstBlock.front() == 3);
    }

    void mergesByHand()
    {
        // Four rows in 2-D: r0 = (1, 0), r1 = (0, 1), r2 = (1, .1), r3 = (.1, 1).
        // Cosine distances: d(0,2) = d(1,3) = 1 - 1/√1.01 = .004963 (tie: the lowest indices,
        // {0,2}, merge first), then {1,3}, then the two blocks. Leaf order 0 2 1 3.
        const std::vector<float> values = {1, 0, 0, 1, 1, 0.1f, 0.1f, 1};
        QCOMPARE(RowClustering::order(values, 4, 2), (std::vector<std::size_t>{0, 2, 1, 3}));
    }

    void averageLinkageNotSingle()
    {
        // Unit vectors at angles; cosine distance 1 - cos(angle between).
        auto at = [](double degrees) {
            return std::pair{float(std::cos(degrees * M_PI / 180)), float(std::sin(degrees * M_PI / 180))};
        };
        std::vector<float> values;
        for (double angle : {90.0, 0.0, 30.0, 50.0}) {
            const auto [x, y] = at(angle);
            values.push_back(x);
            values.push_back(y);
        }
        // Rows: 0 = 90°, 1 = 0°, 2 = 30°, 3 = 50°. First {2,3} (20° apart, .0603); then the
        // average distances: 1 to {2,3} (.1340 + .3572)/2 = .2456, 0 to {2,3} (.5 + .2340)/2
        // = .3670, 0 to 1 = 1. So 1 joins (slot 1 absorbs slot 2: leaves 1 2 3), then 0:
        // order 0 1 2 3. (Single linkage would give the same tree here; complete linkage too,
        // but the .2456 / .3670 values are average linkage's.)
        QCOMPARE(RowClustering::order(values, 4, 2), (std::vector<std::size_t>{0, 1, 2, 3}));
    }

    void smallAndBadInput()
    {
        QCOMPARE(RowClustering::order({}, 0, 3), std::vector<std::size_t>{});
        QCOMPARE(RowClustering::order({1, 2}, 1, 2), std::vector<std::size_t>{0});
        QVERIFY_THROWS_EXCEPTION(Error, RowClustering::order({1, 2, 3}, 2, 2));
        // Zero rows are at distance 1 from everything and still placed.
        const auto order = RowClustering::order({0, 0, 1, 1, 0, 0, 2, 2}, 4, 2);
        QCOMPARE(order.size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestRowClustering)
#include "tst_rowclustering.moc"
