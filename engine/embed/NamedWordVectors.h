// A set of word vectors as a workspace artefact: trained by word2vec, computed by
// PPMI–SVD or imported from a file, with the name the user sees and how it was made.
// Immutable once added to a workspace, so panels and jobs share it freely.
#pragma once

#include "WordVectors.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lengua {

struct NamedWordVectors {
    std::string id;     // workspace identifier (newCorpusId())
    std::string name;   // shown to the user
    std::string method; // "sg", "cbow", "ppmi-svd" or "imported"
    std::shared_ptr<const WordVectors> vectors; // never null in a workspace
    // Corpus frequency of each row of vectors (same order); empty when unknown (imported).
    std::vector<std::uint64_t> counts;
    std::string sourceCorpusId; // what it was trained on; empty when imported
    std::string description;    // "skip-gram, 100 dims, window 5, 5 epochs, 12,345 words"
    std::string settingsJson;   // the hyperparameters as a JSON object ("{}" when none)
    std::vector<double> epochLosses; // word2vec's mean loss per epoch; empty otherwise
};

} // namespace lengua
