// A quadtree over 2-D points for the Barnes–Hut approximation of t-SNE's repulsive forces
// (van der Maaten 2014, §4.2): each cell keeps its number of points and their centre of
// mass, and a cell that looks small from a point (width / distance < θ) acts as one body.
// Rebuilt every iteration; points at exactly the same place share a leaf.
#pragma once

#include <armadillo>

#include <vector>

namespace lengua {

class BarnesHutTree {
public:
    // points: N × 2, a point per row.
    explicit BarnesHutTree(const arma::mat& points);

    // The repulsive part for point i: accumulates Σⱼ wᵢⱼ² (yᵢ − yⱼ) into force[0..1] and returns
    // Σⱼ wᵢⱼ, with wᵢⱼ = 1 / (1 + |yᵢ − yⱼ|²) over j ≠ i, cells far enough taken whole.
    // theta = 0 visits every point (exact). Thread-safe (the tree is read only).
    double repulsion(arma::uword i, double theta, double force[2]) const;

private:
    struct Cell {
        double centreX = 0.0, centreY = 0.0, halfWidth = 0.0; // the square's geometry
        double sumX = 0.0, sumY = 0.0;                         // Σ positions (centre of mass × count)
        double count = 0.0;
        int firstChild = -1; // four consecutive cells, or -1 for a leaf
        int firstPoint = -1; // a leaf's points, linked through m_nextPoint
    };

    void insert(arma::uword point);
    void split(int cell);
    int childFor(const Cell& cell, double x, double y) const;

    // The tree as the traversal reads it, built once after the insertions: centre of
    // mass precomputed and the fields it needs packed together.
    struct Body {
        double x = 0.0, y = 0.0; // centre of mass
        double widthSquared = 0.0;
        double count = 0.0;
        int firstChild = -1;
        int firstPoint = -1;
    };

    const double* m_x;
    const double* m_y;
    std::vector<Cell> m_cells;
    std::vector<int> m_nextPoint;
    std::vector<int> m_depth;
    std::vector<Body> m_bodies;
};

} // namespace lengua
