#include "SparseAssembly.h"

#include <algorithm>

namespace lengua {

arma::sp_mat SparseAssembly::fromSortedEntries(const std::vector<Entry>& entries,
                                               std::size_t rows, std::size_t columns)
{
    std::size_t kept = 0;
    for (const Entry& e : entries)
        kept += e.value != 0.0;
    arma::uvec rowIndices(kept);
    arma::uvec columnPointers(columns + 1, arma::fill::zeros);
    arma::vec values(kept);
    std::size_t k = 0;
    for (const Entry& e : entries) {
        if (e.value == 0.0)
            continue;
        rowIndices[k] = e.row;
        values[k] = e.value;
        ++columnPointers[e.column + 1];
        ++k;
    }
    for (std::size_t c = 0; c < columns; ++c)
        columnPointers[c + 1] += columnPointers[c];
    return arma::sp_mat(rowIndices, columnPointers, values, rows, columns);
}

arma::sp_mat SparseAssembly::fromEntries(std::vector<Entry>& entries, std::size_t rows,
                                         std::size_t columns)
{
    // Counting sort by column, then a sort by row inside each column.
    std::vector<std::size_t> start(columns + 1, 0);
    for (const Entry& e : entries)
        ++start[e.column + 1];
    for (std::size_t c = 0; c < columns; ++c)
        start[c + 1] += start[c];
    std::vector<Entry> sorted(entries.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const Entry& e : entries)
        sorted[next[e.column]++] = e;
    for (std::size_t c = 0; c < columns; ++c)
        std::sort(sorted.begin() + std::ptrdiff_t(start[c]), sorted.begin() + std::ptrdiff_t(start[c + 1]),
                  [](const Entry& a, const Entry& b) { return a.row < b.row; });
    entries.clear();
    entries.shrink_to_fit();
    return fromSortedEntries(sorted, rows, columns);
}

} // namespace lengua
