#include "DocumentVectors.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "count/MatrixWeighting.h"
#include "count/TermDocumentMatrix.h"

#include <algorithm>

namespace lengua {

DocumentVectorSet DocumentVectors::build(const std::vector<LabelledDocument>& documents, std::size_t dimensions,
                                         std::size_t minCount, JobContext* job)
{
    std::vector<TermDocumentMatrix::Document> columns;
    DocumentVectorSet result;
    for (const LabelledDocument& document : documents) {
        if (document.tokens.empty())
            continue;
        // Unique column names (TermMatrix requires them); the shown name stays as it is.
        columns.push_back({std::to_string(columns.size()) + ":" + document.name, document.tokens});
        result.names.push_back(document.name);
        result.labels.push_back(document.label);
    }
    if (columns.size() < 3)
        throw Error("document vectors need at least 3 documents with words");
    const TermMatrix counts = TermDocumentMatrix::build(columns, minCount, job);
    if (job)
        job->throwIfStopped();
    const arma::sp_mat weights = MatrixWeighting::tfidf(counts).values().t(); // documents × terms
    const std::size_t n = weights.n_rows, terms = weights.n_cols;
    std::size_t k = std::min({dimensions, n, terms});
    if (k == 0)
        throw Error("document vectors: too few words");
    arma::mat u, v;
    arma::vec s;
    bool solved = false;
    // A dense SVD is exact and quick for small collections; svds for large, sparse ones.
    if (static_cast<double>(n) * static_cast<double>(terms) <= 2.0e7) {
        solved = arma::svd_econ(u, s, v, arma::mat(weights), "left");
        if (solved) {
            u = u.cols(0, k - 1);
            s = s.subvec(0, k - 1);
        }
    }
    if (!solved) {
        k = std::min(k, std::min(n, terms) - 1); // svds needs k below both sides
        solved = k > 0 && arma::svds(u, s, v, weights, k);
        if (solved) {
            // svds returns the values in descending order in recent Armadillo; sort to be sure.
            const arma::uvec order = arma::sort_index(s, "descend");
            u = u.cols(order);
            s = s(order);
        }
    }
    if (!solved)
        throw Error("document vectors: the SVD did not converge");
    // Signs fixed like Pca (largest-magnitude entry of each column positive) for determinism.
    for (arma::uword c = 0; c < u.n_cols; ++c)
        if (u(arma::abs(u.col(c)).index_max(), c) < 0)
            u.col(c) *= -1.0;
    result.vectors = u * arma::diagmat(s);
    result.singularValues = arma::conv_to<std::vector<double>>::from(s);
    return result;
}

} // namespace lengua
