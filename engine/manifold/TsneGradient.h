// The gradient of t-SNE's cost KL(P ‖ Q) with respect to the layout (van der Maaten &
// Hinton 2008, eq. 5), with the Student-t kernel wᵢⱼ = 1 / (1 + |yᵢ − yⱼ|²), qᵢⱼ = wᵢⱼ / Z:
//     ∂C/∂yᵢ = 4 Σⱼ (α pᵢⱼ − qᵢⱼ) wᵢⱼ (yᵢ − yⱼ)
// where α is the early exaggeration (1 outside it; with α ≠ 1 this is the usual heuristic,
// not the gradient of a cost). Exact in O(N²), or Barnes–Hut (van der Maaten 2014): the
// attraction over the sparse P, the repulsion Σ wᵢⱼ² (yᵢ − yⱼ) / Z from a quadtree.
//
// Layouts are N × 2, a point per row; the gradient has the same shape.
#pragma once

#include <armadillo>

namespace lengua {

class TsneGradient {
public:
    // P: N × N joint probabilities (symmetric, sum 1). Writes the gradient and returns
    // KL(P ‖ Q) = Σ pᵢⱼ log(pᵢⱼ / qᵢⱼ) over pᵢⱼ > 0 (NaN when computeKl is false).
    static double exact(const arma::mat& p, const arma::mat& layout, double exaggeration,
                        arma::mat& gradient, bool computeKl = true);
    // P: sparse symmetric joint probabilities. theta = 0 is exact repulsion. The work is
    // split by points over `threads` threads (0: the hardware's count); the result is the
    // same for any count (each point's sums are made alone, then added in order).
    static double barnesHut(const arma::sp_mat& p, const arma::mat& layout, double exaggeration,
                            double theta, arma::mat& gradient, bool computeKl = true, int threads = 0);
};

} // namespace lengua
