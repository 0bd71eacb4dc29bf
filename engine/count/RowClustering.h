// An order of a matrix's rows that puts similar rows together, for the heatmap: the leaf
// order of agglomerative (average-linkage) clustering on cosine distance.
#pragma once

#include <cstddef>
#include <vector>

namespace lengua {

class RowClustering {
public:
    // values: rows × columns, row-major. Returns a permutation of 0..rows-1; deterministic
    // (ties merge the lowest indices first). O(rows² · columns + rows³) — for the heatmap's
    // few hundred rows.
    static std::vector<std::size_t> order(const std::vector<float>& values, std::size_t rows,
                                          std::size_t columns);
};

} // namespace lengua
