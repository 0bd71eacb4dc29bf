#include "Word2VecNegativeTable.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace lengua {

namespace {
constexpr double kTwo32 = 4294967296.0;
}

Word2VecNegativeTable::Word2VecNegativeTable(const std::vector<std::uint64_t>& counts,
                                             double power)
{
    const std::size_t n = counts.size();
    if (n == 0)
        throw Error("negative sampling needs at least one word");
    std::vector<double> scaled(n);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        total += scaled[i] = std::pow(double(counts[i]), power);
    if (!(total > 0.0))
        throw Error("negative sampling needs a word with a positive count");
    for (double& value : scaled)
        value *= double(n) / total; // mean 1
    m_keep.assign(n, 0);
    m_alias.assign(n, 0);
    std::vector<std::size_t> small;
    std::vector<std::size_t> large;
    for (std::size_t i = 0; i < n; ++i)
        (scaled[i] < 1.0 ? small : large).push_back(i);
    std::vector<double> keep(n, 1.0);
    while (!small.empty() && !large.empty()) {
        const std::size_t less = small.back();
        small.pop_back();
        const std::size_t more = large.back();
        keep[less] = scaled[less];
        m_alias[less] = std::int32_t(more);
        scaled[more] -= 1.0 - scaled[less];
        if (scaled[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (keep[i] >= 1.0) { // left over, or exactly 1 up to rounding: always itself
            m_keep[i] = 0xFFFFFFFFu;
            m_alias[i] = std::int32_t(i);
        } else {
            m_keep[i] = std::uint32_t(std::min(kTwo32 - 1.0, std::floor(keep[i] * kTwo32)));
        }
    }
}

double Word2VecNegativeTable::probability(std::size_t word) const
{
    const double n = double(m_alias.size());
    double p = double(m_keep[word]) / kTwo32 / n;
    for (std::size_t i = 0; i < m_alias.size(); ++i)
        if (std::size_t(m_alias[i]) == word)
            p += (1.0 - double(m_keep[i]) / kTwo32) / n;
    return p;
}

} // namespace lengua
