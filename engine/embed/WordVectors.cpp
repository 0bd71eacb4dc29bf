#include "WordVectors.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "count/ClosestWords.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace lengua {
namespace {

// Rows scaled to unit length; zero rows stay zero (their cosine with anything is 0).
arma::fmat unitRows(const arma::fmat& vectors)
{
    arma::fvec lengths = arma::sqrt(arma::sum(arma::square(vectors), 1)); // V
    lengths.replace(0.0f, 1.0f);
    arma::fmat unit = vectors;
    unit.each_col() /= lengths;
    return unit;
}

arma::fvec unitColumn(arma::fvec v)
{
    const float length = arma::norm(v);
    if (length > 0.0f)
        v /= length;
    return v;
}

// (cos + 1) / 2, the shift of 3CosMul that keeps every factor non-negative.
arma::fmat shifted(const arma::fmat& cosines) { return (cosines + 1.0f) * 0.5f; }

} // namespace

WordVectors::WordVectors(std::vector<std::string> words, arma::fmat vectors)
    : m_words(std::move(words)), m_vectors(std::move(vectors))
{
    if (m_words.size() != m_vectors.n_rows)
        throw Error("WordVectors: " + std::to_string(m_words.size()) + " words but "
                    + std::to_string(m_vectors.n_rows) + " vectors");
    if (!m_words.empty() && m_vectors.n_cols == 0)
        throw Error("WordVectors: the vectors have no dimensions");
    m_index.reserve(m_words.size());
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i].empty())
            throw Error("WordVectors: word " + std::to_string(i + 1) + " is empty");
        if (const auto [it, inserted] = m_index.emplace(m_words[i], i); !inserted)
            throw Error("WordVectors: the word \"" + m_words[i] + "\" repeats (rows "
                        + std::to_string(it->second + 1) + " and " + std::to_string(i + 1) + ")");
    }
    if (!m_vectors.is_finite())
        throw Error("WordVectors: a vector holds NaN or an infinite value");
    m_unitVectors = unitRows(m_vectors);
}

std::optional<std::size_t> WordVectors::find(std::string_view word) const
{
    const auto it = m_index.find(word);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

std::string WordVectors::missingWordMessage(std::string_view word) const
{
    std::string message = "“" + std::string(word) + "” is not in the vocabulary";
    const std::vector<std::string> closest = ClosestWords::find(word, m_words);
    if (!closest.empty()) {
        message += " (closest: ";
        for (std::size_t i = 0; i < closest.size(); ++i)
            message += (i ? ", " : "") + closest[i];
        message += ")";
    }
    return message;
}

std::size_t WordVectors::indexOf(std::string_view word) const
{
    if (const auto index = find(word))
        return *index;
    throw Error(missingWordMessage(word));
}

float WordVectors::similarity(std::string_view a, std::string_view b) const
{
    const std::size_t i = indexOf(a);
    const std::size_t j = indexOf(b);
    return arma::dot(m_unitVectors.row(i), m_unitVectors.row(j));
}

std::size_t WordVectors::searchRows(std::size_t searchLimit) const
{
    return searchLimit == 0 ? size() : std::min(searchLimit, size());
}

std::vector<ScoredWord> WordVectors::best(const arma::fvec& scores, std::size_t k,
                                          const std::vector<std::size_t>& excluded) const
{
    std::vector<std::size_t> rows;
    rows.reserve(scores.n_elem);
    for (std::size_t i = 0; i < scores.n_elem; ++i)
        if (std::find(excluded.begin(), excluded.end(), i) == excluded.end())
            rows.push_back(i);
    k = std::min(k, rows.size());
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(k), rows.end(),
                      [&](std::size_t x, std::size_t y) {
                          return scores[x] > scores[y] || (scores[x] == scores[y] && x < y);
                      });
    std::vector<ScoredWord> out;
    out.reserve(k);
    for (std::size_t i = 0; i < k; ++i)
        out.push_back({m_words[rows[i]], rows[i], scores[rows[i]]});
    return out;
}

std::vector<ScoredWord> WordVectors::nearest(std::string_view word, std::size_t k,
                                             std::size_t searchLimit) const
{
    const std::size_t index = indexOf(word);
    return nearestToVector(arma::fvec(m_unitVectors.row(index).t()), k, {index}, searchLimit);
}

std::vector<ScoredWord> WordVectors::nearestToVector(const arma::fvec& vector, std::size_t k,
                                             const std::vector<std::size_t>& excluded,
                                             std::size_t searchLimit) const
{
    if (vector.n_elem != dimension())
        throw Error("WordVectors::nearestToVector(): the query has " + std::to_string(vector.n_elem)
                    + " values, the vectors " + std::to_string(dimension()));
    const std::size_t rows = searchRows(searchLimit);
    if (rows == 0 || k == 0)
        return {};
    // One matrix–vector product: (V × dim) · (dim) = the cosines of every row. The whole
    // matrix, then the first rows: taking the rows first would copy them.
    const arma::fvec cosines = m_unitVectors * unitColumn(vector);
    return best(cosines.head(rows), k, excluded);
}

std::vector<ScoredWord> WordVectors::analogy(std::string_view a, std::string_view b,
                                             std::string_view c, std::size_t k,
                                             AnalogyMethod method, std::size_t searchLimit) const
{
    const std::size_t ia = indexOf(a), ib = indexOf(b), ic = indexOf(c);
    const std::size_t rows = searchRows(searchLimit);
    if (rows == 0 || k == 0)
        return {};
    const auto unit = [&](std::size_t i) { return arma::fvec(m_unitVectors.row(i).t()); };
    arma::fvec scores;
    if (method == AnalogyMethod::CosAdd) {
        scores = m_unitVectors * unitColumn(unit(ib) - unit(ia) + unit(ic));
    } else {
        const arma::fmat cosines = m_unitVectors * arma::join_rows(unit(ia), unit(ib), unit(ic)); // V × 3
        const arma::fmat s = shifted(cosines);
        scores = s.col(1) % s.col(2) / (s.col(0) + cosMulEpsilon);
    }
    return best(scores.head(rows), k, {ia, ib, ic});
}

