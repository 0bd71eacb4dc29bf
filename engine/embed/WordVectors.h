// The vector store: a vocabulary of distinct words, in file order, and one vector per word,
// with exact cosine queries on it (nearest neighbours, similarity, analogies). Exact means
// brute force: every query is one BLAS product of the unit-vector matrix with the query.
//
// Layout: vectors() is V × dim, ROW i the vector of word(i) (as in gensim's KeyedVectors
// and the manifold code's N × D points); Word2VecResult::vectors is dim × V, so a trained
// model enters as WordVectors(words, result.vectors.t()). unitVectors() holds the same rows
// scaled to length 1, computed once; a zero vector stays zero and so has cosine 0 with
// everything. Ties in a ranking go to the lower row (the more frequent word in a file
// sorted by frequency), so every answer is deterministic.
//
// searchLimit (0 = all): queries rank only the first N rows, like gensim's restrict_vocab;
// in a frequency-sorted file that drops rare words whose vectors are mostly noise.
#pragma once

#include "AnalogyMethod.h"
#include "ScoredWord.h"

#include "core/StringHash.h"

#include <armadillo>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class JobContext;

class WordVectors {
public:
    // Question "a : b :: c : ?" as rows of this store.
    using AnalogyQuery = std::array<std::size_t, 3>;
    static constexpr std::size_t noAnswer = static_cast<std::size_t>(-1);
    static constexpr float cosMulEpsilon = 0.001f; // Levy & Goldberg 2014

    WordVectors() = default;
    // vectors: V × dim, row i for words[i]. Throws Error when the counts differ, a word is
    // empty or repeats, dim is 0 while there are words, or a value is NaN or infinite.
    WordVectors(std::vector<std::string> words, arma::fmat vectors);

    std::size_t size() const { return m_words.size(); }
    std::size_t dimension() const { return m_vectors.n_cols; }
    bool empty() const { return m_words.empty(); }

    const std::vector<std::string>& words() const { return m_words; }
    const std::string& word(std::size_t index) const { return m_words.at(index); }
    const arma::fmat& vectors() const { return m_vectors; }         // V × dim
    const arma::fmat& unitVectors() const { return m_unitVectors; } // V × dim, rows of length 1 (or 0)

    std::optional<std::size_t> find(std::string_view word) const;
    bool contains(std::string_view word) const { return find(word).has_value(); }
    // The row of word; Error "“word” is not in the vocabulary (closest: …)" otherwise.
    std::size_t indexOf(std::string_view word) const;
    // The message indexOf throws, with up to five close spellings from ClosestWords.
    std::string missingWordMessage(std::string_view word) const;

    // Cosine of the two words' vectors (0 when either is the zero vector).
    float similarity(std::string_view a, std::string_view b) const;

    // The k words with the highest cosine to word, the word itself excluded.
    std::vector<ScoredWord> nearest(std::string_view word, std::size_t k,
                                    std::size_t searchLimit = 0) const;
    // The k rows with the highest cosine to vector (dim values), the rows in excluded left out.
    std::vector<ScoredWord> nearestToVector(const arma::fvec& vector, std::size_t k,
                                    const std::vector<std::size_t>& excluded = {},
                                    std::size_t searchLimit = 0) const;

    // a : b :: c : ?, the k best answers other than a, b and c. CosAdd scores are
    // cos(d, b̂ − â + ĉ) (gensim's most_similar); CosMul scores the ratio of AnalogyMethod.h.
    std::vector<ScoredWord> analogy(std::string_view a, std::string_view b, std::string_view c,
                                    std::size_t k = 1, AnalogyMethod method = AnalogyMethod::CosAdd,
                                    std::size_t searchLimit = 0) const;
    // The best answer row for each query (noAnswer when the search rows hold nothing but
    // a, b and c), all queries answered together: one matrix product of the search rows with
    // the distinct question words (searchLimit × dim times dim × words), then three columns
    // combined per query. rowGroups (optional, one per search row):
    // rows in the group of a, b or c are excluded too, so a case-insensitive evaluation
    // can treat "Paris" and "paris" as one word. The job sees progress and can stop it.
    std::vector<std::size_t> answerAnalogies(const std::vector<AnalogyQuery>& queries,
                                             AnalogyMethod method = AnalogyMethod::CosAdd,
                                             std::size_t searchLimit = 0,
                                             JobContext* job = nullptr,
                                             const std::vector<std::size_t>& rowGroups = {}) const;

    // A store with the first n words (all when n >= size()), for "the top N of the file".
    WordVectors firstWords(std::size_t n) const;

private:
    std::size_t searchRows(std::size_t searchLimit) const;
    std::vector<ScoredWord> best(const arma::fvec& scores, std::size_t k,
                                 const std::vector<std::size_t>& excluded) const;

    std::vector<std::string> m_words;
    StringMap<std::size_t> m_index;
    arma::fmat m_vectors;     // V × dim
    arma::fmat m_unitVectors; // V × dim
};

} // namespace lengua
