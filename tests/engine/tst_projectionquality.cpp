// Trustworthiness and k-NN recall: 1 for an isometry, and a small case worked by hand
// (the trustworthiness figures agree with sklearn.manifold.trustworthiness 1.2.1).
#include "core/Error.h"
#include "manifold/ExactNeighbours.h"
#include "manifold/ProjectionQuality.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

class TestProjectionQuality : public QObject {
    Q_OBJECT
private slots:
    void isometryIsPerfect()
    {
        // 3-D points on the plane z = 0, laid out in 2-D rotated by 30° and shifted.
        arma::arma_rng::set_seed(3);
        const arma::mat flat = arma::randu(40, 2) * 10.0;
        arma::mat original(40, 3, arma::fill::zeros);
        original.cols(0, 1) = flat;
        const double a = M_PI / 6.0;
        const arma::mat rotation = {{std::cos(a), -std::sin(a)}, {std::sin(a), std::cos(a)}};
        arma::mat embedded = flat * rotation.t();
        embedded.col(0) += 4.0;
        embedded.col(1) -= 2.0;
        for (arma::uword k : {1, 5, 12}) {
            QCOMPARE(ProjectionQuality::trustworthiness(original, embedded, k), 1.0);
            QCOMPARE(ProjectionQuality::neighbourRecall(original, embedded, k), 1.0);
        }
    }

    void handWorkedLine()
    {
        // Five points on a line, x = 0, 1, 3, 7, 15, laid out at 0, 3, 7, 15, 1 (the last
        // point jumps next to the first).
        // k = 1. Layout nearest neighbours: 0→4, 1→4, 2→1, 3→2, 4→0. Their ranks in the
        // original space (1 = nearest): r(0,4) = 4, r(1,4) = 4, r(2,1) = 1, r(3,2) = 1,
        // r(4,0) = 4, so Σ (r − k)⁺ = 3 + 3 + 3 = 9 and
        //   T = 1 − 2 / (N k (2N − 3k − 1)) · 9 = 1 − 18 / (5 · 1 · 6) = 0.4.
        // k = 2. Layout 2-NN: 0:{4, 1}, 1:{4, 0}, 2:{1, 4}, 3:{2, 1} (12 < 14), 4:{0, 1}.
        // Ranks above 2: r(0,4) = r(1,4) = r(2,4) = r(4,0) = 4 and r(4,1) = 3; the rest are 1 or 2.
        // Σ (r − 2)⁺ = 2 + 2 + 2 + 2 + 1 = 9, T = 1 − 2·9 / (5 · 2 · (10 − 6 − 1)) = 1 − 18/30 = 0.4.
        const arma::mat original = arma::mat{0, 1, 3, 7, 15}.t();
        const arma::mat embedded = arma::mat{0, 3, 7, 15, 1}.t();
        QVERIFY(std::abs(ProjectionQuality::trustworthiness(original, embedded, 1) - 0.4) < 1e-12);
        // k-NN recall, k = 1: original nearest 0→1, 1→0, 2→1, 3→2, 4→3; layout 0→4, 1→4,
        // 2→1, 3→2, 4→0: points 2 and 3 agree, 2/5.
        QVERIFY(std::abs(ProjectionQuality::neighbourRecall(original, embedded, 1) - 0.4) < 1e-12);
        QVERIFY(std::abs(ProjectionQuality::trustworthiness(original, embedded, 2) - 0.4) < 1e-12);
        // k = 2: original 2-NN 0:{1, 2}, 1:{0, 2}, 2:{1, 0}, 3:{2, 1}, 4:{3, 2}; shared with the
        // layout's: 1/2, 1/2, 1/2, 2/2, 0/2 → mean 0.5.
        QVERIFY(std::abs(ProjectionQuality::neighbourRecall(original, embedded, 2) - 0.5) < 1e-12);
    }

    void neighboursTieByIndex()
    {
        // Point 0 at the origin, points 1 and 2 both at distance 1: the lower index first.
        const arma::mat points = {{0, 0}, {1, 0}, {0, 1}, {3, 3}};
        const NeighbourTable table = ExactNeighbours::find(points, 2);
        QCOMPARE(table.indices(0, 0), arma::uword(1));
        QCOMPARE(table.indices(0, 1), arma::uword(2));
        QCOMPARE(table.squaredDistances(0, 1), 1.0);
        QCOMPARE(table.indices(3, 0), arma::uword(1)); // (1,0) and (0,1) tie at √13
    }

    void badInput()
    {
        const arma::mat six = arma::randu(6, 3);
        QVERIFY_THROWS_EXCEPTION(Error, ProjectionQuality::trustworthiness(six, arma::randu(5, 2), 1));
        QVERIFY_THROWS_EXCEPTION(Error, ProjectionQuality::trustworthiness(six, arma::randu(6, 2), 3));
        QVERIFY_THROWS_EXCEPTION(Error, ProjectionQuality::trustworthiness(six, arma::randu(6, 2), 0));
        QVERIFY_THROWS_EXCEPTION(Error, ProjectionQuality::neighbourRecall(six, arma::randu(6, 2), 6));
        QVERIFY_THROWS_EXCEPTION(Error, ExactNeighbours::find(six, 6));
    }
};

QTEST_GUILESS_MAIN(TestProjectionQuality)
#include "tst_projectionquality.moc"
