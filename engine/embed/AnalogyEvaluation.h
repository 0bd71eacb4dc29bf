// Analogy evaluation as gensim's KeyedVectors.evaluate_word_analogies does it: for every
// question "a b c d" whose four words are among the first searchLimit words of the store,
// the answer is the best word for a : b :: c : ? other than a, b and c (3CosAdd by
// default, as gensim; 3CosMul on request), and it counts as right when it is d. Questions
// with a missing word are left out of the accuracy and counted against the coverage.
//
// searchLimit defaults to 30,000, gensim's restrict_vocab in its older accuracy() and in
// Mikolov's compute-accuracy (evaluate_word_analogies uses 300,000): in a frequency-sorted
// file the rare words' vectors are mostly noise, and the figure is only comparable across
// models for the same limit. 0 searches every word.
//
// The 19,544 Google questions are answered a block at a time as one matrix product
// (WordVectors::answerAnalogies), not one query each.
//
// File format: ": section name" lines start a section; each other line holds four words
// separated by spaces; blank lines and lines starting with '#' are skipped. Questions
// before the first section line go to a section named "questions".
#pragma once

#include "AnalogyMethod.h"
#include "AnalogyQuestions.h"
#include "AnalogyReport.h"
#include "WordVectors.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace lengua {

class JobContext;

class AnalogyEvaluation {
public:
    static constexpr std::size_t defaultSearchLimit = 30000;

    // Error with the file and line for a question without exactly four words, or a file
    // without questions.
    static AnalogyQuestions readQuestions(const std::filesystem::path& path);
    static AnalogyQuestions parseQuestions(std::string_view text, const std::string& sourceName);

    // lowercase: compare case-folded words (gensim's case_insensitive=True, its default), so
    // "Athens" finds "athens"; spellings that fold together count as one word.
    static AnalogyReport evaluate(const WordVectors& vectors, const AnalogyQuestions& questions,
                                  AnalogyMethod method = AnalogyMethod::CosAdd,
                                  std::size_t searchLimit = defaultSearchLimit,
                                  bool lowercase = true, JobContext* job = nullptr);
};

} // namespace lengua
