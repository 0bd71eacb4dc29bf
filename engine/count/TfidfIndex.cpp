#include "TfidfIndex.h"

#include "MatrixWeighting.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace lengua {

TfidfIndex::TfidfIndex(TermMatrix termDocumentCounts)
    : m_counts(std::move(termDocumentCounts)), m_weights(MatrixWeighting::tfidf(m_counts)),
      m_idf(MatrixWeighting::idf(m_counts))
{
}

std::vector<TfidfIndex::Hit> TfidfIndex::rank(const std::vector<std::string>& queryTokens,
                                              std::size_t limit) const
{
    // The query as a document: its counts, tf = log10(1 + count), times the collection's idf.
    std::vector<std::pair<std::size_t, double>> query;
    for (const std::string& token : queryTokens) {
        const auto row = m_counts.rowIndex(token);
        if (!row)
            continue;
        auto found = std::find_if(query.begin(), query.end(),
                                  [&](const auto& entry) { return entry.first == *row; });
        if (found == query.end())
            query.emplace_back(*row, 1.0);
        else
            found->second += 1.0;
    }
    double queryNorm = 0.0;
    std::vector<double> queryDense(m_weights.rows(), 0.0);
    for (auto& [row, count] : query) {
        const double weight = std::log10(1.0 + count) * m_idf[row];
        queryDense[row] = weight;
        queryNorm += weight * weight;
    }
    queryNorm = std::sqrt(queryNorm);
    std::vector<Hit> hits;
    if (queryNorm == 0.0)
        return hits;
    const arma::sp_mat& w = m_weights.values();
    w.sync();
    for (arma::uword c = 0; c < w.n_cols; ++c) {
        double product = 0.0, squares = 0.0;
        for (arma::uword k = w.col_ptrs[c]; k < w.col_ptrs[c + 1]; ++k) {
            product += w.values[k] * queryDense[w.row_indices[k]];
            squares += w.values[k] * w.values[k];
        }
        if (product > 0.0 && squares > 0.0)
            hits.push_back({c, m_weights.columnLabels()[c], product / (queryNorm * std::sqrt(squares))});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit& a, const Hit& b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

std::size_t TfidfIndex::documentFrequency(std::size_t term) const
{
    if (term >= m_counts.rows())
        throw Error("TfidfIndex::documentFrequency(): term " + std::to_string(term) + " of "
                    + std::to_string(m_counts.rows()));
    const arma::sp_mat row = m_counts.values().row(arma::uword(term));
    return std::size_t(row.n_nonzero);
}

double TfidfIndex::termFrequency(std::size_t term, std::size_t document) const
{
    if (term >= m_counts.rows() || document >= m_counts.columns())
        throw Error("TfidfIndex::termFrequency(): cell (" + std::to_string(term) + ", "
                    + std::to_string(document) + ") outside " + std::to_string(m_counts.rows())
                    + " x " + std::to_string(m_counts.columns()));
    return std::log10(1.0 + m_counts.value(term, document));
}

std::vector<TfidfIndex::Term> TfidfIndex::topTerms(std::size_t document, std::size_t limit) const
{
    if (document >= m_weights.columns())
        throw Error("document " + std::to_string(document) + " is outside a collection of "
                    + std::to_string(m_weights.columns()));
    const arma::sp_mat& w = m_weights.values();
    w.sync();
    std::vector<Term> terms;
    for (arma::uword k = w.col_ptrs[document]; k < w.col_ptrs[document + 1]; ++k) {
        const auto row = w.row_indices[k];
        terms.push_back({m_weights.rowLabels()[row], w.values[k],
                         std::uint64_t(std::llround(m_counts.values()(row, document)))});
    }
    const std::size_t keep = std::min(limit, terms.size());
    std::partial_sort(terms.begin(), terms.begin() + std::ptrdiff_t(keep), terms.end(),
                      [](const Term& a, const Term& b) {
                          return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                      });
    terms.resize(keep);
    return terms;
}

} // namespace lengua
