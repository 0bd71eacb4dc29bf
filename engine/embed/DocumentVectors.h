// Documents as dense vectors, for drawing a corpus in 2-D: TF-IDF weights of the term ×
// document matrix (TermDocumentMatrix, MatrixWeighting::tfidf) reduced by truncated SVD to
// at most `dimensions` latent dimensions (latent semantic analysis, Deerwester et al.
// 1990): document i is row i of U·Σ, so cosines between rows approximate the cosines of
// the TF-IDF columns. Each row keeps its document's name and label.
#pragma once

#include <armadillo>

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

class JobContext;

struct LabelledDocument {
    std::string name;
    std::string label; // class or topic; empty when unknown
    std::vector<std::string> tokens;
};

struct DocumentVectorSet {
    arma::mat vectors;               // documents × dims, a document per row
    std::vector<std::string> names;  // per row
    std::vector<std::string> labels; // per row
    std::vector<double> singularValues;
};

class DocumentVectors {
public:
    // Documents without a token are dropped. Throws Error when fewer than 3 documents
    // remain or no word is seen minCount times. dims = min(dimensions, documents, terms)
    // (one less on both for collections large enough to need the sparse solver).
    static DocumentVectorSet build(const std::vector<LabelledDocument>& documents, std::size_t dimensions = 100,
                                   std::size_t minCount = 2, JobContext* job = nullptr);
};

} // namespace lengua
