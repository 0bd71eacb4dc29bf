// LearningRateSchedule: warm-up plus cosine decay, computed in double.
#include "nn/LearningRateSchedule.h"

#include "core/Error.h"

#include <cmath>
#include <numbers>
#include <string>

namespace lengua {

LearningRateSchedule::LearningRateSchedule(float maxRate, float minRate, long long warmupSteps,
                                           long long decaySteps)
    : m_maxRate(maxRate), m_minRate(minRate), m_warmupSteps(warmupSteps), m_decaySteps(decaySteps)
{
    if (!(minRate >= 0.0f) || !std::isfinite(maxRate) || !(maxRate >= minRate))
        throw Error("LearningRateSchedule: the rates must satisfy 0 <= minimum <= maximum, got "
                    "minimum " + std::to_string(minRate) + " and maximum "
                    + std::to_string(maxRate));
    if (warmupSteps < 0)
        throw Error("LearningRateSchedule: the warm-up cannot have a negative number of steps ("
                    + std::to_string(warmupSteps) + ")");
    // D == W would make the decay ratio 0/0 (nanoGPT divides by zero there).
    if (decaySteps <= warmupSteps)
        throw Error("LearningRateSchedule: the decay must end after the warm-up, got warm-up "
                    + std::to_string(warmupSteps) + " steps and decay end at step "
                    + std::to_string(decaySteps));
}

float LearningRateSchedule::rate(long long step) const
{
    if (step < 0)
        throw Error("LearningRateSchedule::rate(): negative step " + std::to_string(step));
    if (step < m_warmupSteps)
        return float(double(m_maxRate) * double(step + 1) / double(m_warmupSteps + 1));
    if (step > m_decaySteps)
        return m_minRate;
    const double ratio = double(step - m_warmupSteps) / double(m_decaySteps - m_warmupSteps);
    const double coefficient = 0.5 * (1.0 + std::cos(std::numbers::pi * ratio));
    return float(double(m_minRate) + coefficient * (double(m_maxRate) - double(m_minRate)));
}

} // namespace lengua
