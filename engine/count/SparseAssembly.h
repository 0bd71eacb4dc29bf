// Builds an Armadillo sparse matrix straight from its compressed columns: entries given in
// any order (no cell twice) are bucketed by column and sorted by row, then handed to the
// CSC constructor, which is much faster than inserting cells or batch-sorting locations.
#pragma once

#include <armadillo>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lengua {

class SparseAssembly {
public:
    struct Entry {
        std::uint32_t row = 0;
        std::uint32_t column = 0;
        double value = 0.0;
    };
    // Zero values are dropped.
    static arma::sp_mat fromEntries(std::vector<Entry>& entries, std::size_t rows,
                                    std::size_t columns);
    // The same structure with each stored value replaced by f(row, column, value); values
    // that become zero are dropped.
    template <typename F>
    static arma::sp_mat mapValues(const arma::sp_mat& matrix, F&& f)
    {
        matrix.sync();
        std::vector<Entry> entries;
        entries.reserve(matrix.n_nonzero);
        for (arma::uword c = 0; c < matrix.n_cols; ++c)
            for (arma::uword k = matrix.col_ptrs[c]; k < matrix.col_ptrs[c + 1]; ++k) {
                const auto r = matrix.row_indices[k];
                entries.push_back({std::uint32_t(r), std::uint32_t(c), f(r, c, matrix.values[k])});
            }
        return fromSortedEntries(entries, matrix.n_rows, matrix.n_cols);
    }
    // Entries already in column-major order (by column, then row).
    static arma::sp_mat fromSortedEntries(const std::vector<Entry>& entries, std::size_t rows,
                                          std::size_t columns);
};

} // namespace lengua
