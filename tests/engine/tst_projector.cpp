// The Projector: PCA, t-SNE and UMAP behind one call, their intermediate layouts
// republished as ProjectionFrames, rows scaled to unit length, clear refusals.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "manifold/Pca.h"
#include "manifold/ProjectionMethod.h"
#include "manifold/Projector.h"
#include "support/ErrorOf.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <stop_token>
#include <vector>

using namespace lengua;

namespace {

// Two clusters of 40 points in 6-D around different directions.
arma::mat twoClusters(std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, 0.1);
    arma::mat points(80, 6);
    for (arma::uword i = 0; i < points.n_rows; ++i)
        for (arma::uword d = 0; d < points.n_cols; ++d)
            points(i, d) = normal(engine) + (d == (i < 40 ? 0u : 1u) ? 1.0 : 0.0);
    return points;
}

ProjectionSettings settingsFor(ProjectionMethod method)
{
    ProjectionSettings settings;
    settings.method = method;
    settings.setSeed(5);
    settings.tsne.perplexity = 10.0;
    settings.tsne.iterations = 300;
    settings.umap.epochs = 60;
    return settings;
}

} // namespace

class TestProjector : public QObject {
    Q_OBJECT
private slots:
    void methodNames()
    {
        for (ProjectionMethod method : {ProjectionMethod::Pca, ProjectionMethod::Tsne, ProjectionMethod::Umap})
            QCOMPARE(projectionMethodFromName(projectionMethodName(method)), std::optional(method));
        QCOMPARE(projectionMethodName(ProjectionMethod::Tsne), std::string("tsne"));
        QVERIFY(!projectionMethodFromName("mds").has_value());
        ProjectionSettings settings;
        settings.setSeed(77);
        QCOMPARE(settings.tsne.seed, std::uint64_t(77));
        QCOMPARE(settings.umap.seed, std::uint64_t(77));
    }

    void everyMethodReturnsAFinishedFrame()
    {
        const arma::mat points = twoClusters(1);
        for (ProjectionMethod method : {ProjectionMethod::Pca, ProjectionMethod::Tsne, ProjectionMethod::Umap}) {
            const ProjectionFrame frame = Projector::run(points, settingsFor(method));
            QCOMPARE(frame.method, method);
            QCOMPARE(frame.coordinates.n_rows, arma::uword(80));
            QCOMPARE(frame.coordinates.n_cols, arma::uword(2));
            QVERIFY(frame.coordinates.is_finite());
            QVERIFY(frame.finished);
            QCOMPARE(frame.iteration, frame.iterations);
            QCOMPARE(frame.iterations, method == ProjectionMethod::Pca ? 1 : (method == ProjectionMethod::Tsne ? 300 : 60));
            // The two clusters end on different sides: the first's mean is far from the
            // second's compared with the spread inside each.
            const arma::rowvec first = arma::mean(frame.coordinates.head_rows(40), 0);
            const arma::rowvec second = arma::mean(frame.coordinates.tail_rows(40), 0);
            const double within = arma::accu(arma::stddev(frame.coordinates.head_rows(40), 0, 0));
            QVERIFY2(arma::norm(first - second) > 2.0 * within, qPrintable(projectionMethodName(method).c_str()));
        }
    }

    void publishesFramesWhileRunning()
    {
        const arma::mat points = twoClusters(2);
        for (ProjectionMethod method : {ProjectionMethod::Pca, ProjectionMethod::Tsne, ProjectionMethod::Umap}) {
            ProjectionSettings settings = settingsFor(method);
            settings.tsne.publishEvery = 50;
            settings.umap.publishEvery = 20;
            std::vector<ProjectionFrame> frames;
            double lastProgress = -1.0;
            JobContext job(
                std::stop_token{}, [&](const JobProgress& progress) { lastProgress = progress.fraction; },
                [&](std::any partial) { frames.push_back(std::any_cast<ProjectionFrame>(partial)); });
            const ProjectionFrame result = Projector::run(points, settings, &job);
            QCOMPARE(lastProgress, 1.0);
            if (method == ProjectionMethod::Pca) {
                QVERIFY(frames.empty()); // one frame, the returned one
                continue;
            }
            // t-SNE: iterations 50, 100, ..., 300; UMAP: the start, then epochs 20, 40, 60.
            const std::vector<int> expected =
                method == ProjectionMethod::Tsne ? std::vector<int>{50, 100, 150, 200, 250, 300} : std::vector<int>{0, 20, 40, 60};
            QCOMPARE(frames.size(), expected.size());
            for (std::size_t i = 0; i < frames.size(); ++i) {
                QCOMPARE(frames[i].method, method);
                QCOMPARE(frames[i].iteration, expected[i]);
                QCOMPARE(frames[i].iterations, expected.back());
                QVERIFY(!frames[i].finished);
                QCOMPARE(frames[i].coordinates.n_rows, arma::uword(80));
            }
            QVERIFY(arma::approx_equal(frames.back().coordinates, result.coordinates, "absdiff", 0.0));
        }
    }

