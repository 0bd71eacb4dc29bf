// Orthogonal Procrustes for 2-D layouts: the rotation or reflection, uniform scale and shift
// that bring one layout closest (least squares) to a reference of the same points, so a
// re-projected layout (after another word2vec epoch, another seed) does not spin or flip
// on screen. t-SNE, UMAP and PCA are all free to rotate and mirror their answer.
#pragma once

#include <armadillo>

namespace lengua {

class LayoutAlignment {
public:
    // layout and reference: N × d with the same rows. Returns layout · R · s + t with R
    // orthogonal minimising ‖layout · R · s + t − reference‖ (Schönemann 1966: R = U Vᵀ
    // from the SVD of layoutᵀ · reference, both centred). Throws Error on a shape mismatch.
    static arma::mat alignTo(const arma::mat& layout, const arma::mat& reference);
};

} // namespace lengua
