// t-SNE's input similarities (van der Maaten & Hinton 2008, §2-3). For each point i, a
// Gaussian of width σᵢ over the others gives p(j|i) ∝ exp(−|xᵢ − xⱼ|² / 2σᵢ²); σᵢ is
// found by binary search so that the entropy of p(·|i) is log(perplexity) (natural log;
// perplexity = e^H). The joint P symmetrises: pᵢⱼ = (p(j|i) + p(i|j)) / 2N.
//
// Dense for exact t-SNE (every pair), sparse for Barnes–Hut (van der Maaten 2014): only
// the ⌊3·perplexity⌋ + 1 nearest neighbours of each point, as scikit-learn does.
#pragma once

#include "NeighbourTable.h"

#include <armadillo>

namespace lengua {

class JobContext;

class TsneAffinities {
public:
    // Calibrates one point: `squaredDistances` to its candidate neighbours (the point
    // itself left out), writes p(j|i) into `probabilities` (same length) and returns the
    // entropy reached. Binary search on β = 1 / 2σ², at most 200 steps, stopping within
    // 1e-5 nats of log(perplexity).
    static double calibrateRow(const double* squaredDistances, arma::uword count, double perplexity,
                               double* probabilities);
    // Dense conditional matrix: row i holds p(j|i), zero diagonal. squaredDistances is N × N.
    static arma::mat conditional(const arma::mat& squaredDistances, double perplexity,
                                 JobContext* job = nullptr);
    // (C + Cᵀ) / sum: symmetric, zero diagonal, sums to 1.
    static arma::mat joint(const arma::mat& conditional);
    // Sparse joint P over the neighbour table (k neighbours per point; the conditional
    // distribution spreads over those k only), symmetrised and normalised to sum 1.
    static arma::sp_mat sparseJoint(const NeighbourTable& neighbours, double perplexity,
                                    JobContext* job = nullptr);
    // The natural-log entropy of a distribution (zeros skipped), for the tests and the lesson.
    static double entropy(const double* probabilities, arma::uword count);
};

} // namespace lengua
