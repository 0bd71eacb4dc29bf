// A loaded corpus: an ordered list of documents plus where they came from. A
// corpus is immutable once loaded; it is shared as std::shared_ptr<const Corpus>
// between the workspace, the jobs and the views.
#pragma once

#include "DecodingReport.h"
#include "Document.h"

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

struct Corpus {
    std::string id;     // stable identifier in the workspace file (see newCorpusId)
    std::string name;   // shown to the user
    std::string source; // path, module name or "sample"
    std::string format; // "text", "folder", "csv", "tsv", "jsonl", "html", "fortune", "sword", "sample"
    std::string language; // "es", "en", "mixed" or empty when unknown
    DecodingReport decoding;
    std::vector<std::string> warnings; // things a person should know (skipped files, replaced bytes)
    std::vector<Document> documents;

    std::size_t textBytes() const;
};

// A random 128-bit hexadecimal identifier for a new corpus.
std::string newCorpusId();

} // namespace lengua
