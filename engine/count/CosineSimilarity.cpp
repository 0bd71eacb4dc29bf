#include "CosineSimilarity.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace lengua {
namespace {

using SparseVector = std::vector<std::pair<arma::uword, double>>; // (index, value), by index

// Several rows of a CSC matrix in one pass over its non-zeros (a row is scattered across
// every column, so extracting them one by one would walk the matrix each time).
std::vector<SparseVector> gatherRows(const arma::sp_mat& m, const std::vector<std::size_t>& rows)
{
    std::vector<std::ptrdiff_t> slot(m.n_rows, -1);
    std::vector<SparseVector> gathered(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] >= m.n_rows)
            throw Error("row " + std::to_string(rows[i]) + " is outside a matrix of "
                        + std::to_string(m.n_rows) + " rows");
        if (slot[rows[i]] < 0)
            slot[rows[i]] = std::ptrdiff_t(i);
    }
    m.sync();
    for (arma::uword c = 0; c < m.n_cols; ++c)
        for (arma::uword k = m.col_ptrs[c]; k < m.col_ptrs[c + 1]; ++k) {
            const std::ptrdiff_t s = slot[m.row_indices[k]];
            if (s >= 0)
                gathered[std::size_t(s)].emplace_back(c, m.values[k]);
        }
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (std::size_t(slot[rows[i]]) != i)
            gathered[i] = gathered[std::size_t(slot[rows[i]])];
    return gathered;
}

SparseVector column(const arma::sp_mat& m, std::size_t c)
{
    if (c >= m.n_cols)
        throw Error("column " + std::to_string(c) + " is outside a matrix of "
                    + std::to_string(m.n_cols) + " columns");
    m.sync();
    SparseVector v;
    for (arma::uword k = m.col_ptrs[c]; k < m.col_ptrs[c + 1]; ++k)
        v.emplace_back(m.row_indices[k], m.values[k]);
    return v;
}

double dot(const SparseVector& a, const SparseVector& b)
{
    double sum = 0.0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first)
            ++i;
        else if (b[j].first < a[i].first)
            ++j;
        else
            sum += a[i++].second * b[j++].second;
    }
    return sum;
}

double norm(const SparseVector& v)
{
    double sum = 0.0;
    for (const auto& [index, value] : v)
        sum += value * value;
    return std::sqrt(sum);
}

double cosineOf(double product, double normA, double normB)
{
    if (normA == 0.0 || normB == 0.0)
        return 0.0;
    return product / (normA * normB);
}

// The cosines between chosen rows of a CSC matrix as a sparse product: for each column, the
// chosen rows that have it add their products to a dense n × n Gram matrix. Costs the sum
// over columns of (chosen rows present)², far less than n² sparse dot products of long rows.
std::vector<float> rowGram(const arma::sp_mat& m, const std::vector<std::size_t>& rows)
{
    std::vector<std::ptrdiff_t> slot(m.n_rows, -1);
    std::vector<std::size_t> distinct;
    std::vector<std::size_t> slotOfRequest(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] >= m.n_rows)
            throw Error("row " + std::to_string(rows[i]) + " is outside a matrix of "
                        + std::to_string(m.n_rows) + " rows");
        if (slot[rows[i]] < 0) {
            slot[rows[i]] = std::ptrdiff_t(distinct.size());
            distinct.push_back(rows[i]);
        }
        slotOfRequest[i] = std::size_t(slot[rows[i]]);
    }
    const std::size_t d = distinct.size();
    std::vector<double> gram(d * d, 0.0);
    std::vector<std::pair<std::size_t, double>> present;
    m.sync();
    for (arma::uword c = 0; c < m.n_cols; ++c) {
        present.clear();
        for (arma::uword k = m.col_ptrs[c]; k < m.col_ptrs[c + 1]; ++k)
            if (const std::ptrdiff_t s = slot[m.row_indices[k]]; s >= 0)
                present.emplace_back(std::size_t(s), m.values[k]);
        for (std::size_t a = 0; a < present.size(); ++a) {
            double* gramRow = gram.data() + present[a].first * d;
            const double value = present[a].second;
            for (std::size_t b = a; b < present.size(); ++b)
                gramRow[present[b].first] += value * present[b].second;
        }
    }
    // Each pair was added to one of its two cells, depending on the order met.
    for (std::size_t i = 0; i < d; ++i)
        for (std::size_t j = i + 1; j < d; ++j)
            gram[i * d + j] = gram[j * d + i] = gram[i * d + j] + gram[j * d + i];
    const std::size_t n = rows.size();
    std::vector<float> result(n * n, 0.0f);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const std::size_t a = slotOfRequest[i], b = slotOfRequest[j];
            result[i * n + j] = float(cosineOf(gram[a * d + b], std::sqrt(gram[a * d + a]),
                                               std::sqrt(gram[b * d + b])));
        }
    return result;
}

} // namespace

