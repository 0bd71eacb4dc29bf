// The counts the Corpus panel and `lengua-cli corpus-stats` show: documents,
// sentences, words (tokens), distinct case-folded words (types), characters
// (Unicode code points), labels, and the word frequency table.
//
// Words come from WordScanner. A sentence ends at . ! ? or … (U+2026), possibly
// followed by closing quotes or brackets, then white space or the end of the
// document; only sentences holding at least one word count. This is a fast
// approximation for statistics ("Sr." ends a sentence here); the pipeline's ICU
// sentence splitter with abbreviation lists is the accurate one.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lengua {

struct Corpus;
class JobContext;

struct TermCount {
    std::string term;
    std::uint64_t count = 0;
};

struct CorpusStatistics {
    std::uint64_t documents = 0;
    std::uint64_t sentences = 0;
    std::uint64_t tokens = 0;
    std::uint64_t types = 0;
    std::uint64_t characters = 0;
    std::map<std::string, std::uint64_t> labels; // label -> documents; empty labels left out
    // Every type with its count, most frequent first, ties in code-point order.
    std::vector<TermCount> frequencies;

    double typeTokenRatio() const { return tokens ? double(types) / double(tokens) : 0.0; }

    // threads = 0 uses every core the machine has (at most 8).
    static CorpusStatistics compute(const Corpus& corpus, JobContext& context, unsigned threads = 0);
};

} // namespace lengua
