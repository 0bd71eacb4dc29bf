// The k nearest points of one point in a 2-D layout (Euclidean), through a uniform grid
// built once per layout: a query looks at rings of cells around the point until the k-th
// distance found is certainly smaller than anything in the unvisited rings. Fast enough
// for hovering over 20,000 points. Ties go to the lower index.
#pragma once

#include <armadillo>

#include <cstddef>
#include <vector>

namespace lengua {

class LayoutNeighbours {
public:
    LayoutNeighbours() = default;
    // layout: N × 2, a point per row. Throws Error for another column count.
    explicit LayoutNeighbours(const arma::mat& layout);

    std::size_t size() const { return m_x.size(); }
    // The k nearest other points of point index, nearest first (fewer when N − 1 < k).
    std::vector<std::size_t> nearest(std::size_t index, std::size_t k) const;
    // The k nearest points to (x, y), nearest first.
    std::vector<std::size_t> nearestTo(double x, double y, std::size_t k,
                                       std::size_t excluded = static_cast<std::size_t>(-1)) const;

private:
    std::vector<double> m_x, m_y;
    double m_minX = 0, m_minY = 0, m_cell = 1;
    long m_columns = 1, m_rows = 1;
    std::vector<std::vector<std::size_t>> m_cells;
};

} // namespace lengua
