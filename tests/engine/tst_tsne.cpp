// t-SNE: perplexity calibration, the gradient against finite differences, Barnes–Hut
// against the exact gradient, separated clusters staying separated, determinism,
// published layouts, bad input.
#include "core/Error.h"
#include "core/JobContext.h"
#include "manifold/DistanceBlocks.h"
#include "manifold/ExactNeighbours.h"
#include "manifold/ProjectionQuality.h"
#include "manifold/Tsne.h"
#include "manifold/TsneAffinities.h"
#include "manifold/TsneGradient.h"
#include "support/GaussianClusters.h"
#include "support/GradientCheck.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace lengua;

class TestTsne : public QObject {
    Q_OBJECT
private slots:
    void perplexityCalibration()
    {
        arma::arma_rng::set_seed(5);
        const arma::mat points = arma::randn(60, 5) * 3.0;
        for (double perplexity : {2.0, 10.0, 30.0}) {
            const arma::mat conditional =
                TsneAffinities::conditional(DistanceBlocks(points).all(), perplexity);
            for (arma::uword i = 0; i < points.n_rows; ++i) {
                const arma::rowvec row = conditional.row(i);
                QVERIFY(std::abs(arma::accu(row) - 1.0) < 1e-12);
                QCOMPARE(row[i], 0.0);
                const double h = TsneAffinities::entropy(row.memptr(), row.n_elem);
                QVERIFY2(std::abs(h - std::log(perplexity)) < 1e-4,
                         qPrintable(QString("row %1: entropy %2").arg(i).arg(h)));
            }
            const arma::mat p = TsneAffinities::joint(conditional);
            QVERIFY(std::abs(arma::accu(p) - 1.0) < 1e-12);
            QVERIFY(arma::approx_equal(p, p.t(), "absdiff", 0.0));
        }
        // The sparse version over 3·perplexity + 1 neighbours: each row of the
        // conditional matrix before symmetrisation has the same entropy.
        const NeighbourTable neighbours = ExactNeighbours::find(points, 31);
        std::vector<double> probabilities(31);
        for (arma::uword i = 0; i < points.n_rows; ++i) {
            const arma::rowvec distances = neighbours.squaredDistances.row(i);
            const double h = TsneAffinities::calibrateRow(distances.memptr(), 31, 10.0, probabilities.data());
            QVERIFY(std::abs(TsneAffinities::entropy(probabilities.data(), 31) - std::log(10.0)) < 1e-4);
            QVERIFY(std::abs(h - std::log(10.0)) < 1e-4);
        }
        const arma::sp_mat sparse = TsneAffinities::sparseJoint(neighbours, 10.0);
        QVERIFY(std::abs(arma::accu(sparse) - 1.0) < 1e-12);
        QVERIFY(arma::approx_equal(arma::mat(sparse), arma::mat(sparse.t()), "absdiff", 0.0));
    }

    void exactGradientMatchesFiniteDifferences()
    {
        // KL(P ‖ Q) of a 7-point layout as a function of the layout: the analytic gradient
        // (eq. 5 of van der Maaten & Hinton 2008) against central differences.
        arma::arma_rng::set_seed(9);
        const arma::mat points = arma::randn(7, 4);
        const arma::mat p =
            TsneAffinities::joint(TsneAffinities::conditional(DistanceBlocks(points).all(), 3.0));
        arma::fmat layout = arma::conv_to<arma::fmat>::from(arma::randn(7, 2));
        arma::mat gradient;
        TsneGradient::exact(p, arma::conv_to<arma::mat>::from(layout), 1.0, gradient, true);
        const arma::fmat analytic = arma::conv_to<arma::fmat>::from(gradient);
        arma::mat scratch;
        auto kl = [&]() {
            return TsneGradient::exact(p, arma::conv_to<arma::mat>::from(layout), 1.0, scratch, true);
        };
        const test::GradientTolerance tolerance{1e-3, 1e-4, 1e-3};
        const test::GradientCheckResult result =
            test::checkGradient(kl, layout.memptr(), analytic.memptr(), layout.n_elem, tolerance, "layout");
        QVERIFY2(result.passed, result.message.c_str());
        QCOMPARE(result.checked, std::size_t(14));
    }

