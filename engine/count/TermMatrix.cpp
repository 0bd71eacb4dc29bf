#include "TermMatrix.h"

#include "core/Error.h"

#include <algorithm>
#include <utility>

namespace lengua {
namespace {

StringMap<std::size_t> indexLabels(const std::vector<std::string>& labels, const char* what)
{
    StringMap<std::size_t> index;
    index.reserve(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!index.emplace(labels[i], i).second)
            throw Error(std::string("the ") + what + " label \"" + labels[i] + "\" repeats");
    }
    return index;
}

} // namespace

TermMatrix::TermMatrix(std::vector<std::string> rowLabels, std::vector<std::string> columnLabels,
                       arma::sp_mat values)
    : m_rowLabels(std::move(rowLabels)), m_columnLabels(std::move(columnLabels)),
      m_values(std::move(values))
{
    if (m_values.n_rows != m_rowLabels.size() || m_values.n_cols != m_columnLabels.size())
        throw Error("a term matrix of " + std::to_string(m_values.n_rows) + " × "
                    + std::to_string(m_values.n_cols) + " values has "
                    + std::to_string(m_rowLabels.size()) + " row labels and "
                    + std::to_string(m_columnLabels.size()) + " column labels");
    m_rowIndex = indexLabels(m_rowLabels, "row");
    m_columnIndex = indexLabels(m_columnLabels, "column");
}

std::optional<std::size_t> TermMatrix::rowIndex(std::string_view label) const
{
    const auto found = m_rowIndex.find(label);
    if (found == m_rowIndex.end())
        return std::nullopt;
    return found->second;
}

std::optional<std::size_t> TermMatrix::columnIndex(std::string_view label) const
{
    const auto found = m_columnIndex.find(label);
    if (found == m_columnIndex.end())
        return std::nullopt;
    return found->second;
}

double TermMatrix::value(std::size_t row, std::size_t column) const
{
    if (row >= rows() || column >= columns())
        throw Error("cell (" + std::to_string(row) + ", " + std::to_string(column)
                    + ") is outside a " + std::to_string(rows()) + " × "
                    + std::to_string(columns()) + " matrix");
    return m_values(row, column);
}

std::vector<float> TermMatrix::dense(const std::vector<std::size_t>& rowIndices,
                                     const std::vector<std::size_t>& columnIndices) const
{
    for (std::size_t r : rowIndices)
        if (r >= rows())
            throw Error("row " + std::to_string(r) + " is outside a matrix of "
                        + std::to_string(rows()) + " rows");
    // Walk each needed column once (CSC) and scatter into the rows asked for.
    std::vector<std::ptrdiff_t> rowSlot(rows(), -1);
    for (std::size_t i = 0; i < rowIndices.size(); ++i)
        rowSlot[rowIndices[i]] = std::ptrdiff_t(i);
    const std::size_t width = columnIndices.size();
    std::vector<float> block(rowIndices.size() * width, 0.0f);
    for (std::size_t j = 0; j < width; ++j) {
        const std::size_t column = columnIndices[j];
        if (column >= columns())
            throw Error("column " + std::to_string(column) + " is outside a matrix of "
                        + std::to_string(columns()) + " columns");
        for (auto it = m_values.begin_col(column); it != m_values.end_col(column); ++it) {
            const std::ptrdiff_t slot = rowSlot[it.row()];
            if (slot >= 0)
                block[std::size_t(slot) * width + j] = float(*it);
        }
    }
    // A row asked for twice: copy the filled one (rowSlot kept only the last).
    for (std::size_t i = 0; i < rowIndices.size(); ++i) {
        const auto slot = std::size_t(rowSlot[rowIndices[i]]);
        if (slot != i)
            std::copy_n(block.begin() + std::ptrdiff_t(slot * width), width,
                        block.begin() + std::ptrdiff_t(i * width));
    }
    return block;
}

TermMatrix TermMatrix::withValues(arma::sp_mat values) const
{
    if (values.n_rows != m_values.n_rows || values.n_cols != m_values.n_cols)
        throw Error("new values of " + std::to_string(values.n_rows) + " × "
                    + std::to_string(values.n_cols) + " for a " + std::to_string(rows())
                    + " × " + std::to_string(columns()) + " term matrix");
    TermMatrix copy;
    copy.m_rowLabels = m_rowLabels;
    copy.m_columnLabels = m_columnLabels;
    copy.m_rowIndex = m_rowIndex;
    copy.m_columnIndex = m_columnIndex;
    copy.m_values = std::move(values);
    return copy;
}

} // namespace lengua
