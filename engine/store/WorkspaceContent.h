// What a workspace file holds, in memory: the corpora, processed corpora,
// tokenizers, language models and word vectors in the user's order, and the settings. store/ is the one folder that
// reaches into the others (text/, tokenize/): it persists their artefacts, so it
// sits below them in the dependency order, not above as DESIGN.md's table puts it.
#pragma once

#include "embed/NamedWordVectors.h"
#include "models/NamedLanguageModel.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "tokenize/NamedTokenizer.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lengua {

struct WorkspaceContent {
    std::vector<std::shared_ptr<const Corpus>> corpora; // in the order shown to the user
    std::vector<std::shared_ptr<const ProcessedCorpus>> processedCorpora;
    std::vector<NamedTokenizer> tokenizers;
    std::vector<NamedLanguageModel> models;
    std::vector<NamedWordVectors> embeddings; // saved from workspace format 4
    std::map<std::string, std::string> settings;
};

} // namespace lengua
