// A tokenizer as a workspace artefact: the tokenizer itself plus the name the user
// sees and where it came from.
#pragma once

#include "Tokenizer.h"
#include "WordPieceTrainer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lengua {

struct NamedTokenizer {
    std::string id;   // workspace identifier (newCorpusId())
    std::string name; // shown to the user
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string sourceCorpusId; // what it was trained on; empty when imported
    std::string description;    // "BPE, 8,000 tokens, min. frequency 2"
    // What training saw, for the views (frequency tooltips, WordPiece's merge replay);
    // empty for an imported tokenizer.
    std::vector<std::uint64_t> tokenCounts;       // per id, over the training texts
    std::vector<WordPieceMerge> wordPieceMerges;  // WordPiece only, in the order learnt
};

} // namespace lengua
