#include "ClosestWords.h"

#include "core/Utf8.h"

#include <algorithm>
#include <numeric>

namespace lengua {
namespace {

std::vector<UChar32> codePoints(std::string_view text)
{
    std::vector<UChar32> points;
    points.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        points.push_back(decodeUtf8At(text, i, length));
        i += length;
    }
    return points;
}

// Levenshtein distance with two rows; stops early (returns bound + 1) once every entry of a
// row exceeds bound, so scanning a 50,000-word vocabulary stays cheap.
std::size_t boundedDistance(const std::vector<UChar32>& a, const std::vector<UChar32>& b,
                            std::size_t bound)
{
    const std::size_t lengthGap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (lengthGap > bound)
        return bound + 1;
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t rowMinimum = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > bound)
            return bound + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::size_t ClosestWords::editDistance(std::string_view a, std::string_view b)
{
    const auto pointsA = codePoints(a);
    const auto pointsB = codePoints(b);
    return boundedDistance(pointsA, pointsB, std::max(pointsA.size(), pointsB.size()));
}

std::vector<std::string> ClosestWords::find(std::string_view word,
                                            const std::vector<std::string>& vocabulary,
                                            std::size_t limit, std::size_t maxDistance)
{
    const auto target = codePoints(word);
    const std::size_t bound = std::min(maxDistance, std::max<std::size_t>(1, target.size() / 2));
    struct Candidate {
        std::size_t distance;
        std::size_t rank;
    };
    std::vector<Candidate> candidates;
    for (std::size_t rank = 0; rank < vocabulary.size(); ++rank) {
        if (vocabulary[rank] == word)
            continue;
        const std::size_t distance = boundedDistance(target, codePoints(vocabulary[rank]), bound);
        if (distance <= bound)
            candidates.push_back({distance, rank});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
    std::vector<std::string> closest;
    for (std::size_t i = 0; i < candidates.size() && closest.size() < limit; ++i)
        closest.push_back(vocabulary[candidates[i].rank]);
    return closest;
}

} // namespace lengua
