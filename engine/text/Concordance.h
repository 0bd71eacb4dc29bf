// Keyword in context (KWIC): every occurrence of a word or phrase in a corpus with
// the text to its left and right, as a concordancer shows it. Matching is on whole
// words, case-folded (see WordScanner), so "Banco" finds "banco" but not "bancos".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

struct Corpus;
class JobContext;

struct ConcordanceLine {
    std::size_t document = 0; // index in Corpus::documents
    std::size_t offset = 0;   // byte offset of the match in the document's text
    std::string left;         // at most contextCharacters code points, line breaks as spaces
    std::string match;        // the text as written in the document
    std::string right;
};

struct ConcordanceResult {
    std::vector<ConcordanceLine> lines; // the first maxLines occurrences, in corpus order
    std::size_t totalMatches = 0;       // every occurrence, also those past maxLines
};

class Concordance {
public:
    static ConcordanceResult search(const Corpus& corpus, std::string_view query,
                                    std::size_t contextCharacters, std::size_t maxLines,
                                    JobContext& context);
};

} // namespace lengua
