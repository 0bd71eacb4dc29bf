// The vocabulary shared by the co-occurrence and term × document matrices: words counted
// over token lists, cut by a minimum count and a maximum size, most frequent first (ties
// alphabetical), and every token mapped to its word's index (or `absent`).
#pragma once

#include "core/StringHash.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lengua {

class JobContext;

class TermVocabulary {
public:
    static constexpr std::uint32_t absent = 0xffffffffu;
    using TokenLists = std::vector<const std::vector<std::string>*>;

    // maxSize 0 = no limit. Fills `ids` with one id list per token list (same lengths).
    static TermVocabulary build(const TokenLists& lists, std::size_t minCount, std::size_t maxSize,
                                std::vector<std::vector<std::uint32_t>>& ids,
                                JobContext* context = nullptr);

    std::size_t size() const { return m_words.size(); }
    const std::vector<std::string>& words() const { return m_words; }
    const std::vector<std::uint64_t>& counts() const { return m_counts; }
    std::vector<std::string> takeWords() { return std::move(m_words); }

private:
    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
};

} // namespace lengua