std::vector<std::size_t> WordVectors::answerAnalogies(const std::vector<AnalogyQuery>& queries,
                                                      AnalogyMethod method,
                                                      std::size_t searchLimit,
                                                      JobContext* job,
                                                      const std::vector<std::size_t>& rowGroups) const
{
    std::vector<std::size_t> answers(queries.size(), noAnswer);
    const std::size_t rows = searchRows(searchLimit);
    if (rows == 0 || queries.empty())
        return answers;
    for (const AnalogyQuery& query : queries)
        for (const std::size_t i : query)
            if (i >= size())
                throw Error("WordVectors::answerAnalogies(): row " + std::to_string(i)
                            + " is outside the " + std::to_string(size()) + " words");
    if (!rowGroups.empty() && rowGroups.size() < rows)
        throw Error("WordVectors::answerAnalogies(): " + std::to_string(rowGroups.size())
                    + " row groups for " + std::to_string(rows) + " search rows");

    // The question words: a benchmark reuses few words in many questions (the 19,544 Google
    // questions use 905), so the product is taken with those words' unit vectors once:
    // cosines = search rows × question words. Each question's scores then combine three of
    // its columns: cos(d,b) − cos(d,a) + cos(d,c) ranks like cos(d, b̂ − â + ĉ) (the norm
    // of the target is the same for every d), and 3CosMul needs exactly these cosines.
    std::vector<std::size_t> columnOfRow(size(), noAnswer);
    std::vector<std::size_t> questionWords;
    std::vector<std::array<std::size_t, 3>> columns(queries.size());
    for (std::size_t q = 0; q < queries.size(); ++q)
        for (std::size_t k = 0; k < 3; ++k) {
            std::size_t& column = columnOfRow[queries[q][k]];
            if (column == noAnswer) {
                column = questionWords.size();
                questionWords.push_back(queries[q][k]);
            }
            columns[q][k] = column;
        }
    arma::fmat wordColumns(dimension(), questionWords.size()); // dim × question words
    for (std::size_t i = 0; i < questionWords.size(); ++i)
        wordColumns.col(i) = m_unitVectors.row(questionWords[i]).t();

    // Rows that share a group (spellings of one word) are excluded together.
    std::unordered_map<std::size_t, std::vector<std::size_t>> groupRows;
    if (!rowGroups.empty()) {
        std::unordered_map<std::size_t, std::size_t> groupSize;
        for (std::size_t r = 0; r < rows; ++r)
            ++groupSize[rowGroups[r]];
        for (std::size_t r = 0; r < rows; ++r)
            if (groupSize[rowGroups[r]] > 1)
                groupRows[rowGroups[r]].push_back(r);
    }
    const auto excludedRows = [&](const AnalogyQuery& query) {
        std::vector<std::size_t> excluded(query.begin(), query.end());
        for (const std::size_t row : query) {
            if (row >= rowGroups.size())
                continue;
            if (const auto it = groupRows.find(rowGroups[row]); it != groupRows.end())
                excluded.insert(excluded.end(), it->second.begin(), it->second.end());
        }
        return excluded;
    };

    std::vector<float> bestScore(queries.size(), -std::numeric_limits<float>::infinity());
    // A chunk of search rows at a time keeps the cosines (chunk × question words) in cache.
    const std::size_t chunk =
        std::clamp<std::size_t>((std::size_t(1) << 20) / questionWords.size(), 64, 8192);
    std::vector<float> scores(chunk);
    for (std::size_t start = 0; start < rows; start += chunk) {
        if (job) {
            job->throwIfStopped();
            job->reportProgress(double(start) / double(rows), "analogies: word "
                                + std::to_string(start) + " of " + std::to_string(rows));
        }
        const std::size_t count = std::min(chunk, rows - start);
        arma::fmat cosines = m_unitVectors.rows(start, start + count - 1) * wordColumns;
        if (method == AnalogyMethod::CosMul)
            cosines = shifted(cosines);
        for (std::size_t q = 0; q < queries.size(); ++q) {
            const float* a = cosines.colptr(columns[q][0]);
            const float* b = cosines.colptr(columns[q][1]);
            const float* c = cosines.colptr(columns[q][2]);
            if (method == AnalogyMethod::CosAdd)
                for (std::size_t r = 0; r < count; ++r)
                    scores[r] = b[r] - a[r] + c[r];
            else
                for (std::size_t r = 0; r < count; ++r)
                    scores[r] = b[r] * c[r] / (a[r] + cosMulEpsilon);
            for (const std::size_t row : excludedRows(queries[q]))
                if (row >= start && row < start + count)
                    scores[row - start] = -std::numeric_limits<float>::infinity();
            // Strictly greater: among equal scores the lowest row, found first, stays.
            for (std::size_t r = 0; r < count; ++r)
                if (scores[r] > bestScore[q]) {
                    bestScore[q] = scores[r];
                    answers[q] = start + r;
                }
        }
    }
    if (job)
        job->reportProgress(1.0);
    return answers;
}

WordVectors WordVectors::firstWords(std::size_t n) const
{
    n = std::min(n, size());
    return WordVectors(std::vector<std::string>(m_words.begin(), m_words.begin() + std::ptrdiff_t(n)),
                       m_vectors.head_rows(n));
}

} // namespace lengua
