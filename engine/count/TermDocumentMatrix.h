// The term × document count matrix: one column per document, one row per word seen at
// least minCount times in the whole collection (most frequent first, ties alphabetical).
#pragma once

#include "TermMatrix.h"

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

class JobContext;

class TermDocumentMatrix {
public:
    struct Document {
        std::string name;                // the column label (made unique when repeated)
        std::vector<std::string> tokens;
    };
    // Throws Error when there is no document or no word is left.
    static TermMatrix build(const std::vector<Document>& documents, std::size_t minCount = 1,
                            JobContext* context = nullptr);
};

} // namespace lengua
