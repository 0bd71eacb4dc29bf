// A next-token model as a workspace artefact: the model, the tokenizer that turns text
// into its ids and back, the name the user sees and how it was made. Immutable once
// added to a workspace, so panels and jobs share it freely.
#pragma once

#include "generate/NextTokenModel.h"
#include "models/Gpt.h"
#include "models/GptTrainer.h"
#include "tokenize/Tokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace lengua {

struct NamedLanguageModel {
    std::string id;   // workspace identifier (newCorpusId())
    std::string name; // shown to the user
    std::string kind; // "gpt" (later "ngram", "rnn", ...)
    // What every next-token panel drives; never null in a workspace.
    std::shared_ptr<const NextTokenModel> model;
    // The same object as model when kind == "gpt" (for the attention views and export);
    // null for the other kinds.
    std::shared_ptr<const Gpt> gpt;
    // Encodes prompts and decodes the generated ids; its vocabulary size must equal
    // model->vocabularySize().
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string sourceCorpusId; // what it was trained on; empty when imported
    std::string description;    // "GPT, 4 layers, 4 heads, 128 dims, 0.8 M parameters"
    std::vector<TrainingPoint> history; // the loss curve of its training; empty when imported
};

} // namespace lengua
