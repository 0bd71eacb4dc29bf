// NgramModel::estimate(): one probability with the counts behind it, level by level, for
// the panel's formula filled in with the numbers. The arithmetic is the one of
// NgramModel.cpp's windowProbability(), repeated here with every intermediate kept.
#include "NgramModel.h"

#include "NgramCounts.h"
#include "core/Error.h"

#include <array>

namespace lengua {

namespace {

constexpr TokenId startId = NgramVocabulary::sentenceStartId;
constexpr int maximumOrder = 5;

} // namespace

NgramEstimate NgramModel::estimate(TokenId word, std::span<const TokenId> context) const
{
    if (word < 0 || std::size_t(word) >= m_vocabulary.size())
        throw Error("word id " + std::to_string(word) + " is out of range (vocabulary of "
                    + std::to_string(m_vocabulary.size()) + ")");
    const int order = m_settings.order;
    std::array<TokenId, maximumOrder> window{};
    fillWindow(context, window.data());
    window[std::size_t(order - 1)] = word;
    const double predictable = double(m_vocabulary.size() - 1);

    NgramEstimate estimate;
    estimate.smoothing = m_settings.smoothing;
    estimate.word = m_vocabulary.word(word);
    estimate.k = m_settings.smoothing == NgramSmoothing::AddK ? m_settings.k : 0.0;
    estimate.vocabularySize = m_vocabulary.size() - 1;
    estimate.probability = windowProbability(window.data());

    // The counts of level n; contextIndex is absent when the context was never seen.
    struct Found {
        NgramEstimate::Level level;
        std::uint32_t context = NgramKeyTable::absent;
        std::uint32_t ngram = NgramKeyTable::absent;
    };
    auto levelAt = [&](int n) {
        const NgramCounts::Level& counts = m_counts->level(n);
        const TokenId* start = window.data() + (order - n);
        Found found;
        found.level.order = n;
        for (int c = 0; c < n - 1; ++c)
            found.level.context.push_back(m_vocabulary.word(start[c]));
        found.context = counts.contexts.find(NgramKey::pack({start, std::size_t(n - 1)}));
        found.ngram = counts.ngrams.find(NgramKey::pack({start, std::size_t(n)}));
        if (found.ngram != NgramKeyTable::absent) {
            found.level.ngramCount = counts.counts[found.ngram];
            if (n < order)
                found.level.continuationCount = counts.adjusted[found.ngram];
        }
        if (found.context != NgramKeyTable::absent) {
            const NgramCounts::ContextStats& stats = counts.contextStats[found.context];
            found.level.contextCount = stats.total;
            found.level.distinctFollowers = stats.followers;
        }
        return found;
    };

    if (word == startId)
        return estimate;
    switch (m_settings.smoothing) {
    case NgramSmoothing::Mle:
    case NgramSmoothing::AddK:
        for (int n = order; n >= 1; --n) {
            Found found = levelAt(n);
            if (found.context == NgramKeyTable::absent)
                continue;
            found.level.probability = estimate.probability;
            estimate.levels.push_back(std::move(found.level));
            break;
        }
        break;
    case NgramSmoothing::Interpolated: {
        std::array<double, maximumOrder> terms{};
        interpolationTerms(window.data(), terms.data());
        for (int n = order; n >= 1; --n) {
            Found found = levelAt(n);
            found.level.lambda = m_lambdas[std::size_t(n - 1)];
            found.level.probability = terms[std::size_t(n - 1)];
            estimate.levels.push_back(std::move(found.level));
        }
        break;
    }
    case NgramSmoothing::StupidBackoff: {
        std::vector<NgramEstimate::Level> levels;
        for (int n = order; n >= 1; --n) {
            Found found = levelAt(n);
            const bool seen = found.ngram != NgramKeyTable::absent;
            if (!seen && n > 1)
                found.level.lambda = m_settings.backoffFactor;
            levels.push_back(std::move(found.level));
            if (seen)
                break;
        }
        // Each level's score from there down: the last one's own, then × α upwards.
        double score = 0.0;
        for (std::size_t i = levels.size(); i-- > 0;) {
            NgramEstimate::Level& level = levels[i];
            if (i + 1 == levels.size())
                score = level.ngramCount > 0 ? double(level.ngramCount) / double(level.contextCount)
                                             : laplaceUnigram(word);
            else
                score *= m_settings.backoffFactor;
            level.probability = score;
        }
        estimate.levels = std::move(levels);
        break;
    }
    case NgramSmoothing::KneserNey:
    case NgramSmoothing::ModifiedKneserNey: {
        double p = 1.0 / predictable;
        for (int n = 1; n <= order; ++n) {
            Found found = levelAt(n);
            if (found.context == NgramKeyTable::absent) {
                found.level.lambda = 1.0;
            } else {
                const NgramCounts::Level& counts = m_counts->level(n);
                const std::uint64_t count = found.ngram == NgramKeyTable::absent ? 0 : counts.adjusted[found.ngram];
                const double total = double(counts.contextStats[found.context].adjustedTotal);
                found.level.contextCount = counts.contextStats[found.context].adjustedTotal;
                found.level.discount = kneserNeyDiscount(n, count);
                found.level.lambda = kneserNeyGamma(n, found.context);
                p = (double(count) - found.level.discount) / total + found.level.lambda * p;
            }
            found.level.probability = p;
            estimate.levels.insert(estimate.levels.begin(), std::move(found.level));
        }
        break;
    }
    }
    return estimate;
}

} // namespace lengua
