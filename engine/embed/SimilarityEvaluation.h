// Word-similarity evaluation as gensim's KeyedVectors.evaluate_word_pairs does it: for each
// pair of a file whose two words are in the vocabulary, the cosine of their vectors; then
// Spearman's rank correlation between those cosines and the human ratings. Pairs with a
// missing word are left out and counted against the coverage.
//
// File format (WordSim-353 as distributed, e.g. en-wordsim353.txt): one pair a line,
// "word1<TAB>word2<TAB>score", "\r\n" or "\n"; blank lines and lines starting with '#' are
// skipped; a first line whose score is not a number is a header ("Word 1,Word 2,Human
// (mean)") and skipped too. Fields are split on tabs when the line has one, else on commas
// when it has one (combined.csv), else on spaces.
#pragma once

#include "SimilarityReport.h"
#include "WordPair.h"
#include "WordVectors.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class SimilarityEvaluation {
public:
    // Error with the file and line for a line without exactly three fields, a score that is
    // not a finite number, or a file without pairs.
    static std::vector<WordPair> readPairs(const std::filesystem::path& path);
    static std::vector<WordPair> parsePairs(std::string_view text, const std::string& sourceName);

    // lowercase: compare case-folded words (gensim's case_insensitive=True, the default
    // there), the first of several spellings in the store winning. searchLimit (0 = all):
    // only the first N words of the store count as the vocabulary (gensim's restrict_vocab,
    // 300,000 by default there: the same for any store smaller than that).
    static SimilarityReport evaluate(const WordVectors& vectors, const std::vector<WordPair>& pairs,
                                     bool lowercase = true, std::size_t searchLimit = 0);

    // Spearman's ρ with ties: Pearson's correlation of the average ("fractional") ranks, as
    // scipy.stats.spearmanr computes it; 1 − 6Σd²/(n(n² − 1)) is the same only without ties.
    static double spearman(const std::vector<double>& x, const std::vector<double>& y);
    static double pearson(const std::vector<double>& x, const std::vector<double>& y);
    // Ranks from 1 (smallest value), tied values sharing the mean of the ranks they span:
    // {10, 20, 20, 30} → {1, 2.5, 2.5, 4}.
    static std::vector<double> averageRanks(const std::vector<double>& values);
};

} // namespace lengua
