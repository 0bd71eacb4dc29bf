#include "UmapOptimiser.h"

#include "core/JobContext.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace lengua {

namespace {

// umap-learn's clip: every gradient coordinate within ±4.
inline float clip(float value)
{
    return value > 4.0f ? 4.0f : (value < -4.0f ? -4.0f : value);
}

inline std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// SplitMix64 (Steele, Lea & Flood 2014): one stream per (seed, epoch, point).
class PointRandom {
public:
    PointRandom(std::uint64_t seed, int epoch, std::size_t point)
        : m_state(mix(seed ^ mix((std::uint64_t(epoch) << 40) ^ std::uint64_t(point) ^ 0x5555aaaa12345678ULL)))
    {
    }
    // Uniform in [0, n).
    std::uint32_t below(std::uint32_t n)
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return std::uint32_t(((mix(m_state) >> 32) * std::uint64_t(n)) >> 32);
    }

private:
    std::uint64_t m_state;
};

// Every this many points a worker looks at the stop token.
constexpr std::size_t stopCheckInterval = 256;

// Phases per epoch: the others' positions a head reads are at most a phase old.
constexpr std::size_t phaseCount = 16;

} // namespace

UmapOptimiser::UmapOptimiser(const arma::sp_mat& graph, const arma::mat& initial, const UmapCurve& curve,
                             const UmapSettings& settings, int epochs)
    : m_points(graph.n_cols), m_epochs(epochs), m_a(float(curve.a)), m_b(float(curve.b)),
      m_gamma(float(settings.repulsionStrength)), m_initialAlpha(float(settings.learningRate)),
      m_negativeRate(double(settings.negativeSampleRate)), m_seed(settings.seed)
{
    const std::size_t n = m_points;
    m_position.resize(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        m_position[2 * i] = float(initial(i, 0));
        m_position[2 * i + 1] = float(initial(i, 1));
    }
    m_snapshot = m_position;

    // umap-learn drops the edges too light to be sampled even once.
    const double heaviest = graph.n_nonzero > 0 ? graph.max() : 0.0;
    const double threshold = heaviest / double(epochs > 10 ? epochs : UmapSettings{}.effectiveEpochs(n));
    m_rowStart.assign(n + 1, 0);
    // The graph is symmetric, so column i lists the edges leaving i.
    for (std::size_t i = 0; i < n; ++i) {
        for (auto it = graph.begin_col(i); it != graph.end_col(i); ++it) {
            const double weight = *it;
            if (weight < threshold || weight <= 0.0 || it.row() == i)
                continue;
            m_tail.push_back(std::uint32_t(it.row()));
            m_epochsPerSample.push_back(heaviest / weight);
        }
        m_rowStart[i + 1] = m_tail.size();
    }
    const std::size_t edges = m_tail.size();
    m_nextSample = m_epochsPerSample;
    m_nextNegativeSample.resize(edges);
    for (std::size_t e = 0; e < edges; ++e)
        m_nextNegativeSample[e] = m_negativeRate > 0.0 ? m_epochsPerSample[e] / m_negativeRate : 0.0;
    m_tailMove.assign(2 * edges, 0.0f);

    // Work per head (its expected samples per epoch), summed: phases and thread slices
    // carry about the same amount.
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    m_threads = settings.threads > 0 ? settings.threads : int(hardware);
    m_threads = int(std::clamp<std::size_t>(std::size_t(m_threads), 1, std::max<std::size_t>(1, n / 512)));
    m_cumulativeWork.assign(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double sum = 1.0;
        for (std::size_t e = m_rowStart[i]; e < m_rowStart[i + 1]; ++e)
            sum += (1.0 + m_negativeRate) / m_epochsPerSample[e];
        m_cumulativeWork[i + 1] = m_cumulativeWork[i] + sum;
    }
    const std::size_t phases = std::min<std::size_t>(phaseCount, std::max<std::size_t>(n, 1));
    m_phaseStart.assign(1, 0);
    for (std::size_t p = 1; p < phases; ++p)
        m_phaseStart.push_back(splitPoint(0, n, double(p) / double(phases)));
    m_phaseStart.push_back(n);
}

std::size_t UmapOptimiser::splitPoint(std::size_t first, std::size_t last, double share) const
{
    const double goal = m_cumulativeWork[first] + share * (m_cumulativeWork[last] - m_cumulativeWork[first]);
    const auto begin = m_cumulativeWork.begin() + std::ptrdiff_t(first), end = m_cumulativeWork.begin() + std::ptrdiff_t(last);
    return std::size_t(std::lower_bound(begin, end, goal) - m_cumulativeWork.begin());
}

float UmapOptimiser::learningRate(int epoch) const
{
    // umap-learn sets α = α₀ (1 − n / n_epochs) after epoch n, so epochs 0 and 1 use α₀.
    const int previous = std::max(epoch - 1, 0);
    return m_initialAlpha * (1.0f - float(previous) / float(m_epochs));
}

