#include "CaseFoldedVocabulary.h"

#include "text/WordScanner.h"

#include <algorithm>

namespace lengua {

CaseFoldedVocabulary::CaseFoldedVocabulary(const WordVectors& vectors, bool lowercase,
                                           std::size_t searchRows)
    : m_lowercase(lowercase)
{
    const std::size_t rows = searchRows == 0 ? vectors.size() : std::min(searchRows, vectors.size());
    m_rows.reserve(rows);
    m_rowGroups.resize(rows);
    for (std::size_t row = 0; row < rows; ++row)
        m_rowGroups[row] = m_rows.emplace(normalise(vectors.word(row)), row).first->second;
}

std::string CaseFoldedVocabulary::normalise(std::string_view word) const
{
    if (!m_lowercase)
        return std::string(word);
    std::string folded;
    WordScanner::fold(word, folded);
    return folded;
}

std::optional<std::size_t> CaseFoldedVocabulary::find(std::string_view word) const
{
    const auto it = m_rows.find(normalise(word));
    if (it == m_rows.end())
        return std::nullopt;
    return it->second;
}

} // namespace lengua
