// LearningRateSchedule: linear warm-up, then cosine decay to a floor, then the floor;
// the same shape as nanoGPT's get_lr() (train.py), as a pure function of the step.
#pragma once

namespace lengua {

// For step s (0-based), W = warmupSteps, D = decaySteps (nanoGPT's lr_decay_iters):
//   s <  W:      rate = maxRate * (s + 1) / (W + 1)        (never 0, so step 0 counts)
//   W <= s <= D: ratio = (s - W) / (D - W)
//                rate = minRate + 0.5 (1 + cos(pi ratio)) (maxRate - minRate)
//   s >  D:      rate = minRate
// So the rate reaches maxRate at step W and minRate at step D: for a run of N steps
// numbered 0 .. N-1, pass decaySteps = N - 1 to end exactly on the floor.
class LearningRateSchedule {
public:
    LearningRateSchedule(float maxRate, float minRate, long long warmupSteps, long long decaySteps);

    float rate(long long step) const;

    float maxRate() const { return m_maxRate; }
    float minRate() const { return m_minRate; }
    long long warmupSteps() const { return m_warmupSteps; }
    long long decaySteps() const { return m_decaySteps; }

private:
    float m_maxRate;
    float m_minRate;
    long long m_warmupSteps;
    long long m_decaySteps;
};

} // namespace lengua
