#include "NgramSettings.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace lengua {

namespace {

std::string number(double value)
{
    std::string text = std::to_string(value);
    // std::to_string writes six decimals: drop the trailing zeros ("1.500000" → "1.5").
    if (text.find('.') != std::string::npos) {
        while (!text.empty() && text.back() == '0')
            text.pop_back();
        if (!text.empty() && text.back() == '.')
            text.pop_back();
    }
    return text;
}

} // namespace

void NgramSettings::validate() const
{
    if (order < 1 || order > 5)
        throw Error("order must be between 1 and 5, got " + std::to_string(order));
    if (!std::isfinite(k) || k <= 0.0)
        throw Error("k (add-k) must be greater than 0, got " + number(k));
    if (!std::isfinite(discount) || discount <= 0.0 || discount >= 1.0)
        throw Error("the discount must be in (0, 1), got " + number(discount));
    if (!std::isfinite(backoffFactor) || backoffFactor <= 0.0 || backoffFactor > 1.0)
        throw Error("the backoff factor must be in (0, 1], got " + number(backoffFactor));
    if (minCount < 1)
        throw Error("minCount (the minimum count) must be at least 1, got " + std::to_string(minCount));
    if (smoothing == NgramSmoothing::Interpolated && !lambdas.empty()) {
        if (lambdas.size() != std::size_t(order))
            throw Error("lambdas must hold one weight per order (" + std::to_string(order) + "), got "
                        + std::to_string(lambdas.size()));
        double sum = 0.0;
        for (double lambda : lambdas) {
            if (!std::isfinite(lambda) || lambda < 0.0)
                throw Error("lambdas must be non-negative, got " + number(lambda));
            sum += lambda;
        }
        if (std::abs(sum - 1.0) > 1e-6)
            throw Error("lambdas must sum to 1, got " + number(sum));
    }
}

} // namespace lengua
