// Search by TF-IDF cosine: documents and the query weighted with the lecture's TF-IDF
// (tf = log10(1 + count), idf = log10(N / df)), ranked by cosine; and each document's
// top-weighted terms.
#pragma once

#include "TermMatrix.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lengua {

class TfidfIndex {
public:
    struct Hit {
        std::size_t document = 0;
        std::string name;
        double score = 0.0;
    };
    struct Term {
        std::string term;
        double weight = 0.0;
        std::uint64_t count = 0;
    };
    explicit TfidfIndex(TermMatrix termDocumentCounts);

    const TermMatrix& counts() const { return m_counts; }
    const TermMatrix& weights() const { return m_weights; }
    const std::vector<double>& idf() const { return m_idf; }
    // The documents the term occurs in (df of idf = log10(N / df)); throws Error out of range.
    std::size_t documentFrequency(std::size_t term) const;
    // The lecture's tf = log10(1 + count(term, document)); throws Error out of range.
    double termFrequency(std::size_t term, std::size_t document) const;
    // Documents with a positive cosine, best first (ties by column), at most limit. The query
    // is weighted like a document (a repeated word has count > 1); unknown words are ignored.
    std::vector<Hit> rank(const std::vector<std::string>& queryTokens, std::size_t limit = 10) const;
    // The document's terms by TF-IDF weight, heaviest first (ties alphabetical).
    std::vector<Term> topTerms(std::size_t document, std::size_t limit = 10) const;

private:
    TermMatrix m_counts;
    TermMatrix m_weights;
    std::vector<double> m_idf;
};

} // namespace lengua
