// Count matrices reweighted so that informative pairs stand out: PPMI for word × word
// (Jurafsky & Martin §6.6) and TF-IDF with the lecture's formulas for term × document.
#pragma once

#include "TermMatrix.h"

#include <vector>

namespace lengua {

class MatrixWeighting {
public:
    // max(0, log2(P(w, c) / (P(w) P_α(c)))), P_α(c) = count(c)^α / Σ count^α (α = 1: none;
    // the usual smoothing is 0.75). Zero counts stay zero. Throws Error for α outside (0, 1].
    static TermMatrix ppmi(const TermMatrix& counts, double alpha = 1.0);
    // The lecture's idf = log10(N / df) per row of a term × document matrix (N = columns,
    // df = columns where the row is non-zero): 0 for a word in every document.
    static std::vector<double> idf(const TermMatrix& termDocument);
    // tf = log10(1 + count), weight = tf · idf.
    static TermMatrix tfidf(const TermMatrix& termDocument);
};

} // namespace lengua
