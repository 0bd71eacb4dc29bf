// The sinusoidal table in the lecture's layout and the word-order comparison.
#include "models/PositionalEncodingLesson.h"

#include "core/Error.h"
#include "models/SelfAttentionLesson.h"
#include "nn/SinusoidalPositionalEncoding.h"

#include <cmath>
#include <limits>
#include <map>

namespace lengua {

arma::fmat sinusoidalPositions(std::size_t positions, std::size_t dimensions, double base)
{
    const SinusoidalPositionalEncoding encoding(dimensions, base);
    return encoding.table(positions).t(); // (D, N) -> (N, D)
}

double cosineSimilarity(const arma::frowvec& a, const arma::frowvec& b)
{
    if (a.n_elem != b.n_elem)
        throw Error("cosineSimilarity: the vectors have different sizes");
    double dot = 0.0, na = 0.0, nb = 0.0;
    for (std::size_t i = 0; i < a.n_elem; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    if (na == 0.0 || nb == 0.0)
        return 0.0;
    return dot / std::sqrt(na * nb);
}

WordOrderComparison compareWordOrder(const std::vector<std::string>& words1,
                                     const arma::fmat& x1,
                                     const std::vector<std::string>& words2,
                                     const arma::fmat& x2, const arma::fmat& positions)
{
    if (x1.n_rows != words1.size() || x2.n_rows != words2.size() || x1.n_cols != x2.n_cols
        || positions.n_cols != x1.n_cols || positions.n_rows < std::max(x1.n_rows, x2.n_rows)
        || x1.n_rows == 0 || x2.n_rows == 0)
        throw Error("compareWordOrder: the sentences, their vectors and the positions "
                    "do not have matching shapes");
    const arma::fmat withPositions1 = x1 + positions.rows(0, x1.n_rows - 1);
    const arma::fmat withPositions2 = x2 + positions.rows(0, x2.n_rows - 1);

    const arma::fmat context1 = similarityAttention(x1, false).output;              // (T1, D)
    const arma::fmat context2 = similarityAttention(x2, false).output;              // (T2, D)
    const arma::fmat positionedContext1 = similarityAttention(withPositions1, false).output;
    const arma::fmat positionedContext2 = similarityAttention(withPositions2, false).output;

    WordOrderComparison result;
    // Where the k-th occurrence of each word stands in the second sentence.
    std::map<std::string, std::vector<std::size_t>> placesInSecond;
    for (std::size_t m = 0; m < words2.size(); ++m)
        placesInSecond[words2[m]].push_back(m);
    std::map<std::string, std::size_t> occurrences;
    const double missing = std::numeric_limits<double>::quiet_NaN();
    std::size_t matched = 0;
    for (std::size_t n = 0; n < words1.size(); ++n) {
        const std::size_t k = occurrences[words1[n]]++;
        const auto found = placesInSecond.find(words1[n]);
        if (found == placesInSecond.end() || k >= found->second.size()) {
            for (auto* column : {&result.wordCosineWithoutPositions, &result.wordCosineWithPositions,
                                 &result.contextCosineWithoutPositions,
                                 &result.contextCosineWithPositions})
                column->push_back(missing);
            continue;
        }
        const std::size_t m = found->second[k];
        ++matched;
        result.wordCosineWithoutPositions.push_back(cosineSimilarity(x1.row(n), x2.row(m)));
        result.wordCosineWithPositions.push_back(
            cosineSimilarity(withPositions1.row(n), withPositions2.row(m)));
        result.contextCosineWithoutPositions.push_back(
            cosineSimilarity(context1.row(n), context2.row(m)));
        result.contextCosineWithPositions.push_back(
            cosineSimilarity(positionedContext1.row(n), positionedContext2.row(m)));
        result.meanContextCosineWithoutPositions += result.contextCosineWithoutPositions.back();
        result.meanContextCosineWithPositions += result.contextCosineWithPositions.back();
    }
    if (matched > 0) {
        result.meanContextCosineWithoutPositions /= double(matched);
        result.meanContextCosineWithPositions /= double(matched);
    } else {
        result.meanContextCosineWithoutPositions = missing;
        result.meanContextCosineWithPositions = missing;
    }
    result.bagDistance = double(arma::norm(arma::sum(x1, 0) - arma::sum(x2, 0)));
    return result;
}

} // namespace lengua