    void barnesHutApproachesExact()
    {
        arma::arma_rng::set_seed(13);
        const arma::mat points = arma::randn(300, 6);
        const arma::mat p =
            TsneAffinities::joint(TsneAffinities::conditional(DistanceBlocks(points).all(), 20.0));
        const arma::sp_mat sparse(p);
        const arma::mat layout = arma::randn(300, 2) * 5.0;
        arma::mat exact, approximate;
        const double exactKl = TsneGradient::exact(p, layout, 1.0, exact, true);
        // θ = 0 opens every cell: the same sums in another order.
        double kl = TsneGradient::barnesHut(sparse, layout, 1.0, 0.0, approximate, true, 1);
        QVERIFY(arma::approx_equal(approximate, exact, "absdiff", 1e-12 * arma::abs(exact).max() + 1e-15));
        QVERIFY(std::abs(kl - exactKl) < 1e-10);
        // Small θ: close; the usual θ = 0.5 still within a few per cent.
        const double scale = arma::norm(exact, "fro");
        TsneGradient::barnesHut(sparse, layout, 1.0, 0.1, approximate, false, 1);
        QVERIFY2(arma::norm(approximate - exact, "fro") < 1e-3 * scale,
                 qPrintable(QString::number(arma::norm(approximate - exact, "fro") / scale)));
        TsneGradient::barnesHut(sparse, layout, 1.0, 0.5, approximate, false, 1);
        QVERIFY(arma::norm(approximate - exact, "fro") < 5e-2 * scale);
        // The exaggeration multiplies the attraction only.
        arma::mat exaggerated;
        TsneGradient::exact(p, layout, 12.0, exaggerated, false);
        TsneGradient::barnesHut(sparse, layout, 12.0, 0.0, approximate, false, 2);
        QVERIFY(arma::approx_equal(approximate, exaggerated, "absdiff", 1e-12 * arma::abs(exaggerated).max()));
    }

    void separatesClustersExact()
    {
        const arma::mat points = threeClusters(60, 20, 42);
        TsneSettings settings;
        settings.method = TsneSettings::Method::Exact;
        const TsneLayout layout = Tsne::run(points, settings);
        QCOMPARE(layout.coordinates.n_rows, arma::uword(180));
        QCOMPARE(layout.coordinates.n_cols, arma::uword(2));
        QVERIFY(clustersSeparate(layout.coordinates, 60));
        const double trust = ProjectionQuality::trustworthiness(points, layout.coordinates, 5);
        QVERIFY2(trust > 0.9, qPrintable(QString::number(trust)));
        QVERIFY(std::isfinite(layout.klDivergence) && layout.klDivergence > 0.0);
    }

    void separatesClustersBarnesHut()
    {
        const arma::mat points = threeClusters(60, 20, 43);
        TsneSettings settings;
        settings.method = TsneSettings::Method::BarnesHut;
        settings.perplexity = 20.0;
        const TsneLayout layout = Tsne::run(points, settings);
        QVERIFY(clustersSeparate(layout.coordinates, 60));
        const double trust = ProjectionQuality::trustworthiness(points, layout.coordinates, 5);
        QVERIFY2(trust > 0.9, qPrintable(QString::number(trust)));
    }

    void deterministic()
    {
        const arma::mat points = threeClusters(20, 8, 7);
        TsneSettings settings;
        settings.initialisation = TsneSettings::Initialisation::Random;
        settings.seed = 123;
        settings.iterations = 300;
        settings.perplexity = 10.0;
        settings.method = TsneSettings::Method::Exact;
        QVERIFY(arma::approx_equal(Tsne::run(points, settings).coordinates,
                                   Tsne::run(points, settings).coordinates, "absdiff", 0.0));
        settings.seed = 124;
        const arma::mat otherSeed = Tsne::run(points, settings).coordinates;
        settings.seed = 123;
        QVERIFY(!arma::approx_equal(Tsne::run(points, settings).coordinates, otherSeed, "absdiff", 1e-6));
        // Barnes–Hut: the same layout for 1 and 2 threads.
        settings.method = TsneSettings::Method::BarnesHut;
        settings.threads = 1;
        const arma::mat one = Tsne::run(points, settings).coordinates;
        settings.threads = 2;
        QVERIFY(arma::approx_equal(Tsne::run(points, settings).coordinates, one, "absdiff", 0.0));
    }

