// Greedy label placement: no two kept boxes overlap, the first of two clashing boxes
// wins, and a box that clashes with nothing kept is always kept.
#include "manifold/LabelPlacement.h"

#include <QtTest/QtTest>

#include <random>

using namespace lengua;

class TestLabelPlacement : public QObject {
    Q_OBJECT
private slots:
    void priorityWins()
    {
        // Box 1 overlaps box 0, box 2 overlaps box 1 only: 0 and 2 are kept (1 loses to
        // 0, so 2 no longer clashes with anything kept).
        const std::vector<LabelBox> boxes = {{0, 0, 10, 4}, {8, 2, 10, 4}, {16, 4, 10, 4}, {100, 100, 5, 5}};
        const auto kept = LabelPlacement::choose(boxes);
        QCOMPARE(kept, (std::vector<std::size_t>{0, 2, 3}));
        // Reversed priority: 2 first, then 1 clashes with 2, 0 is free.
        const std::vector<LabelBox> reversed = {boxes[2], boxes[1], boxes[0]};
        QCOMPARE(LabelPlacement::choose(reversed), (std::vector<std::size_t>{0, 2}));
    }

    void touchingIsNotOverlapping()
    {
        const std::vector<LabelBox> boxes = {{0, 0, 10, 4}, {10, 0, 10, 4}, {0, 4, 10, 4}};
        QCOMPARE(LabelPlacement::choose(boxes).size(), std::size_t(3));
    }

    void randomBoxesNeverOverlapAndAreMaximal()
    {
        std::mt19937 random(7);
        std::uniform_real_distribution<double> position(0, 500), size(5, 60);
        std::vector<LabelBox> boxes;
        for (int i = 0; i < 3000; ++i)
            boxes.push_back({position(random), position(random), size(random), size(random) / 4});
        const auto kept = LabelPlacement::choose(boxes);
        QVERIFY(kept.size() > 50);
        QVERIFY(std::is_sorted(kept.begin(), kept.end()));
        for (std::size_t a = 0; a < kept.size(); ++a)
            for (std::size_t b = a + 1; b < kept.size(); ++b)
                QVERIFY(!boxes[kept[a]].intersects(boxes[kept[b]]));
        // Greedy: every rejected box clashes with a kept box of higher priority.
        std::vector<bool> isKept(boxes.size(), false);
        for (auto i : kept)
            isKept[i] = true;
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (isKept[i])
                continue;
            bool clashes = false;
            for (auto j : kept)
                if (j < i && boxes[i].intersects(boxes[j]))
                    clashes = true;
            QVERIFY2(clashes, "a rejected box clashes with no earlier kept box");
        }
    }

    void maximumAndEmptyBoxes()
    {
        const std::vector<LabelBox> boxes = {{0, 0, 0, 4}, {0, 0, 5, 5}, {20, 0, 5, 5}, {40, 0, 5, 5}};
        QCOMPARE(LabelPlacement::choose(boxes, 2), (std::vector<std::size_t>{1, 2}));
        QVERIFY(LabelPlacement::choose({}).empty());
    }
};

QTEST_APPLESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
