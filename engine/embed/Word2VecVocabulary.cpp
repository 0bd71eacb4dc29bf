#include "Word2VecVocabulary.h"

#include "core/Error.h"

#include <algorithm>
#include <numeric>

namespace lengua {

Word2VecVocabulary::Word2VecVocabulary(std::vector<std::string> words,
                                       std::vector<std::uint64_t> counts)
    : m_words(std::move(words)), m_counts(std::move(counts))
{
    if (m_words.size() != m_counts.size())
        throw Error("the vocabulary has " + std::to_string(m_words.size()) + " words but "
                    + std::to_string(m_counts.size()) + " counts");
    m_index.reserve(m_words.size());
    for (std::size_t i = 0; i < m_words.size(); ++i)
        if (!m_index.emplace(m_words[i], std::int64_t(i)).second)
            throw Error("the word \"" + m_words[i] + "\" is twice in the vocabulary");
    m_total = std::accumulate(m_counts.begin(), m_counts.end(), std::uint64_t(0));
    m_corpusWords = m_total;
}

Word2VecVocabulary Word2VecVocabulary::build(
    const std::vector<std::vector<std::string>>& sentences, std::size_t minCount)
{
    StringMap<std::uint64_t> counts;
    std::uint64_t corpusWords = 0;
    for (const auto& sentence : sentences) {
        corpusWords += sentence.size();
        for (const std::string& word : sentence) {
            auto found = counts.find(word);
            if (found == counts.end())
                counts.emplace(word, 1);
            else
                ++found->second;
        }
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> kept;
    kept.reserve(counts.size());
    for (const auto& [word, count] : counts)
        if (count >= minCount)
            kept.emplace_back(word, count);
    if (kept.empty()) {
        if (corpusWords == 0)
            throw Error("the corpus has no words to train on");
        throw Error("no word occurs at least " + std::to_string(minCount)
                    + " times (the minimum count): the vocabulary is empty");
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::vector<std::string> words;
    std::vector<std::uint64_t> keptCounts;
    words.reserve(kept.size());
    keptCounts.reserve(kept.size());
    for (const auto& [word, count] : kept) {
        words.emplace_back(word);
        keptCounts.push_back(count);
    }
    Word2VecVocabulary vocabulary(std::move(words), std::move(keptCounts));
    vocabulary.m_corpusWords = corpusWords;
    return vocabulary;
}

std::int64_t Word2VecVocabulary::indexOf(std::string_view word) const
{
    auto found = m_index.find(word);
    return found == m_index.end() ? -1 : found->second;
}

} // namespace lengua