void UmapOptimiser::moveHeads(std::size_t first, std::size_t last, int epoch, float alpha, const JobContext* job,
                              bool& stopped)
{
    const float a = m_a, b = m_b, gamma = m_gamma;
    const double now = double(epoch);
    const float* snapshot = m_snapshot.data();
    const auto n = std::uint32_t(m_points);
    for (std::size_t j = first; j < last; ++j) {
        if (job && (j - first) % stopCheckInterval == 0 && job->stopRequested()) {
            stopped = true;
            return;
        }
        PointRandom random(m_seed, epoch, j);
        float x = m_position[2 * j], y = m_position[2 * j + 1];
        for (std::size_t e = m_rowStart[j]; e < m_rowStart[j + 1]; ++e) {
            if (m_nextSample[e] > now)
                continue;
            const std::uint32_t k = m_tail[e];
            float dx = x - snapshot[2 * k], dy = y - snapshot[2 * k + 1];
            float distanceSquared = dx * dx + dy * dy;
            if (distanceSquared > 0.0f) {
                const float power = std::pow(distanceSquared, b); // d^2b
                const float coefficient = -2.0f * a * b * (power / distanceSquared) / (a * power + 1.0f);
                const float gx = clip(coefficient * dx) * alpha, gy = clip(coefficient * dy) * alpha;
                x += gx;
                y += gy;
                m_tailMove[2 * e] -= gx;
                m_tailMove[2 * e + 1] -= gy;
            }
            m_nextSample[e] += m_epochsPerSample[e];

            if (m_negativeRate <= 0.0)
                continue;
            const double perNegative = m_epochsPerSample[e] / m_negativeRate;
            const int negatives = int((now - m_nextNegativeSample[e]) / perNegative);
            for (int p = 0; p < negatives; ++p) {
                const std::uint32_t other = random.below(n);
                if (other == j)
                    continue;
                dx = x - snapshot[2 * other];
                dy = y - snapshot[2 * other + 1];
                distanceSquared = dx * dx + dy * dy;
                if (distanceSquared > 0.0f) {
                    const float power = std::pow(distanceSquared, b);
                    const float coefficient = 2.0f * gamma * b / ((0.001f + distanceSquared) * (a * power + 1.0f));
                    x += clip(coefficient * dx) * alpha;
                    y += clip(coefficient * dy) * alpha;
                } else { // two points on top of each other: umap-learn pushes by the clip bound
                    x += 4.0f * alpha;
                    y += 4.0f * alpha;
                }
            }
            if (negatives > 0)
                m_nextNegativeSample[e] += double(negatives) * perNegative;
        }
        m_position[2 * j] = x;
        m_position[2 * j + 1] = y;
    }
}

void UmapOptimiser::applyTailMoves(std::size_t firstHead, std::size_t lastHead)
{
    // In edge order, on one thread: the same sums whatever the threads did.
    for (std::size_t e = m_rowStart[firstHead]; e < m_rowStart[lastHead]; ++e) {
        const std::size_t k = m_tail[e];
        m_position[2 * k] += m_tailMove[2 * e];
        m_position[2 * k + 1] += m_tailMove[2 * e + 1];
        m_tailMove[2 * e] = 0.0f;
        m_tailMove[2 * e + 1] = 0.0f;
    }
}

bool UmapOptimiser::runEpoch(int epoch, const JobContext* job)
{
    const float alpha = learningRate(epoch);
    const auto threads = std::size_t(m_threads);
    for (std::size_t phase = 0; phase + 1 < m_phaseStart.size(); ++phase) {
        const std::size_t first = m_phaseStart[phase], last = m_phaseStart[phase + 1];
        std::copy(m_position.begin(), m_position.end(), m_snapshot.begin());
        std::vector<char> stopped(threads, 0);
        auto slice = [&](std::size_t t) {
            bool stop = false;
            moveHeads(splitPoint(first, last, double(t) / double(threads)),
                      t + 1 == threads ? last : splitPoint(first, last, double(t + 1) / double(threads)), epoch, alpha,
                      job, stop);
            stopped[t] = stop;
        };
        std::vector<std::thread> workers;
        workers.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t)
            workers.emplace_back(slice, t);
        slice(0);
        for (std::thread& worker : workers)
            worker.join();
        if (std::find(stopped.begin(), stopped.end(), 1) != stopped.end())
            return false;
        applyTailMoves(first, last);
    }
    return true;
}

arma::mat UmapOptimiser::layout() const
{
    arma::mat result(m_points, 2);
    for (std::size_t i = 0; i < m_points; ++i) {
        result(i, 0) = m_position[2 * i];
        result(i, 1) = m_position[2 * i + 1];
    }
    return result;
}

} // namespace lengua
