// PCA on cases worked by hand: a line y = 2x with a small orthogonal wobble, three points
// in the plane, two points in 3-D (the SVD path); the sign convention; bad input.
#include "core/Error.h"
#include "manifold/Pca.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestPca : public QObject {
    Q_OBJECT
private slots:
    void lineWithSmallOffset()
    {
        // Points tᵢ·(1, 2) + ε sᵢ·(−2, 1)/√5 for t = −2..2, s = (1, −2, 2, −2, 1), ε = 0.01.
        // Σs = 0 and Σ t s = 0, so in the basis u = (1, 2)/√5, v = (−2, 1)/√5 the centred
        // coordinates are (t√5, ε s) and the covariance is diagonal:
        //   var_u = 5 Σt² / (N − 1) = 5·10/4 = 12.5,  var_v = ε² Σs² / 4 = 1e-4·14/4 = 3.5e-4.
        // First component (1, 2)/√5 (its largest loading 2/√5 already positive); the second,
        // ±(−2, 1)/√5, is flipped to (2, −1)/√5 so that its largest |loading| is positive,
        // which makes the second coordinate −ε s. Explained ratio 12.5 / (12.5 + 3.5e-4).
        const double eps = 0.01, r5 = std::sqrt(5.0);
        const double t[5] = {-2, -1, 0, 1, 2}, s[5] = {1, -2, 2, -2, 1};
        arma::mat points(5, 2);
        for (int i = 0; i < 5; ++i) {
            points(i, 0) = t[i] * 1.0 + eps * s[i] * (-2.0 / r5);
            points(i, 1) = t[i] * 2.0 + eps * s[i] * (1.0 / r5);
        }
        const PcaResult fit = Pca::fit(points, 2);
        QVERIFY(near(fit.components(0, 0), 1.0 / r5, 1e-9));
        QVERIFY(near(fit.components(0, 1), 2.0 / r5, 1e-9));
        QVERIFY(near(fit.components(1, 0), 2.0 / r5, 1e-6));
        QVERIFY(near(fit.components(1, 1), -1.0 / r5, 1e-6));
        QVERIFY(near(fit.explainedVariance[0], 12.5, 1e-9));
        QVERIFY(near(fit.explainedVariance[1], 3.5e-4, 1e-10));
        QVERIFY(near(fit.explainedVarianceRatio[0], 12.5 / (12.5 + 3.5e-4), 1e-12));
        QVERIFY(near(fit.explainedVarianceRatio[1], 3.5e-4 / (12.5 + 3.5e-4), 1e-12));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(near(fit.coordinates(i, 0), t[i] * r5, 1e-9));
            QVERIFY(near(fit.coordinates(i, 1), -eps * s[i], 1e-8));
        }
        QVERIFY(near(fit.mean[0], 0.0) && near(fit.mean[1], 0.0));
    }

    void threePointsByHand()
    {
        // (2, 0), (−2, 0), (0, 1): mean (0, 1/3); centred (2, −1/3), (−2, −1/3), (0, 2/3).
        // Covariance (divide by N − 1 = 2): xx = (4 + 4 + 0)/2 = 4, yy = (1/9 + 1/9 + 4/9)/2 = 1/3,
        // xy = (−2/3 + 2/3 + 0)/2 = 0. So the components are (1, 0) and (0, 1), variances 4 and
        // 1/3, ratios 12/13 and 1/13, and the coordinates are the centred points themselves.
        const arma::mat points = {{2, 0}, {-2, 0}, {0, 1}};
        const PcaResult fit = Pca::fit(points, 2);
        QVERIFY(near(fit.mean[1], 1.0 / 3.0));
        QVERIFY(near(fit.components(0, 0), 1.0) && near(fit.components(0, 1), 0.0));
        QVERIFY(near(fit.components(1, 0), 0.0) && near(fit.components(1, 1), 1.0));
        QVERIFY(near(fit.explainedVariance[0], 4.0) && near(fit.explainedVariance[1], 1.0 / 3.0));
        QVERIFY(near(fit.explainedVarianceRatio[0], 12.0 / 13.0));
        QVERIFY(near(fit.explainedVarianceRatio[1], 1.0 / 13.0));
        const arma::mat expected = {{2, -1.0 / 3.0}, {-2, -1.0 / 3.0}, {0, 2.0 / 3.0}};
        QVERIFY(arma::approx_equal(fit.coordinates, expected, "absdiff", 1e-9));
        QVERIFY(arma::approx_equal(Pca::project(fit, points), expected, "absdiff", 1e-9));
    }

    void moreDimensionsThanPointsUsesTheSvd()
    {
        // (1, 2, 4) and (3, 2, 1): mean (2, 2, 2.5), centred ±(−1, 0, 1.5). One direction,
        // (−1, 0, 1.5)/√3.25 (its largest loading, 1.5, positive), variance 2·3.25/1 = 6.5,
        // ratio 1; coordinates √3.25 and −√3.25.
        const arma::mat points = {{1, 2, 4}, {3, 2, 1}};
        const PcaResult fit = Pca::fit(points, 1);
        const double length = std::sqrt(3.25);
        QVERIFY(near(fit.components(0, 0), -1.0 / length) && near(fit.components(0, 1), 0.0)
                && near(fit.components(0, 2), 1.5 / length));
        QVERIFY(near(fit.explainedVariance[0], 6.5));
        QVERIFY(near(fit.explainedVarianceRatio[0], 1.0));
        QVERIFY(near(fit.coordinates(0, 0), length) && near(fit.coordinates(1, 0), -length));
    }

    void svdAndCovariancePathsAgree()
    {
        // 6 points in 9-D go through the SVD; the covariance's eigenvalues, computed here
        // directly, must be the same variances.
        arma::arma_rng::set_seed(7);
        const arma::mat points = arma::randn(6, 9);
        const PcaResult fit = Pca::fit(points, 3);
        arma::mat centred = points;
        centred.each_row() -= arma::mean(points, 0);
        const arma::vec values = arma::reverse(arma::eig_sym(centred.t() * centred / 5.0));
        QVERIFY(arma::approx_equal(fit.explainedVariance, values.head(3), "reldiff", 1e-9));
        QVERIFY(arma::approx_equal(fit.components * fit.components.t(), arma::eye(3, 3), "absdiff", 1e-9));
    }

    void signsAreFixed()
    {
        arma::arma_rng::set_seed(11);
        const arma::mat points = arma::randn(40, 5) * arma::diagmat(arma::vec{5, 4, 3, 2, 1});
        const PcaResult fit = Pca::fit(points, 3);
        for (arma::uword r = 0; r < 3; ++r) {
            const arma::uword largest = arma::index_max(arma::abs(fit.components.row(r)));
            QVERIFY(fit.components(r, largest) > 0.0);
        }
        // −X has the same covariance: the same components (not their negatives), and the
        // coordinates change sign.
        const PcaResult negated = Pca::fit(-points, 3);
        QVERIFY(arma::approx_equal(negated.components, fit.components, "absdiff", 1e-9));
        QVERIFY(arma::approx_equal(negated.coordinates, -fit.coordinates, "absdiff", 1e-9));
        const PcaResult again = Pca::fit(points, 3);
        QVERIFY(arma::approx_equal(again.coordinates, fit.coordinates, "absdiff", 0.0));
    }

    void badInput()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit(arma::mat{{1, 2}}, 1));
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit(arma::mat{{1, 2}, {3, 4}}, 0));
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit(arma::mat{{1, 2}, {3, 4}}, 3));
        arma::mat withNan = {{1, 2}, {3, 4}, {5, 6}};
        withNan(1, 1) = arma::datum::nan;
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit(withNan, 1));
    }
};

QTEST_GUILESS_MAIN(TestPca)
#include "tst_pca.moc"
