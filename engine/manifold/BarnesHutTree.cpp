#include "BarnesHutTree.h"

#include <algorithm>
#include <cmath>

namespace lengua {

namespace {
constexpr int maximumDepth = 48; // beyond it, points are stored together (near-duplicates)
}

BarnesHutTree::BarnesHutTree(const arma::mat& points)
    : m_x(points.colptr(0)), m_y(points.colptr(1)), m_nextPoint(points.n_rows, -1)
{
    const arma::uword n = points.n_rows;
    double minX = 0.0, maxX = 0.0, minY = 0.0, maxY = 0.0;
    if (n > 0) {
        minX = maxX = m_x[0];
        minY = maxY = m_y[0];
    }
    for (arma::uword i = 1; i < n; ++i) {
        minX = std::min(minX, m_x[i]);
        maxX = std::max(maxX, m_x[i]);
        minY = std::min(minY, m_y[i]);
        maxY = std::max(maxY, m_y[i]);
    }
    Cell root;
    root.centreX = (minX + maxX) / 2.0;
    root.centreY = (minY + maxY) / 2.0;
    // A little margin so that the extreme points fall strictly inside.
    root.halfWidth = std::max({maxX - minX, maxY - minY, 1e-12}) / 2.0 * (1.0 + 1e-6) + 1e-12;
    m_cells.reserve(4 * n + 1);
    m_depth.reserve(4 * n + 1);
    m_cells.push_back(root);
    m_depth.push_back(0);
    for (arma::uword i = 0; i < n; ++i)
        insert(i);
    m_bodies.resize(m_cells.size());
    for (std::size_t c = 0; c < m_cells.size(); ++c) {
        const Cell& cell = m_cells[c];
        Body& body = m_bodies[c];
        if (cell.count > 0.0) {
            body.x = cell.sumX / cell.count;
            body.y = cell.sumY / cell.count;
        }
        body.widthSquared = 4.0 * cell.halfWidth * cell.halfWidth;
        body.count = cell.count;
        body.firstChild = cell.firstChild;
        body.firstPoint = cell.firstPoint;
    }
}

int BarnesHutTree::childFor(const Cell& cell, double x, double y) const
{
    return cell.firstChild + (x >= cell.centreX ? 1 : 0) + (y >= cell.centreY ? 2 : 0);
}

void BarnesHutTree::split(int index)
{
    const int first = int(m_cells.size());
    const int depth = m_depth[std::size_t(index)] + 1;
    const Cell parent = m_cells[std::size_t(index)];
    for (int c = 0; c < 4; ++c) {
        Cell child;
        child.halfWidth = parent.halfWidth / 2.0;
        child.centreX = parent.centreX + ((c & 1) ? child.halfWidth : -child.halfWidth);
        child.centreY = parent.centreY + ((c & 2) ? child.halfWidth : -child.halfWidth);
        m_cells.push_back(child);
        m_depth.push_back(depth);
    }
    Cell& cell = m_cells[std::size_t(index)];
    cell.firstChild = first;
    // Move the leaf's points down (they all share one place, so one child takes them).
    int point = cell.firstPoint;
    cell.firstPoint = -1;
    while (point >= 0) {
        const int next = m_nextPoint[std::size_t(point)];
        Cell& child = m_cells[std::size_t(childFor(m_cells[std::size_t(index)], m_x[point], m_y[point]))];
        child.sumX += m_x[point];
        child.sumY += m_y[point];
        child.count += 1.0;
        m_nextPoint[std::size_t(point)] = child.firstPoint;
        child.firstPoint = point;
        point = next;
    }
}

void BarnesHutTree::insert(arma::uword point)
{
    const double x = m_x[point], y = m_y[point];
    int index = 0;
    for (;;) {
        Cell& cell = m_cells[std::size_t(index)];
        if (cell.firstChild < 0) {
            const bool empty = cell.count == 0.0;
            const bool samePlace = !empty && m_x[cell.firstPoint] == x && m_y[cell.firstPoint] == y;
            if (empty || samePlace || m_depth[std::size_t(index)] >= maximumDepth) {
                cell.sumX += x;
                cell.sumY += y;
                cell.count += 1.0;
                m_nextPoint[point] = cell.firstPoint;
                cell.firstPoint = int(point);
                return;
            }
            split(index); // may reallocate m_cells: `cell` is not used after this
        }
        Cell& parent = m_cells[std::size_t(index)];
        parent.sumX += x;
        parent.sumY += y;
        parent.count += 1.0;
        index = childFor(parent, x, y);
    }
}

double BarnesHutTree::repulsion(arma::uword i, double theta, double force[2]) const
{
    const double x = m_x[i], y = m_y[i];
    const double theta2 = theta * theta;
    double sumW = 0.0, fx = 0.0, fy = 0.0;
    int stack[4 * maximumDepth + 8];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Body& cell = m_bodies[std::size_t(stack[--top])];
        if (cell.count == 0.0)
            continue;
        double count = cell.count;
        if (cell.firstChild < 0) {
            for (int p = cell.firstPoint; p >= 0; p = m_nextPoint[std::size_t(p)])
                if (arma::uword(p) == i) {
                    count -= 1.0;
                    break;
                }
            if (count == 0.0)
                continue;
        }
        const double dx = x - cell.x;
        const double dy = y - cell.y;
        const double d2 = dx * dx + dy * dy;
        if (cell.firstChild < 0 || cell.widthSquared < theta2 * d2) {
            const double w = 1.0 / (1.0 + d2);
            sumW += count * w;
            const double m = count * w * w;
            fx += m * dx;
            fy += m * dy;
        } else {
            for (int c = 0; c < 4; ++c)
                stack[top++] = cell.firstChild + c;
        }
    }
    force[0] += fx;
    force[1] += fy;
    return sumW;
}

} // namespace lengua