    void normalisesRows()
    {
        // Rows stretched by different powers of 2 (exact in floating point): with
        // normaliseRows the layout is that of the unit rows, without it PCA sees the
        // stretching.
        const arma::mat points = twoClusters(3);
        arma::mat unit = points;
        for (arma::uword i = 0; i < unit.n_rows; ++i)
            unit.row(i) /= arma::norm(unit.row(i));
        arma::mat stretched = points;
        for (arma::uword i = 0; i < stretched.n_rows; ++i)
            stretched.row(i) *= std::ldexp(1.0, int(i % 7) - 3);
        ProjectionSettings settings = settingsFor(ProjectionMethod::Pca);
        const arma::mat expected = Pca::fit(unit, 2).coordinates;
        QVERIFY(arma::approx_equal(Projector::run(stretched, settings).coordinates, expected, "absdiff", 1e-10));
        settings.normaliseRows = false;
        QVERIFY(!arma::approx_equal(Projector::run(stretched, settings).coordinates, expected, "absdiff", 1e-3));
        QVERIFY(arma::approx_equal(Projector::run(unit, settings).coordinates, expected, "absdiff", 1e-10));
        // UMAP too: the same seed gives the same layout for stretched rows normalised
        // and unit rows as they are.
        ProjectionSettings umap = settingsFor(ProjectionMethod::Umap);
        const arma::mat fromStretched = Projector::run(stretched, umap).coordinates;
        umap.normaliseRows = false;
        QVERIFY(arma::approx_equal(fromStretched, Projector::run(unit, umap).coordinates, "absdiff", 0.0));
        QVERIFY(!arma::approx_equal(fromStretched, Projector::run(stretched, umap).coordinates, "absdiff", 1e-3));
    }

    void validation()
    {
        ProjectionSettings pca = settingsFor(ProjectionMethod::Pca);
        QVERIFY(errorOf([&] { Projector::validate(2, pca); }).contains("at least 3 points, got 2"));
        QVERIFY(errorOf([&] { Projector::validate(3, pca); }).isEmpty());
        ProjectionSettings tsne = settingsFor(ProjectionMethod::Tsne);
        tsne.tsne.perplexity = 30.0;
        QCOMPARE(errorOf([&] { Projector::validate(30, tsne); }),
                 QString("t-SNE: the perplexity (30) must be less than the number of points (30); with 30 points use "
                         "a perplexity below 30"));
        QVERIFY(errorOf([&] { Projector::validate(31, tsne); }).isEmpty());
        ProjectionSettings umap = settingsFor(ProjectionMethod::Umap);
        QCOMPARE(errorOf([&] { Projector::validate(10, umap); }),
                 QString("UMAP needs more points than n_neighbors: 10 points, 15 neighbours"));
        QVERIFY(errorOf([&] { Projector::validate(16, umap); }).isEmpty());
        // run() makes the same checks, and refuses non-finite values.
        QVERIFY(errorOf([&] { Projector::run(arma::randn(10, 4), umap); }).contains("n_neighbors"));
        arma::mat withInfinity = arma::randn(20, 3);
        withInfinity(3, 0) = arma::datum::inf;
        QVERIFY(errorOf([&] { Projector::run(withInfinity, pca); }).contains("not a finite number"));
    }

    void cancellation()
    {
        const arma::mat points = twoClusters(4);
        for (ProjectionMethod method : {ProjectionMethod::Tsne, ProjectionMethod::Umap}) {
            std::stop_source source;
            int frames = 0;
            JobContext job(source.get_token(), {}, [&](std::any) {
                ++frames;
                source.request_stop();
            });
            QVERIFY_THROWS_EXCEPTION(JobCancelled, Projector::run(points, settingsFor(method), &job));
            QCOMPARE(frames, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjector)
#include "tst_projector.moc"