double CosineSimilarity::cosine(const arma::vec& a, const arma::vec& b)
{
    if (a.n_elem != b.n_elem)
        throw Error("cosine of vectors of " + std::to_string(a.n_elem) + " and "
                    + std::to_string(b.n_elem) + " entries");
    return cosineOf(arma::dot(a, b), arma::norm(a), arma::norm(b));
}

double CosineSimilarity::cosine(const arma::sp_mat& a, const arma::sp_mat& b)
{
    if (a.n_elem != b.n_elem || (a.n_rows != 1 && a.n_cols != 1) || (b.n_rows != 1 && b.n_cols != 1))
        throw Error("cosine needs two row or column vectors of the same length");
    const arma::sp_mat& columnA = a;
    const arma::sp_mat bShaped = (b.n_rows == a.n_rows) ? b : arma::sp_mat(b.t());
    const double product = arma::accu(columnA % bShaped);
    return cosineOf(product, arma::norm(a, "fro"), arma::norm(b, "fro"));
}

double CosineSimilarity::rowCosine(const TermMatrix& matrix, std::size_t rowA, std::size_t rowB)
{
    const auto rows = gatherRows(matrix.values(), {rowA, rowB});
    return cosineOf(dot(rows[0], rows[1]), norm(rows[0]), norm(rows[1]));
}

double CosineSimilarity::rowDot(const TermMatrix& matrix, std::size_t rowA, std::size_t rowB)
{
    const auto rows = gatherRows(matrix.values(), {rowA, rowB});
    return dot(rows[0], rows[1]);
}

double CosineSimilarity::columnCosine(const TermMatrix& matrix, std::size_t columnA,
                                      std::size_t columnB)
{
    const SparseVector a = column(matrix.values(), columnA);
    const SparseVector b = column(matrix.values(), columnB);
    return cosineOf(dot(a, b), norm(a), norm(b));
}

std::vector<float> CosineSimilarity::rowCosines(const TermMatrix& matrix,
                                                const std::vector<std::size_t>& rows)
{
    return rowGram(matrix.values(), rows);
}

std::vector<float> CosineSimilarity::columnCosines(const TermMatrix& matrix,
                                                   const std::vector<std::size_t>& columns)
{
    for (std::size_t c : columns)
        if (c >= matrix.columns())
            throw Error("column " + std::to_string(c) + " is outside a matrix of "
                        + std::to_string(matrix.columns()) + " columns");
    // Columns of the matrix are rows of its transpose.
    const arma::sp_mat transposed = matrix.values().t();
    return rowGram(transposed, columns);
}

std::vector<CosineSimilarity::Neighbour> CosineSimilarity::nearestRows(const TermMatrix& matrix,
                                                                       std::size_t row,
                                                                       std::size_t k)
{
    const arma::sp_mat& m = matrix.values();
    const SparseVector query = gatherRows(m, {row})[0];
    // One pass over the non-zeros gives every row's dot product with the query and its norm.
    std::vector<double> queryDense(m.n_cols, 0.0);
    for (const auto& [c, value] : query)
        queryDense[c] = value;
    std::vector<double> products(m.n_rows, 0.0), squares(m.n_rows, 0.0);
    for (arma::uword c = 0; c < m.n_cols; ++c)
        for (arma::uword p = m.col_ptrs[c]; p < m.col_ptrs[c + 1]; ++p) {
            const double value = m.values[p];
            products[m.row_indices[p]] += value * queryDense[c];
            squares[m.row_indices[p]] += value * value;
        }
    const double queryNorm = std::sqrt(squares[row]);
    std::vector<Neighbour> all;
    all.reserve(m.n_rows);
    for (std::size_t r = 0; r < m.n_rows; ++r)
        if (r != row)
            all.push_back({r, {}, cosineOf(products[r], queryNorm, std::sqrt(squares[r]))});
    const std::size_t keep = std::min(k, all.size());
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(keep), all.end(),
                      [](const Neighbour& a, const Neighbour& b) {
                          return a.cosine != b.cosine ? a.cosine > b.cosine : a.row < b.row;
                      });
    all.resize(keep);
    for (Neighbour& neighbour : all)
        neighbour.label = matrix.rowLabels()[neighbour.row];
    return all;
}

} // namespace lengua
