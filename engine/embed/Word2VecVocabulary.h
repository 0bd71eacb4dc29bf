// The words word2vec trains on: every word seen at least minCount times, most frequent
// first (ties in alphabetical order, so the order is the same on every run), with its
// count. Word i owns column i of the trained vectors.
#pragma once

#include "core/StringHash.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class Word2VecVocabulary {
public:
    Word2VecVocabulary() = default;
    // Counts the words of the sentences; throws Error when no word reaches minCount.
    static Word2VecVocabulary build(const std::vector<std::vector<std::string>>& sentences,
                                    std::size_t minCount);
    // From words and counts already in order (most frequent first), e.g. read from a file.
    Word2VecVocabulary(std::vector<std::string> words, std::vector<std::uint64_t> counts);

    std::size_t size() const { return m_words.size(); }
    bool empty() const { return m_words.empty(); }
    const std::vector<std::string>& words() const { return m_words; }
    const std::vector<std::uint64_t>& counts() const { return m_counts; }
    const std::string& word(std::size_t index) const { return m_words[index]; }
    std::uint64_t count(std::size_t index) const { return m_counts[index]; }
    // The index of a word, or -1 when it is not in the vocabulary.
    std::int64_t indexOf(std::string_view word) const;
    // Sum of the counts: the number of corpus words that are trained on per epoch.
    std::uint64_t totalCount() const { return m_total; }
    // Every word of the corpus, including those below minCount.
    std::uint64_t corpusWords() const { return m_corpusWords; }

private:
    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
    StringMap<std::int64_t> m_index;
    std::uint64_t m_total = 0;
    std::uint64_t m_corpusWords = 0;
};

} // namespace lengua
