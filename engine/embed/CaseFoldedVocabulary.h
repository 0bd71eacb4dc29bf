// The case-insensitive view of a vector store that the evaluations use (gensim's
// case_insensitive=True): each case-folded spelling maps to the first row that has it, so
// in a frequency-sorted file the most frequent spelling stands for the word.
#pragma once

#include "WordVectors.h"

#include "core/StringHash.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class CaseFoldedVocabulary {
public:
    // Only the first searchRows rows (0 = all) are looked up. lowercase = false: exact spellings.
    CaseFoldedVocabulary(const WordVectors& vectors, bool lowercase, std::size_t searchRows);

    std::optional<std::size_t> find(std::string_view word) const;
    // For every searched row, the row standing for its folded spelling (itself unless an
    // earlier row folds to the same text).
    const std::vector<std::size_t>& rowGroups() const { return m_rowGroups; }
    std::size_t searchRows() const { return m_rowGroups.size(); }

    std::string normalise(std::string_view word) const;

private:
    bool m_lowercase = true;
    StringMap<std::size_t> m_rows;
    std::vector<std::size_t> m_rowGroups;
};

} // namespace lengua
