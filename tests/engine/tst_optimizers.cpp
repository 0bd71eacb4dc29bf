// Optimisers (SGD with momentum, Adam, AdamW), gradient clipping and the warm-up plus
// cosine schedule: one and two steps worked out by hand, and convergence on a quadratic.
#include "core/Error.h"
#include "nn/Adam.h"
#include "nn/AdamW.h"
#include "nn/GradientClipping.h"
#include "nn/LearningRateSchedule.h"
#include "nn/SgdMomentum.h"

#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace lengua;

namespace {

// Every hand-worked value below is compared to 1e-6 (absolute).
void compareVector(const arma::fvec& actual, std::initializer_list<double> expected)
{
    QCOMPARE(actual.n_elem, arma::uword(expected.size()));
    arma::uword i = 0;
    for (double value : expected) {
        const double difference = std::abs(double(actual[i]) - value);
        if (difference > 1e-6)
            QFAIL(qPrintable(QStringLiteral("element %1 is %2, expected %3")
                                 .arg(i).arg(double(actual[i]), 0, 'g', 10).arg(value, 0, 'g', 10)));
        ++i;
    }
}

// The running example: theta0 = (1, -2, 3), first gradient g1 = (0.5, -1, 2),
// second gradient g2 = (-0.5, 0, 4), learning rate 0.1.
arma::fvec theta0() { return arma::fvec{1.0f, -2.0f, 3.0f}; }
arma::fvec gradient1() { return arma::fvec{0.5f, -1.0f, 2.0f}; }
arma::fvec gradient2() { return arma::fvec{-0.5f, 0.0f, 4.0f}; }

} // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    // ---- SGD with momentum (PyTorch form: v <- mu v + g, theta <- theta - lr v) ----

    void sgdMomentumTwoSteps()
    {
        SgdMomentum sgd(0.9f);
        arma::fvec theta = theta0();
        const arma::fvec g = gradient1();
        // Step 1: v = g = (0.5, -1, 2); theta = theta0 - 0.1 v = (0.95, -1.9, 2.8).
        sgd.step(theta, g, 0.1f);
        compareVector(theta, {0.95, -1.9, 2.8});
        // Step 2, same g: v = 0.9 g + g = 1.9 g = (0.95, -1.9, 3.8);
        // theta = (0.95 - 0.095, -1.9 + 0.19, 2.8 - 0.38) = (0.855, -1.71, 2.42).
        sgd.step(theta, g, 0.1f);
        compareVector(theta, {0.855, -1.71, 2.42});
    }

    void sgdNesterovTwoSteps()
    {
        // Nesterov (Sutskever et al. 2013, as PyTorch writes it): theta -= lr (g + mu v).
        SgdMomentum sgd(0.9f, true);
        arma::fvec theta = theta0();
        const arma::fvec g = gradient1();
        // Step 1: v = g; g + 0.9 v = 1.9 g = (0.95, -1.9, 3.8);
        // theta = (1 - 0.095, -2 + 0.19, 3 - 0.38) = (0.905, -1.81, 2.62).
        sgd.step(theta, g, 0.1f);
        compareVector(theta, {0.905, -1.81, 2.62});
        // Step 2: v = 0.9 g + g = 1.9 g; g + 0.9 * 1.9 g = 2.71 g = (1.355, -2.71, 5.42);
        // theta = (0.905 - 0.1355, -1.81 + 0.271, 2.62 - 0.542) = (0.7695, -1.539, 2.078).
        sgd.step(theta, g, 0.1f);
        compareVector(theta, {0.7695, -1.539, 2.078});
    }

    void sgdWeightDecayIsL2()
    {
        SgdMomentum sgd(0.9f, false, 0.1f);
        arma::fvec theta = theta0();
        const arma::fvec g = gradient1();
        // Step 1: g' = g + 0.1 theta0 = (0.6, -1.2, 2.3) = v;
        // theta = (1 - 0.06, -2 + 0.12, 3 - 0.23) = (0.94, -1.88, 2.77).
        sgd.step(theta, g, 0.1f);
        compareVector(theta, {0.94, -1.88, 2.77});
        // Step 2: g' = g + 0.1 theta = (0.594, -1.188, 2.277);
        // v = 0.9 (0.6, -1.2, 2.3) + g' = (1.134, -2.268, 4.347);
        // theta = (0.94 - 0.1134, -1.88 + 0.2268, 2.77 - 0.4347) = (0.8266, -1.6532, 2.3353).
        sgd.step(theta, g, 0.1f);
        compareVector(theta, {0.8266, -1.6532, 2.3353});
    }

    void sgdWithoutMomentumIsPlainGradientDescent()
    {
        SgdMomentum sgd(0.0f);
        arma::fvec theta = theta0();
        // Two steps of theta -= 0.1 g1: theta0 - 0.2 g1 = (0.9, -1.8, 2.6).
        sgd.step(theta, gradient1(), 0.1f);
        sgd.step(theta, gradient1(), 0.1f);
        compareVector(theta, {0.9, -1.8, 2.6});
    }

    // ---- Adam: Kingma & Ba 2015, Algorithm 1, beta1 0.9, beta2 0.999, eps 1e-8 ----

    void adamTwoSteps()
    {
        Adam adam;
        arma::fvec theta = theta0();
        // Step 1 (t = 1): m = 0.1 g1 = (0.05, -0.1, 0.2), v = 0.001 g1^2 = (2.5e-4, 1e-3, 4e-3);
        // bias correction divides by 1 - 0.9 = 0.1 and 1 - 0.999 = 0.001, so mHat = g1,
        // vHat = g1^2 and mHat / (sqrt(vHat) + eps) = g1 / (|g1| + 1e-8) = sign(g1) up to 2e-8:
        // theta = theta0 - 0.1 sign(g1) = (0.9, -1.9, 2.9). Every weight moves by lr,
        // whatever the gradient's size (Kingma & Ba section 2.1).
        adam.step(theta, gradient1(), 0.1f);
        QCOMPARE(adam.stepCount(), 1LL);
        compareVector(theta, {0.9, -1.9, 2.9});
        // Step 2 (t = 2), g2 = (-0.5, 0, 4); corrections 1 - 0.81 = 0.19, 1 - 0.998001 = 0.001999.
        // m = 0.9 m + 0.1 g2 = (-0.005, -0.09, 0.58);  mHat = m / 0.19
        //   = (-0.0263157895, -0.473684211, 3.05263158).
        // v = 0.999 v + 0.001 g2^2 = (4.9975e-4, 9.99e-4, 0.019996);  vHat = v / 0.001999
        //   = (0.25, 0.499749875, 10.0030015);  sqrt = (0.5, 0.706929894, 3.16275220).
        // update = mHat / (sqrt + eps) = (-0.0526315779, -0.670058245, 0.965182023);
        // theta = (0.9, -1.9, 2.9) - 0.1 update = (0.905263158, -1.83299418, 2.80348180).
        adam.step(theta, gradient2(), 0.1f);
        compareVector(theta, {0.905263158, -1.83299418, 2.80348180});
    }

    void adamResetStartsOver()
    {
        Adam adam;
        arma::fvec theta = theta0();
        adam.step(theta, gradient1(), 0.1f);
        adam.step(theta, gradient2(), 0.1f);
        adam.reset();
        QCOMPARE(adam.stepCount(), 0LL);
        // After reset the next step is again t = 1: a move of exactly lr per weight.
        theta = theta0();
        adam.step(theta, gradient2() + 1.0f, 0.1f); // (0.5, 1, 5): all positive
        compareVector(theta, {0.9, -2.1, 2.9});
    }

    // ---- AdamW: Loshchilov & Hutter 2019, Algorithm 2 ----

    void adamWTwoSteps()
    {
        AdamW adamW(0.9f, 0.999f, 1e-8f, 0.1f);
        arma::fvec theta = theta0();
        // Step 1: the Adam part is sign(g1) = (1, -1, 1) as in adamTwoSteps; then
        // theta = theta0 - 0.1 ((1, -1, 1) + 0.1 theta0) = (1 - 0.1 - 0.01, -2 + 0.1 + 0.02,
        // 3 - 0.1 - 0.03) = (0.89, -1.88, 2.87).
        adamW.step(theta, gradient1(), 0.1f);
        compareVector(theta, {0.89, -1.88, 2.87});
        // Step 2: m and v see only the raw gradients, so the Adam part is the same
        // update = (-0.0526315779, -0.670058245, 0.965182023) as in adamTwoSteps;
        // theta = 0.99 (0.89, -1.88, 2.87) - 0.1 update
        //       = (0.8811 + 0.00526315779, -1.8612 + 0.0670058245, 2.8413 - 0.0965182023)
        //       = (0.886363158, -1.79419418, 2.74478180).
        adamW.step(theta, gradient2(), 0.1f);
        compareVector(theta, {0.886363158, -1.79419418, 2.74478180});
    }

    void adamWDiffersFromAdamWithL2()
    {
        // Loshchilov & Hutter section 2: with L2 the decay term lambda theta is added to
        // the gradient and then divided by sqrt(vHat), so it is normalised away; decoupled
        // decay shrinks every weight by the factor (1 - lr lambda) instead.
        const float lambda = 0.1f;
        {
            // A zero gradient isolates the decay. Adam + L2: g' = 0.1 theta0 = (0.1, -0.2, 0.3),
            // mHat / sqrt(vHat) = sign(g') = (1, -1, 1): every weight moves by lr = 0.1,
            // big or small: (0.9, -1.9, 2.9).
            Adam adamL2(0.9f, 0.999f, 1e-8f, lambda);
            arma::fvec theta = theta0();
            adamL2.step(theta, arma::fvec(3, arma::fill::zeros), 0.1f);
            compareVector(theta, {0.9, -1.9, 2.9});
            // AdamW: m = v = 0, so the Adam part is 0 / (0 + eps) = 0 and
            // theta = theta0 - 0.1 * 0.1 theta0 = 0.99 theta0 = (0.99, -1.98, 2.97).
            AdamW adamW(0.9f, 0.999f, 1e-8f, lambda);
            theta = theta0();
            adamW.step(theta, arma::fvec(3, arma::fill::zeros), 0.1f);
            compareVector(theta, {0.99, -1.98, 2.97});
        }
        {
            // With the gradient g1: Adam + L2 sees g' = g1 + 0.1 theta0 = (0.6, -1.2, 2.3),
            // whose signs are those of g1, so the decay has no effect at all on step 1:
            // (0.9, -1.9, 2.9), exactly plain Adam. AdamW decays: (0.89, -1.88, 2.87).
            Adam adamL2(0.9f, 0.999f, 1e-8f, lambda);
            Adam adamPlain;
            AdamW adamW(0.9f, 0.999f, 1e-8f, lambda);
            arma::fvec a = theta0(), b = theta0(), c = theta0();
            adamL2.step(a, gradient1(), 0.1f);
            adamPlain.step(b, gradient1(), 0.1f);
            adamW.step(c, gradient1(), 0.1f);
            compareVector(a, {0.9, -1.9, 2.9});
            compareVector(b, {0.9, -1.9, 2.9});
            compareVector(c, {0.89, -1.88, 2.87});
        }
    }

    void adamWWithoutDecayIsAdam()
    {
        Adam adam;
        AdamW adamW(0.9f, 0.999f, 1e-8f, 0.0f);
        arma::fvec a = theta0(), b = theta0();
        for (int i = 0; i < 5; ++i) {
            const arma::fvec g = (i % 2 == 0) ? gradient1() : gradient2();
            adam.step(a, g, 0.05f);
            adamW.step(b, g, 0.05f);
        }
        QVERIFY(arma::approx_equal(a, b, "absdiff", 1e-7f));
    }

    // ---- State and errors ----

    void stateIsSizedOnFirstStepAndChecked()
    {
        std::unique_ptr<Optimizer> optimizers[] = {std::make_unique<SgdMomentum>(0.9f),
                                                   std::make_unique<Adam>(),
                                                   std::make_unique<AdamW>()};
        for (auto& optimizer : optimizers) {
            arma::fvec theta = theta0();
            const float* data = theta.memptr();
            optimizer->step(theta, gradient1(), 0.1f);
            QCOMPARE(theta.memptr(), data); // updated in place
            arma::fvec other(4, arma::fill::ones);
            QVERIFY_THROWS_EXCEPTION(Error, optimizer->step(other, other, 0.1f));
            QVERIFY_THROWS_EXCEPTION(Error, optimizer->step(theta, other, 0.1f));
            optimizer->reset();
            optimizer->step(other, other, 0.1f); // fine after reset
        }
        QVERIFY_THROWS_EXCEPTION(Error, SgdMomentum(1.0f));
        QVERIFY_THROWS_EXCEPTION(Error, SgdMomentum(0.0f, true));
        QVERIFY_THROWS_EXCEPTION(Error, Adam(1.0f));
        QVERIFY_THROWS_EXCEPTION(Error, AdamW(0.9f, 0.999f, 1e-8f, -0.1f));
    }

    // ---- Gradient clipping by global norm ----

    void clippingScalesToMaxNorm()
    {
        // (0, 3, 4) has norm 5; clipped to 1 it is scaled by 1 / 5 = 0.2: (0, 0.6, 0.8).
        arma::fvec g{0.0f, 3.0f, 4.0f};
        GradientClipping clipping(1.0f);
        const float norm = clipping.clip(g);
        QCOMPARE(norm, 5.0f);
        compareVector(g, {0.0, 0.6, 0.8});
        QCOMPARE(GradientClipping::globalNorm(g), 1.0f);
    }

    void clippingLeavesSmallGradientsAlone()
    {
        // Norm 5 under a bound of 10, and norm exactly at the bound: unchanged.
        arma::fvec g{0.0f, -3.0f, 4.0f};
        QCOMPARE(GradientClipping::clip(g, 10.0f), 5.0f);
        compareVector(g, {0.0, -3.0, 4.0});
        QCOMPARE(GradientClipping::clip(g, 5.0f), 5.0f);
        compareVector(g, {0.0, -3.0, 4.0});
    }

    void clippingLeavesNonFiniteGradientsForTheCaller()
    {
        arma::fvec g{1.0f, std::nanf(""), 2.0f};
        QVERIFY(std::isnan(GradientClipping::clip(g, 1.0f)));
        QCOMPARE(g[0], 1.0f);
        QCOMPARE(g[2], 2.0f);
        QVERIFY_THROWS_EXCEPTION(Error, GradientClipping(0.0f));
    }

    // ---- Warm-up plus cosine schedule (nanoGPT's get_lr) ----

    void scheduleValues()
    {
        // max 1, min 0.1, warm-up W = 4 steps, floor reached at step D = 12.
        const LearningRateSchedule schedule(1.0f, 0.1f, 4, 12);
        QCOMPARE(schedule.rate(0), 0.2f);                    // 1 * (0 + 1) / (4 + 1)
        QCOMPARE(schedule.rate(2), 0.6f);                    // mid warm-up: 3 / 5
        QCOMPARE(schedule.rate(3), 0.8f);                    // last warm-up step: 4 / 5
        QCOMPARE(schedule.rate(4), 1.0f);                    // end of warm-up: ratio 0, cos 0 = 1
        // A quarter into the decay, ratio 2 / 8: 0.1 + 0.5 (1 + cos(pi / 4)) 0.9 = 0.868198052.
        QVERIFY(std::abs(schedule.rate(6) - 0.868198052f) < 1e-6f);
        // Halfway, ratio 4 / 8: cos(pi / 2) = 0, so 0.1 + 0.5 * 0.9 = 0.55.
        QVERIFY(std::abs(schedule.rate(8) - 0.55f) < 1e-6f);
        QVERIFY(std::abs(schedule.rate(12) - 0.1f) < 1e-6f); // last step: cos(pi) = -1
        QCOMPARE(schedule.rate(13), 0.1f);                   // beyond: the floor
        QCOMPARE(schedule.rate(1000000), 0.1f);
    }

    void scheduleWithoutWarmupStartsAtMaximum()
    {
        const LearningRateSchedule schedule(0.5f, 0.0f, 0, 10);
        QCOMPARE(schedule.rate(0), 0.5f);
        QVERIFY(std::abs(schedule.rate(5) - 0.25f) < 1e-6f);
        QVERIFY(std::abs(schedule.rate(10)) < 1e-6f);
    }

    void scheduleRejectsBadArguments()
    {
        QVERIFY_THROWS_EXCEPTION(Error, LearningRateSchedule(1.0f, 0.1f, 10, 10));
        QVERIFY_THROWS_EXCEPTION(Error, LearningRateSchedule(0.1f, 1.0f, 0, 10));
        QVERIFY_THROWS_EXCEPTION(Error, LearningRateSchedule(1.0f, 0.1f, -1, 10));
        QVERIFY_THROWS_EXCEPTION(Error, LearningRateSchedule(1.0f, 0.1f, 0, 10).rate(-1));
    }

    // ---- Convergence on f(x) = 1/2 x^T A x - b^T x, A = diag(1, 2, 4), b = (1, -2, 2) ----
    // The gradient is A x - b, the minimum x* = A^-1 b = (1, -1, 0.5).

    void convergesOnQuadratic_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<float>("learningRate");
        QTest::addColumn<int>("steps");
        QTest::newRow("sgd momentum") << 0 << 0.1f << 300;
        QTest::newRow("sgd nesterov") << 1 << 0.1f << 300;
        QTest::newRow("adam") << 2 << 0.05f << 1000;
        QTest::newRow("adamw") << 3 << 0.05f << 1000;
        QTest::newRow("adamw + clipping + schedule") << 4 << 0.1f << 1000;
    }

    void convergesOnQuadratic()
    {
        QFETCH(int, kind);
        QFETCH(float, learningRate);
        QFETCH(int, steps);
        const arma::fvec a{1.0f, 2.0f, 4.0f};
        const arma::fvec b{1.0f, -2.0f, 2.0f};
        const arma::fvec expected{1.0f, -1.0f, 0.5f};

        std::unique_ptr<Optimizer> optimizer;
        switch (kind) {
        case 0: optimizer = std::make_unique<SgdMomentum>(0.9f); break;
        case 1: optimizer = std::make_unique<SgdMomentum>(0.9f, true); break;
        case 2: optimizer = std::make_unique<Adam>(); break;
        default: optimizer = std::make_unique<AdamW>(0.9f, 0.999f, 1e-8f, 1e-4f); break;
        }
        const LearningRateSchedule schedule(learningRate, 0.0f, 50, steps - 1);

        arma::fvec x(3, arma::fill::zeros);
        arma::fvec gradient(3);
        for (int step = 0; step < steps; ++step) {
            gradient = a % x - b;
            float rate = learningRate;
            if (kind == 4) {
                GradientClipping::clip(gradient, 1.0f);
                rate = schedule.rate(step);
            }
            optimizer->step(x, gradient, rate);
        }
        const float error = arma::abs(x - expected).max();
        if (!(error < 1e-3f))
            QFAIL(qPrintable(QStringLiteral("after %1 steps x = (%2, %3, %4), error %5")
                                 .arg(steps).arg(x[0]).arg(x[1]).arg(x[2]).arg(error)));
    }
};

QTEST_GUILESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
