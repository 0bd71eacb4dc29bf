// A tokenizer as a workspace artefact: the tokenizer itself plus the name the user
// sees and where it came from.
#pragma once

#include "Tokenizer.h"

#include <memory>
#include <string>

namespace lengua {

struct NamedTokenizer {
    std::string id;   // workspace identifier (newCorpusId())
    std::string name; // shown to the user
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string sourceCorpusId; // what it was trained on; empty when imported
    std::string description;    // "BPE, 8,000 tokens, min. frequency 2"
};

} // namespace lengua
