// Okapi BM25 ranking of documents for a query (Robertson & Zaragoza 2009, with the
// non-negative idf of Lucene: ln(1 + (N − df + 0.5) / (df + 0.5))).
#pragma once

#include "TermMatrix.h"

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

class Bm25Index {
public:
    struct Hit {
        std::size_t document = 0; // column of the term × document matrix
        std::string name;
        double score = 0.0;
    };
    // termDocument: raw counts. k1 >= 0, 0 <= b <= 1 (throws Error otherwise).
    explicit Bm25Index(TermMatrix termDocument, double k1 = 1.5, double b = 0.75);

    // Documents with a positive score, best first (ties by column), at most limit. Each
    // distinct query word counts once; words outside the vocabulary are ignored.
    std::vector<Hit> rank(const std::vector<std::string>& queryTokens, std::size_t limit = 10) const;
    double idf(std::size_t term) const; // throws Error for a row outside the matrix
    const TermMatrix& counts() const { return m_counts; }

private:
    TermMatrix m_counts;
    double m_k1;
    double m_b;
    std::vector<double> m_documentLengths;
    double m_averageLength = 0.0;
    std::vector<double> m_idf;
};

} // namespace lengua
