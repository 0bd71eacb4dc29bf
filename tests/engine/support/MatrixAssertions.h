// Qt Test assertions for the neural core's suites: matrices compared element by
// element (naming the first that differs) and gradient-check results.
#pragma once

#include "GradientCheck.h"

#include <QString>
#include <QtTest/QtTest>

#include <armadillo>

#include <cmath>

namespace lengua::test {

// Compares every element with a tolerance, naming the first that differs.
inline bool near(const arma::fmat& actual, const arma::fmat& expected, float tolerance, QString* why)
{
    if (actual.n_rows != expected.n_rows || actual.n_cols != expected.n_cols) {
        *why = QStringLiteral("shape %1x%2, expected %3x%4").arg(actual.n_rows)
                   .arg(actual.n_cols).arg(expected.n_rows).arg(expected.n_cols);
        return false;
    }
    for (arma::uword i = 0; i < actual.n_elem; ++i) {
        if (!(std::abs(actual[i] - expected[i]) <= tolerance)) {
            *why = QStringLiteral("element %1 is %2, expected %3").arg(i).arg(actual[i])
                       .arg(expected[i]);
            return false;
        }
    }
    return true;
}

} // namespace lengua::test

#define COMPARE_MATRIX(actual, expected, tolerance)                                        \
    do {                                                                                    \
        QString why;                                                                        \
        QVERIFY2(lengua::test::near((actual), (expected), (tolerance), &why),               \
                 qPrintable(why));                                                          \
    } while (false)

#define VERIFY_GRADIENT(result)                                                             \
    do {                                                                                    \
        const lengua::test::GradientCheckResult r = (result);                               \
        QVERIFY(r.checked > 0);                                                             \
        QVERIFY2(r.passed, r.message.c_str());                                              \
    } while (false)
