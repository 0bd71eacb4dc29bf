// k-means recovers well-separated clusters, is deterministic for a seed and checks its input.
#include "cluster/KMeansClustering.h"
#include "core/Error.h"

#include <QtTest/QtTest>

#include <set>

using namespace lengua;

class TestKMeansClustering : public QObject {
    Q_OBJECT
private slots:
    void separatedClustersRecovered()
    {
        arma::arma_rng::set_seed(5);
        const arma::mat centres = {{0, 0, 0}, {20, 0, 0}, {0, 20, 0}, {0, 0, 20}};
        arma::mat points(200, 3);
        std::vector<int> truth(200);
        for (arma::uword i = 0; i < 200; ++i) {
            truth[i] = static_cast<int>(i % 4);
            points.row(i) = centres.row(i % 4) + arma::randn<arma::rowvec>(3);
        }
        const KMeansResult result = KMeansClustering::run(points, 4, 11);
        // Same partition as the truth: numbered by first appearance, points 0..3 are in
        // clusters 0..3, and every point shares the label of its true centre's first point.
        for (arma::uword i = 0; i < 200; ++i)
            QCOMPARE(result.labels[i], truth[i]);
        for (int c = 0; c < 4; ++c)
            QVERIFY(arma::norm(result.centroids.row(static_cast<arma::uword>(c)) - centres.row(static_cast<arma::uword>(c))) < 0.5);
        // Inertia ≈ N · D · σ² = 200 · 3 · 1.
        QVERIFY(result.inertia > 400 && result.inertia < 800);
    }

    void seededDeterminism()
    {
        arma::arma_rng::set_seed(6);
        const arma::mat points = arma::randn(300, 5);
        const auto a = KMeansClustering::run(points, 6, 42);
        const auto b = KMeansClustering::run(points, 6, 42);
        QCOMPARE(a.labels, b.labels);
        QVERIFY(arma::approx_equal(a.centroids, b.centroids, "absdiff", 0.0));
        std::set<int> used(a.labels.begin(), a.labels.end());
        QCOMPARE(used.size(), std::size_t(6));
        QCOMPARE(a.labels.front(), 0);
    }

    void handWorked()
    {
        // 1-D: {0, 1, 10, 11} into 2 clusters: centroids 0.5 and 10.5, inertia 4 · 0.25 = 1.
        const arma::mat points(arma::vec{0.0, 1.0, 10.0, 11.0});
        const auto result = KMeansClustering::run(points, 2, 3);
        QCOMPARE(result.labels, (std::vector<int>{0, 0, 1, 1}));
        QCOMPARE(result.inertia, 1.0);
    }

    void badInput()
    {
        const arma::mat points(arma::vec{0.0, 1.0});
        QVERIFY_THROWS_EXCEPTION(Error, KMeansClustering::run(points, 0));
        QVERIFY_THROWS_EXCEPTION(Error, KMeansClustering::run(points, 3));
    }
};

QTEST_APPLESS_MAIN(TestKMeansClustering)
#include "tst_kmeansclustering.moc"
