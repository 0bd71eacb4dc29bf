#include "NgramCounts.h"

#include "NgramVocabulary.h"
#include "core/Error.h"

#include <algorithm>
#include <string>

namespace lengua {

namespace {

std::string idList(std::span<const TokenId> ids)
{
    std::string text;
    for (TokenId id : ids)
        text += (text.empty() ? "" : " ") + std::to_string(id);
    return text;
}

} // namespace

NgramCounts::NgramCounts(int order)
    : m_levels(std::size_t(std::clamp(order, 1, 5)))
{
    for (std::size_t n = 0; n < m_levels.size(); ++n)
        m_levels[n].order = int(n + 1);
}

void NgramCounts::addSentence(std::span<const TokenId> words)
{
    const std::size_t padding = m_levels.size() - 1;
    m_padded.assign(padding, NgramVocabulary::sentenceStartId);
    m_padded.insert(m_padded.end(), words.begin(), words.end());
    m_padded.push_back(NgramVocabulary::sentenceEndId);
    for (std::size_t i = padding; i < m_padded.size(); ++i) {
        for (std::size_t n = 1; n <= m_levels.size(); ++n) {
            Level& level = m_levels[n - 1];
            std::span<const TokenId> ngram(m_padded.data() + i + 1 - n, n);
            bool inserted = false;
            level.ngrams.tally(NgramKey::pack(ngram), inserted);
            if (inserted)
                level.ids.insert(level.ids.end(), ngram.begin(), ngram.end());
        }
    }
}

bool NgramCounts::add(std::span<const TokenId> ngram, std::uint64_t count)
{
    Level& level = m_levels[ngram.size() - 1];
    bool inserted = false;
    level.ngrams.insert(NgramKey::pack(ngram), inserted); // no tally: the count is given
    if (!inserted)
        return false;
    level.ids.insert(level.ids.end(), ngram.begin(), ngram.end());
    level.counts.push_back(count);
    return true;
}

void NgramCounts::finish()
{
    const int highest = order();
    for (Level& level : m_levels)
        level.ngrams.addTallies(level.counts); // what addSentence() counted
    for (Level& level : m_levels) {
        if (level.order == highest)
            level.adjusted = level.counts;
        else
            level.adjusted.assign(level.counts.size(), 0);
    }
    // Continuation counts: each distinct (n+1)-gram "x h w" adds one to "h w".
    for (int n = highest; n >= 2; --n) {
        const Level& upper = level(n);
        Level& lower = m_levels[std::size_t(n - 2)];
        for (std::uint32_t i = 0; i < upper.counts.size(); ++i) {
            const std::span<const TokenId> suffix = upper.ngram(i).subspan(1);
            const std::uint32_t index = lower.ngrams.find(NgramKey::pack(suffix));
            if (index == NgramKeyTable::absent)
                throw Error("the stored n-grams do not fit together: " + idList(upper.ngram(i))
                            + " is stored but not its suffix " + idList(suffix));
            ++lower.adjusted[index];
        }
    }
    for (Level& level : m_levels) {
        if (level.order == highest)
            continue;
        for (std::uint32_t i = 0; i < level.counts.size(); ++i) {
            if (level.ngram(i).front() == NgramVocabulary::sentenceStartId)
                level.adjusted[i] = level.counts[i];
            else if (level.adjusted[i] == 0)
                throw Error("the stored n-grams do not fit together: " + idList(level.ngram(i))
                            + " ends no stored " + std::to_string(level.order + 1) + "-gram");
        }
    }

    for (Level& level : m_levels) {
        const std::size_t contextLength = std::size_t(level.order - 1);
        level.contextOf.resize(level.counts.size());
        level.contexts.reserve(level.counts.size() / 2);
        for (std::uint32_t i = 0; i < level.counts.size(); ++i) {
            bool inserted = false;
            const std::uint32_t context =
                level.contexts.insert(NgramKey::pack(level.ngram(i).first(contextLength)), inserted);
            if (inserted)
                level.contextStats.emplace_back();
            level.contextOf[i] = context;
            ContextStats& stats = level.contextStats[context];
            stats.total += level.counts[i];
            stats.adjustedTotal += level.adjusted[i];
            ++stats.followers;
            ++stats.adjustedFollowers[std::size_t(std::min<std::uint64_t>(level.adjusted[i], 3) - 1)];
            if (level.adjusted[i] <= 4)
                ++level.adjustedCountsOfCounts[std::size_t(level.adjusted[i] - 1)];
        }
        // Followers grouped by context (a counting sort).
        level.followerOffsets.assign(level.contextStats.size() + 1, 0);
        for (std::uint32_t context : level.contextOf)
            ++level.followerOffsets[context + 1];
        for (std::size_t c = 1; c < level.followerOffsets.size(); ++c)
            level.followerOffsets[c] += level.followerOffsets[c - 1];
        std::vector<std::uint32_t> next(level.followerOffsets.begin(), level.followerOffsets.end() - 1);
        level.followers.resize(level.counts.size());
        for (std::uint32_t i = 0; i < level.counts.size(); ++i)
            level.followers[next[level.contextOf[i]]++] = i;
    }

    m_tokens = 0;
    m_sentences = 0;
    const Level& unigrams = level(1);
    for (std::uint32_t i = 0; i < unigrams.counts.size(); ++i) {
        m_tokens += unigrams.counts[i];
        if (unigrams.ids[i] == NgramVocabulary::sentenceEndId)
            m_sentences += unigrams.counts[i];
    }
}

} // namespace lengua
