// Temperature, top-k and top-p on one step's logits (Hugging Face's order).
#include "NextTokenDistribution.h"

#include "core/Error.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>

namespace lengua {

namespace {

// softmax(logits / temperature) in double, maximum subtracted; -inf gives 0.
std::vector<double> softmax(std::span<const float> logits, double temperature, double maximum)
{
    std::vector<double> result(logits.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        const double l = logits[i];
        result[i] = std::isinf(l) ? 0.0 : std::exp((l - maximum) / temperature);
        sum += result[i];
    }
    for (double& p : result)
        p /= sum; // sum >= 1: the maximum contributes exp(0)
    return result;
}

// The ids by decreasing logit, ties by increasing id: what a stable sort of 0 .. V-1 by
// logit gives, in O(V) with a least-significant-digit radix sort (stable) on a 32-bit key
// that orders the floats (sign flipped, or all bits for negatives), four 8-bit passes.
// A comparison sort of the 50 257 ids of GPT-2 each step took most of a token's time.
void rankByLogit(std::span<const float> logits, std::vector<TokenId>& ranking)
{
    const std::size_t v = logits.size();
    std::vector<std::uint32_t> keys(v);
    std::vector<std::uint32_t> sortedKeys(v);
    std::vector<TokenId> ids(v);
    for (std::size_t i = 0; i < v; ++i) {
        const float l = logits[i] == 0.0f ? 0.0f : logits[i]; // -0 ties with +0, as with >
        std::uint32_t u = std::bit_cast<std::uint32_t>(l);
        u = (u & 0x80000000u) ? ~u : (u | 0x80000000u); // increasing with l
        keys[i] = ~u;                                    // increasing key: decreasing l
        ids[i] = TokenId(i);
    }
    ranking.resize(v);
    for (int shift = 0; shift < 32; shift += 8) {
        std::array<std::size_t, 257> start{};
        for (const std::uint32_t key : keys)
            ++start[((key >> shift) & 0xFFu) + 1];
        for (std::size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        for (std::size_t i = 0; i < v; ++i) {
            const std::size_t to = start[(keys[i] >> shift) & 0xFFu]++;
            sortedKeys[to] = keys[i];
            ranking[to] = ids[i];
        }
        keys.swap(sortedKeys);
        ids.swap(ranking);
    }
    ranking.swap(ids); // four passes: the last one's output is in ids
}

// Keeping a token while the mass above it is below top-p needs some slack: logits are
// float, so probabilities 0.5 + 0.4 may add up to 0.8999999, and must still stop a
// top-p of 0.9 there. 1e-6 is above float rounding and below what a slider can set.
constexpr double topPSlack = 1e-6;

} // namespace

NextTokenDistribution::NextTokenDistribution(std::span<const float> logits,
                                             const SamplingSettings& settings)
{
    settings.validate();
    const std::size_t v = logits.size();
    if (v == 0)
        throw Error("NextTokenDistribution: the model returned no logits");
    double maximum = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < v; ++i) {
        const float l = logits[i];
        if (std::isnan(l) || (std::isinf(l) && l > 0))
            throw Error("NextTokenDistribution: the logit of token " + std::to_string(i) + " is "
                        + (std::isnan(l) ? "NaN" : "+inf") + "; the model's weights may be broken");
        maximum = std::max(maximum, double(l));
    }
    if (std::isinf(maximum))
        throw Error("NextTokenDistribution: every token has logit -inf, nothing can follow");

    // Ranking by logit, ties by id: stable sort of the ids in increasing order.
    rankByLogit(logits, m_ranking);

    m_probabilities = softmax(logits, 1.0, maximum);
    if (settings.temperature == 0.0) {
        // The limit T -> 0 is the one-hot on the top token (no division by zero).
        m_temperature.assign(v, 0.0);
        m_temperature[m_ranking.front()] = 1.0;
    } else {
        m_temperature = settings.temperature == 1.0
                            ? m_probabilities
                            : softmax(logits, settings.temperature, maximum);
    }

    // Top-k: a prefix of the ranking. Tokens of probability 0 (-inf) are never counted.
    std::size_t possible = 0;
    while (possible < v && m_temperature[m_ranking[possible]] > 0.0)
        ++possible;
    possible = std::max<std::size_t>(possible, 1);
    m_topKCount = settings.topK == 0 ? possible : std::min(settings.topK, possible);

    // Top-p on the top-k survivors renormalised: keep rank r while the mass of the
    // ranks above it is below p (the smallest prefix reaching p; at least one token).
    double topKMass = 0.0;
    for (std::size_t r = 0; r < m_topKCount; ++r)
        topKMass += m_temperature[m_ranking[r]];
    m_cumulative.assign(v, 1.0);
    double running = 0.0;
    for (std::size_t r = 0; r < m_topKCount; ++r) {
        running += m_temperature[m_ranking[r]] / topKMass;
        m_cumulative[r] = std::min(running, 1.0);
    }
    m_keptCount = 1;
    if (settings.topP >= 1.0) {
        m_keptCount = m_topKCount;
    } else {
        while (m_keptCount < m_topKCount
               && m_cumulative[m_keptCount - 1] < settings.topP - topPSlack)
            ++m_keptCount;
    }
    if (settings.isGreedy())
        m_keptCount = 1;

    m_final.assign(v, 0.0);
    double keptMass = 0.0;
    for (std::size_t r = 0; r < m_keptCount; ++r)
        keptMass += m_temperature[m_ranking[r]];
    for (std::size_t r = 0; r < m_keptCount; ++r)
        m_final[m_ranking[r]] = m_temperature[m_ranking[r]] / keptMass;
}

bool NextTokenDistribution::isKept(TokenId id) const
{
    return id >= 0 && std::size_t(id) < m_final.size() && m_final[id] > 0.0;
}

} // namespace lengua
