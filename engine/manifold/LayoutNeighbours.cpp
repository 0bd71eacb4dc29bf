#include "LayoutNeighbours.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace lengua {

LayoutNeighbours::LayoutNeighbours(const arma::mat& layout)
{
    if (layout.n_rows > 0 && layout.n_cols != 2)
        throw Error("a 2-D layout needs two columns");
    const std::size_t n = layout.n_rows;
    m_x.resize(n);
    m_y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        m_x[i] = layout(i, 0);
        m_y[i] = layout(i, 1);
    }
    if (n == 0)
        return;
    m_minX = layout.col(0).min();
    m_minY = layout.col(1).min();
    const double width = std::max(layout.col(0).max() - m_minX, 1e-12);
    const double height = std::max(layout.col(1).max() - m_minY, 1e-12);
    // About two points per cell.
    m_cell = std::sqrt(width * height * 2.0 / static_cast<double>(n));
    m_cell = std::max(m_cell, std::max(width, height) / 4096.0);
    m_columns = static_cast<long>(width / m_cell) + 1;
    m_rows = static_cast<long>(height / m_cell) + 1;
    m_cells.assign(static_cast<std::size_t>(m_columns * m_rows), {});
    for (std::size_t i = 0; i < n; ++i) {
        const long cx = std::clamp(static_cast<long>((m_x[i] - m_minX) / m_cell), 0L, m_columns - 1);
        const long cy = std::clamp(static_cast<long>((m_y[i] - m_minY) / m_cell), 0L, m_rows - 1);
        m_cells[static_cast<std::size_t>(cy * m_columns + cx)].push_back(i);
    }
}

std::vector<std::size_t> LayoutNeighbours::nearest(std::size_t index, std::size_t k) const
{
    if (index >= size())
        throw Error("no such point in the layout");
    return nearestTo(m_x[index], m_y[index], k, index);
}

std::vector<std::size_t> LayoutNeighbours::nearestTo(double x, double y, std::size_t k,
                                                     std::size_t excluded) const
{
    const std::size_t available = size() - (excluded < size() ? 1 : 0);
    k = std::min(k, available);
    std::vector<std::pair<double, std::size_t>> found; // (squared distance, index)
    if (k == 0)
        return {};
    const long cx = std::clamp(static_cast<long>(std::floor((x - m_minX) / m_cell)), 0L, m_columns - 1);
    const long cy = std::clamp(static_cast<long>(std::floor((y - m_minY) / m_cell)), 0L, m_rows - 1);
    // Distance from (x, y) to the border of its (clamped) cell block, for the stop test.
    auto visit = [&](long gx, long gy) {
        if (gx < 0 || gy < 0 || gx >= m_columns || gy >= m_rows)
            return;
        for (std::size_t i : m_cells[static_cast<std::size_t>(gy * m_columns + gx)]) {
            if (i == excluded)
                continue;
            const double dx = m_x[i] - x, dy = m_y[i] - y;
            found.emplace_back(dx * dx + dy * dy, i);
        }
    };
    const long maxRing = std::max(m_columns, m_rows);
    for (long ring = 0; ring <= maxRing; ++ring) {
        if (ring == 0)
            visit(cx, cy);
        else {
            for (long gx = cx - ring; gx <= cx + ring; ++gx) {
                visit(gx, cy - ring);
                visit(gx, cy + ring);
            }
            for (long gy = cy - ring + 1; gy <= cy + ring - 1; ++gy) {
                visit(cx - ring, gy);
                visit(cx + ring, gy);
            }
        }
        if (found.size() >= k) {
            std::nth_element(found.begin(), found.begin() + static_cast<long>(k) - 1, found.end());
            const double kth = found[k - 1].first;
            // Every unvisited point lies at least this far away from (x, y).
            const double inX = x - (m_minX + static_cast<double>(cx) * m_cell);
            const double inY = y - (m_minY + static_cast<double>(cy) * m_cell);
            const double margin = std::min({inX, m_cell - inX, inY, m_cell - inY});
            const double reach = static_cast<double>(ring) * m_cell + std::max(0.0, margin);
            if (kth < reach * reach)
                break;
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < k && i < found.size(); ++i)
        result.push_back(found[i].second);
    return result;
}

} // namespace lengua