    void publishesLayouts()
    {
        const arma::mat points = threeClusters(15, 6, 8);
        TsneSettings settings;
        settings.perplexity = 8.0;
        settings.iterations = 400;
        settings.publishEvery = 25;
        std::vector<TsneLayout> published;
        JobContext job(std::stop_token{}, {}, [&](std::any partial) {
            published.push_back(std::any_cast<TsneLayout>(partial));
        });
        const TsneLayout final = Tsne::run(points, settings, &job);
        QCOMPARE(published.size(), std::size_t(16));
        for (std::size_t i = 0; i < published.size(); ++i) {
            QCOMPARE(published[i].iteration, int(25 * (i + 1)));
            QCOMPARE(published[i].coordinates.n_rows, arma::uword(45));
            QVERIFY(std::isfinite(published[i].klDivergence));
            QCOMPARE(published[i].exaggerated, published[i].iteration <= 250);
        }
        QVERIFY(arma::approx_equal(published.back().coordinates, final.coordinates, "absdiff", 0.0));
        // The cost falls once the exaggeration is off.
        QVERIFY(published.back().klDivergence < published[10].klDivergence);
    }

    // A vanished gradient during early exaggeration ends that phase, not the run, as in
    // scikit-learn's two calls of _gradient_descent (unit-length word vectors collapse in the
    // first phase and unfold in the second). With a threshold no gradient can beat, the
    // first check (iteration 50) ends the exaggeration and the next (100) the run.
    void convergenceInTheFirstPhaseStartsTheSecond()
    {
        const arma::mat points = threeClusters(10, 5, 9);
        TsneSettings settings;
        settings.perplexity = 5.0;
        settings.method = TsneSettings::Method::Exact;
        settings.minimumGradientNorm = 1e30;
        settings.publishEvery = 10;
        std::vector<TsneLayout> published;
        JobContext job(std::stop_token{}, {}, [&](std::any partial) {
            published.push_back(std::any_cast<TsneLayout>(partial));
        });
        const TsneLayout final = Tsne::run(points, settings, &job);
        QCOMPARE(final.iteration, 100);
        QCOMPARE(published.size(), std::size_t(10));
        QVERIFY(published[4].exaggerated);  // iteration 50, the first check
        QVERIFY(!published[5].exaggerated); // iteration 60
    }

    void learningRateAuto()
    {
        TsneSettings settings;
        QVERIFY(std::abs(settings.effectiveLearningRate(5000) - 5000.0 / 12.0 / 4.0) < 1e-12);
        QCOMPARE(settings.effectiveLearningRate(100), 50.0);
        settings.learningRate = 200.0;
        QCOMPARE(settings.effectiveLearningRate(5000), 200.0);
        QVERIFY(!settings.usesBarnesHut(2000) && settings.usesBarnesHut(2001));
    }

    void pcaInitialisationScale()
    {
        const arma::mat points = threeClusters(10, 5, 3);
        const arma::mat start = Tsne::initialLayout(points, TsneSettings{});
        QVERIFY(std::abs(arma::stddev(start.col(0)) - 1e-4) < 1e-12);
    }

    void badInput()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Tsne::run(arma::mat{{1, 2, 3}}));
        TsneSettings settings;
        settings.perplexity = 5.0;
        try {
            Tsne::run(arma::randn(5, 3), settings);
            QFAIL("a perplexity of 5 with 5 points was accepted");
        } catch (const Error& error) {
            QVERIFY2(QString(error.what()).contains("below 5"), error.what());
        }
        arma::mat withInfinity = arma::randn(10, 3);
        withInfinity(4, 2) = arma::datum::inf;
        settings.perplexity = 3.0;
        QVERIFY_THROWS_EXCEPTION(Error, Tsne::run(withInfinity, settings));
        settings.perplexity = 0.0;
        QVERIFY_THROWS_EXCEPTION(Error, Tsne::run(arma::randn(10, 3), settings));
    }
};

QTEST_GUILESS_MAIN(TestTsne)
#include "tst_tsne.moc"
