// Procrustes alignment undoes a rotation, a reflection, a scale and a shift exactly, and
// leaves an already aligned layout alone.
#include "core/Error.h"
#include "manifold/LayoutAlignment.h"
#include "support/MatrixAssertions.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

class TestLayoutAlignment : public QObject {
    Q_OBJECT
private slots:
    void undoesSimilarity()
    {
        arma::arma_rng::set_seed(4);
        const arma::mat reference = arma::randn(50, 2);
        const double angle = 2.0;
        const arma::mat rotation = {{std::cos(angle), -std::sin(angle)}, {std::sin(angle), std::cos(angle)}};
        const arma::mat mirror = {{1, 0}, {0, -1}};
        arma::mat moved = reference * rotation * mirror * 3.5;
        moved.col(0) += 10.0;
        const arma::mat aligned = LayoutAlignment::alignTo(moved, reference);
        QVERIFY(arma::approx_equal(aligned, reference, "absdiff", 1e-9));
        QVERIFY(arma::approx_equal(LayoutAlignment::alignTo(reference, reference), reference, "absdiff", 1e-12));
    }

    void noisyLayoutGetsCloser()
    {
        arma::arma_rng::set_seed(5);
        const arma::mat reference = arma::randn(80, 2);
        const arma::mat rotation = {{0, -1}, {1, 0}};
        const arma::mat moved = reference * rotation + 0.05 * arma::randn(80, 2);
        const arma::mat aligned = LayoutAlignment::alignTo(moved, reference);
        QVERIFY(arma::norm(aligned - reference, "fro") < 0.2 * arma::norm(moved - reference, "fro"));
    }

    void shapeMismatch()
    {
        QVERIFY_THROWS_EXCEPTION(Error, LayoutAlignment::alignTo(arma::mat(3, 2), arma::mat(4, 2)));
    }
};

QTEST_APPLESS_MAIN(TestLayoutAlignment)
#include "tst_layoutalignment.moc"
