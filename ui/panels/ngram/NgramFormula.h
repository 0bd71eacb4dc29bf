// The smoothing formula of one n-gram probability filled in with its numbers: rich text made
// from an NgramEstimate (the counts the engine used), one line per order it looked at, so
// that a teacher can read C(w₋₂ w₋₁ w) / C(w₋₂ w₋₁) off the screen. Only formats.
#pragma once

#include "count/NgramEstimate.h"

#include <QCoreApplication>
#include <QString>

class NgramFormula {
    Q_DECLARE_TR_FUNCTIONS(NgramFormula)
public:
    NgramFormula() = delete;

    // The general formula of the estimator (no numbers), for the top of the box.
    static QString generalHtml(lengua::NgramSmoothing smoothing, int order);
    // The estimate's formula with its counts; highestOrder is the model's order.
    static QString filledHtml(const lengua::NgramEstimate& estimate, int highestOrder);
    // A number as the formulas show it: integers plainly, probabilities with 4 significant digits.
    static QString number(double value);
    static QString count(std::uint64_t value);
};
