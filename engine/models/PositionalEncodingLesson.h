// The lecture's positional encoding lesson: the sinusoidal table r (positions × dimensions)
// and why order needs it. "Vamos a ir al río en lugar de ir a la facu" and "Vamos a ir a
// la facu en lugar de ir al río" hold the same words: without positions a word is the same
// vector wherever it stands and self-attention mixes the same set of vectors, so both
// sentences look alike; with x̃ = x + r (the lecture's mixing) they no longer do.
#pragma once

#include <armadillo>

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

// The lecture's r (N, D), row n = position n (0-based), column i = dimension:
//   r(n, i) = sin(n / L^(i/D)) for even i,  r(n, i) = cos(n / L^((i-1)/D)) for odd i,
// the transpose of SinusoidalPositionalEncoding::table() (which it calls). L > 0, D > 0.
arma::fmat sinusoidalPositions(std::size_t positions, std::size_t dimensions, double base);

struct WordOrderComparison {
    // For each word of the first sentence: the cosine between its vector there and the
    // vector of the same word (same occurrence: the k-th "ir" with the k-th "ir") in the
    // second sentence; NaN for a word the second sentence lacks.
    std::vector<double> wordCosineWithoutPositions; // x vs x: 1 for every shared word
    std::vector<double> wordCosineWithPositions;    // x + r_n vs x + r_m
    // The bag of embeddings Σ_n x_n of each sentence: the Euclidean distance between the
    // two bags (0 when the sentences are permutations of each other: a bag of words).
    double bagDistance = 0.0;
    // The same words after self-attention Y = softmax(X̃ X̃ᵀ) X̃ (not causal): the cosine
    // between word n's output y in the first sentence and its partner's in the second.
    // Without positions (X̃ = X) attention only permutes its rows, so every shared word
    // gets the same contextual vector (1); with X̃ = X + R its context depends on the order.
    std::vector<double> contextCosineWithoutPositions;
    std::vector<double> contextCosineWithPositions;
    // Their means over the words that have a partner.
    double meanContextCosineWithoutPositions = 0.0;
    double meanContextCosineWithPositions = 0.0;
};

// words1 and x1 (T1, D) the first sentence, words2 and x2 (T2, D) the second, positions
// (at least max(T1, T2), D) the encodings r. Throws Error when the shapes disagree.
WordOrderComparison compareWordOrder(const std::vector<std::string>& words1,
                                     const arma::fmat& x1,
                                     const std::vector<std::string>& words2,
                                     const arma::fmat& x2, const arma::fmat& positions);

// Cosine of the angle between two vectors of the same size (0 when one is zero).
double cosineSimilarity(const arma::frowvec& a, const arma::frowvec& b);

} // namespace lengua
