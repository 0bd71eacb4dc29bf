// A sparse matrix with named rows and columns: term × document counts, word × word
// co-occurrences, or either weighted (PPMI, TF-IDF). Sparse (Armadillo's CSC) so a
// 50,000-word vocabulary fits; dense sub-matrices are cut out for the heatmaps.
#pragma once

#include "core/StringHash.h"

#include <armadillo>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class TermMatrix {
public:
    TermMatrix() = default;
    // Throws Error when the label counts do not match values' shape or a label repeats.
    TermMatrix(std::vector<std::string> rowLabels, std::vector<std::string> columnLabels,
               arma::sp_mat values);

    std::size_t rows() const { return m_rowLabels.size(); }
    std::size_t columns() const { return m_columnLabels.size(); }
    const std::vector<std::string>& rowLabels() const { return m_rowLabels; }
    const std::vector<std::string>& columnLabels() const { return m_columnLabels; }
    std::optional<std::size_t> rowIndex(std::string_view label) const;
    std::optional<std::size_t> columnIndex(std::string_view label) const;
    const arma::sp_mat& values() const { return m_values; }
    double value(std::size_t row, std::size_t column) const;
    std::size_t nonZeros() const { return m_values.n_nonzero; }

    // The dense rows × columns block at the given indices, row-major (for HeatmapView).
    std::vector<float> dense(const std::vector<std::size_t>& rowIndices,
                             const std::vector<std::size_t>& columnIndices) const;
    // A copy with other values and the same labels (throws Error on a shape mismatch).
    TermMatrix withValues(arma::sp_mat values) const;

private:
    std::vector<std::string> m_rowLabels;
    std::vector<std::string> m_columnLabels;
    StringMap<std::size_t> m_rowIndex;
    StringMap<std::size_t> m_columnIndex;
    arma::sp_mat m_values;
};

} // namespace lengua
