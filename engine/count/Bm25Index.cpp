#include "Bm25Index.h"

#include "core/Error.h"
#include "core/StringHash.h"

#include <algorithm>
#include <cmath>

namespace lengua {

Bm25Index::Bm25Index(TermMatrix termDocument, double k1, double b)
    : m_counts(std::move(termDocument)), m_k1(k1), m_b(b)
{
    if (!(k1 >= 0.0) || !std::isfinite(k1))
        throw Error("BM25's k1 must be >= 0, not " + std::to_string(k1));
    if (!(b >= 0.0 && b <= 1.0))
        throw Error("BM25's b must be between 0 and 1, not " + std::to_string(b));
    const arma::sp_mat& f = m_counts.values();
    f.sync();
    m_documentLengths.assign(f.n_cols, 0.0);
    std::vector<std::size_t> documentFrequency(f.n_rows, 0);
    for (arma::uword c = 0; c < f.n_cols; ++c)
        for (arma::uword k = f.col_ptrs[c]; k < f.col_ptrs[c + 1]; ++k) {
            if (f.values[k] < 0.0)
                throw Error("BM25 needs counts >= 0");
            m_documentLengths[c] += f.values[k];
            ++documentFrequency[f.row_indices[k]];
        }
    double totalLength = 0.0;
    for (double length : m_documentLengths)
        totalLength += length;
    m_averageLength = f.n_cols ? totalLength / double(f.n_cols) : 0.0;
    const double documents = double(f.n_cols);
    m_idf.resize(f.n_rows);
    for (std::size_t t = 0; t < m_idf.size(); ++t) {
        const double df = double(documentFrequency[t]);
        m_idf[t] = std::log(1.0 + (documents - df + 0.5) / (df + 0.5));
    }
}

double Bm25Index::idf(std::size_t term) const
{
    if (term >= m_idf.size())
        throw Error("term " + std::to_string(term) + " is outside a vocabulary of "
                    + std::to_string(m_idf.size()));
    return m_idf[term];
}

std::vector<Bm25Index::Hit> Bm25Index::rank(const std::vector<std::string>& queryTokens,
                                            std::size_t limit) const
{
    // Each distinct query word counts once (a repeated word does not double its weight).
    std::vector<std::size_t> terms;
    for (const std::string& token : queryTokens)
        if (const auto row = m_counts.rowIndex(token))
            if (std::find(terms.begin(), terms.end(), *row) == terms.end())
                terms.push_back(*row);
    std::vector<double> scores(m_counts.columns(), 0.0);
    const arma::sp_mat& f = m_counts.values();
    f.sync();
    for (arma::uword c = 0; c < f.n_cols; ++c) {
        const double lengthNorm =
            m_averageLength > 0.0 ? 1.0 - m_b + m_b * m_documentLengths[c] / m_averageLength : 1.0;
        for (std::size_t term : terms) {
            const double count = f(term, c);
            if (count > 0.0)
                scores[c] += m_idf[term] * count * (m_k1 + 1.0) / (count + m_k1 * lengthNorm);
        }
    }
    std::vector<Hit> hits;
    for (std::size_t c = 0; c < scores.size(); ++c)
        if (scores[c] > 0.0)
            hits.push_back({c, m_counts.columnLabels()[c], scores[c]});
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit& a, const Hit& b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace lengua
