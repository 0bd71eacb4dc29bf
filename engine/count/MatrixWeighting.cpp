#include "MatrixWeighting.h"

#include "SparseAssembly.h"

#include "core/Error.h"

#include <cmath>

namespace lengua {
namespace {

void requireNonNegative(const arma::sp_mat& values, const char* what)
{
    values.sync();
    for (arma::uword k = 0; k < values.n_nonzero; ++k)
        if (!(values.values[k] >= 0.0) || !std::isfinite(values.values[k]))
            throw Error(std::string(what) + " needs counts that are finite and >= 0");
}

} // namespace

TermMatrix MatrixWeighting::ppmi(const TermMatrix& counts, double alpha)
{
    if (!(alpha > 0.0 && alpha <= 1.0))
        throw Error("the PPMI context smoothing α must be in (0, 1], not " + std::to_string(alpha));
    const arma::sp_mat& f = counts.values();
    requireNonNegative(f, "PPMI");
    // Row sums give P(w); column sums raised to α give P_α(c) (J&M 3rd ed. eq. 6.21).
    std::vector<double> rowSum(f.n_rows, 0.0), columnSum(f.n_cols, 0.0);
    double total = 0.0;
    for (arma::uword c = 0; c < f.n_cols; ++c)
        for (arma::uword k = f.col_ptrs[c]; k < f.col_ptrs[c + 1]; ++k) {
            rowSum[f.row_indices[k]] += f.values[k];
            columnSum[c] += f.values[k];
            total += f.values[k];
        }
    if (total <= 0.0)
        return counts.withValues(arma::sp_mat(f.n_rows, f.n_cols));
    double smoothedTotal = 0.0;
    std::vector<double> contextProbability(f.n_cols, 0.0);
    for (std::size_t c = 0; c < columnSum.size(); ++c) {
        contextProbability[c] = std::pow(columnSum[c], alpha);
        smoothedTotal += contextProbability[c];
    }
    for (double& p : contextProbability)
        p /= smoothedTotal;
    // PPMI = max(0, log2(P(w,c) / (P(w) P_α(c)))), P(w,c) = f/total, P(w) = rowSum/total.
    return counts.withValues(SparseAssembly::mapValues(f, [&](arma::uword r, arma::uword c, double value) {
        const double ratio = (value / total) / ((rowSum[r] / total) * contextProbability[c]);
        return std::max(0.0, std::log2(ratio));
    }));
}

std::vector<double> MatrixWeighting::idf(const TermMatrix& termDocument)
{
    const arma::sp_mat& f = termDocument.values();
    f.sync();
    std::vector<std::size_t> documentFrequency(f.n_rows, 0);
    for (arma::uword k = 0; k < f.n_nonzero; ++k)
        if (f.values[k] > 0.0)
            ++documentFrequency[f.row_indices[k]];
    const double documents = double(f.n_cols);
    std::vector<double> idf(f.n_rows, 0.0);
    for (std::size_t r = 0; r < idf.size(); ++r)
        if (documentFrequency[r] > 0)
            idf[r] = std::log10(documents / double(documentFrequency[r]));
    return idf;
}

TermMatrix MatrixWeighting::tfidf(const TermMatrix& termDocument)
{
    requireNonNegative(termDocument.values(), "TF-IDF");
    const std::vector<double> inverse = idf(termDocument);
    return termDocument.withValues(SparseAssembly::mapValues(
        termDocument.values(),
        [&](arma::uword r, arma::uword, double count) { return std::log10(1.0 + count) * inverse[r]; }));
}

} // namespace lengua
