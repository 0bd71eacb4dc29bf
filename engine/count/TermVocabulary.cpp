#include "TermVocabulary.h"

#include "core/JobContext.h"

#include <algorithm>
#include <numeric>

namespace lengua {

TermVocabulary TermVocabulary::build(const TokenLists& lists, std::size_t minCount,
                                     std::size_t maxSize,
                                     std::vector<std::vector<std::uint32_t>>& ids,
                                     JobContext* context)
{
    // First pass: a provisional id per distinct word, in order of first sight.
    StringMap<std::uint32_t> firstSight;
    firstSight.reserve(1u << 14);
    std::vector<const std::string*> provisionalWords;
    std::vector<std::uint64_t> provisionalCounts;
    ids.assign(lists.size(), {});
    for (std::size_t l = 0; l < lists.size(); ++l) {
        if (context && l % 1024 == 0) {
            context->throwIfStopped();
            context->reportProgress(0.3 * double(l) / double(lists.size()), "counting words");
        }
        const std::vector<std::string>& tokens = *lists[l];
        std::vector<std::uint32_t>& out = ids[l];
        out.resize(tokens.size());
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            auto [it, inserted] = firstSight.try_emplace(tokens[t], std::uint32_t(provisionalWords.size()));
            if (inserted) {
                provisionalWords.push_back(&it->first);
                provisionalCounts.push_back(0);
            }
            ++provisionalCounts[it->second];
            out[t] = it->second;
        }
    }

    std::vector<std::uint32_t> order(provisionalWords.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (provisionalCounts[a] != provisionalCounts[b])
            return provisionalCounts[a] > provisionalCounts[b];
        return *provisionalWords[a] < *provisionalWords[b];
    });
    std::size_t kept = 0;
    while (kept < order.size() && provisionalCounts[order[kept]] >= std::max<std::size_t>(minCount, 1))
        ++kept;
    if (maxSize > 0)
        kept = std::min(kept, maxSize);

    TermVocabulary vocabulary;
    vocabulary.m_words.reserve(kept);
    vocabulary.m_counts.reserve(kept);
    std::vector<std::uint32_t> finalId(provisionalWords.size(), absent);
    for (std::size_t i = 0; i < kept; ++i) {
        finalId[order[i]] = std::uint32_t(i);
        vocabulary.m_words.push_back(*provisionalWords[order[i]]);
        vocabulary.m_counts.push_back(provisionalCounts[order[i]]);
    }
    for (auto& list : ids)
        for (auto& id : list)
            id = finalId[id];
    return vocabulary;
}

} // namespace lengua
