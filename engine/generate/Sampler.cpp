// Inverse-CDF sampling over the kept tokens, in rank order.
#include "Sampler.h"

#include "core/Error.h"

namespace lengua {

double Sampler::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

TokenId Sampler::sample(const NextTokenDistribution& distribution)
{
    if (distribution.keptCount() == 0)
        throw Error("Sampler::sample(): the distribution is empty");
    const auto kept = distribution.keptTokens();
    if (kept.size() == 1)
        return kept.front();
    const auto& p = distribution.finalProbabilities();
    const double u = uniform();
    double cumulative = 0.0;
    for (const TokenId id : kept) {
        cumulative += p[id];
        if (u < cumulative)
            return id;
    }
    return kept.back(); // u just below 1 and rounding left the sum a hair short
}

} // namespace lengua
