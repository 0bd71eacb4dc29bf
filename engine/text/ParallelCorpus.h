// Two corpora aligned document by document (a Bible in Spanish and in English,
// verse by verse): the material of the translation (seq2seq) lessons.
#pragma once

#include "Corpus.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace lengua {

struct ParallelCorpus {
    std::string sourceName;
    std::string targetName;
    std::string sourceLanguage; // "es", "en", ... as the corpora state it
    std::string targetLanguage;
    std::vector<std::string> ids;                            // shared document ids
    std::vector<std::pair<std::string, std::string>> pairs;  // (source text, target text), as ids

    std::size_t size() const { return pairs.size(); }
};

// Pairs the documents with the same id, in the source's order; documents whose id
// is missing on the other side are left out. A repeated id pairs its first
// occurrences only.
ParallelCorpus alignById(const Corpus& source, const Corpus& target);

} // namespace lengua
