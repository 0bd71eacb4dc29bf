// The result of the preprocessing pipeline on a corpus: every document as
// sentences of tokens, plus what each step did (tokens and types after it) and
// every spelling correction. Saved in the workspace under its name, and picked by
// later panels (tokenizers, n-grams, embeddings) as their input.
#pragma once

#include "PipelineSettings.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lengua {

struct ProcessedCorpus {
    struct Document {
        std::string id;    // the source document's id ("Gen.1.1", "line 12")
        std::string label;
        std::vector<std::vector<std::string>> sentences; // never empty sentences
    };
    // The vocabulary after one step, for the chart of vocabulary size per step.
    struct Step {
        std::string name;         // "input" (the raw text, segmented), then each step that ran
        std::uint64_t tokens = 0;
        std::uint64_t types = 0;  // distinct tokens (case-sensitive, byte-exact)
    };
    struct Correction {
        std::string original;
        std::string corrected;
        std::uint64_t count = 0;       // occurrences corrected
        std::string exampleDocument;   // id of the first document where it occurs
    };

    std::string id;             // workspace identifier (newCorpusId())
    std::string name;           // shown to the user
    std::string sourceCorpusId;
    PipelineSettings settings;  // as run: a step that could not run is off
    std::string language;       // "es" or "en", the language the steps used
    std::vector<Document> documents;
    std::vector<Step> steps;
    std::vector<Correction> corrections; // most frequent first, then by original
    std::vector<std::string> warnings;   // steps switched off and why
    double seconds = 0.0;

    std::uint64_t sentenceCount() const;
    std::uint64_t tokenCount() const;
};

} // namespace lengua
