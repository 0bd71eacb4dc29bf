// Imports and exports a GPT-2 checkpoint in the Hugging Face layout: a folder with
// config.json, model.safetensors and, optionally, the tokenizer's vocab.json + merges.txt.
#pragma once

#include "models/Gpt.h"
#include "tokenize/ByteLevelBpe.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace lengua {

class JobContext;

// Tensor names are those of Hugging Face's GPT2Model (wte.weight, h.0.attn.c_attn.weight,
// ln_f.bias, ...), read with or without the "transformer." prefix of GPT2LMHeadModel.
// The linear layers are Conv1D in the file: weight [in, out] row-major, which is, float
// for float, the same memory as our Linear's (OUT, IN) column-major; so is wte [V, C]
// against our (C, V) table. No data is reordered, only checked and copied.
class Gpt2Checkpoint {
public:
    // Reads folder/config.json and folder/model.safetensors; every expected tensor must be
    // present with the shape the config implies, no unknown tensor may be present (the
    // attn.bias / attn.masked_bias mask buffers are skipped) and no weight may be NaN or
    // infinite. lm_head.weight, if present, must equal wte.weight (GPT-2 ties them).
    // The tokenizer is read when vocab.json and merges.txt are both in the folder.
    // config.dropout is resid_pdrop (GPT2Config's default 0.1 when absent); a different
    // embd_pdrop or attn_pdrop gives a note. The model is in evaluation mode.
    static Gpt2Checkpoint importFrom(const std::filesystem::path& folder);
    static Gpt2Checkpoint importFrom(const std::filesystem::path& folder, JobContext& context);

    // Writes config.json (GPT2Config's keys; the three pdrop keys = config.dropout),
    // model.safetensors (names without the "transformer." prefix, F32, metadata format
    // "pt" as transformers requires) and, when tokenizer is given, vocab.json +
    // merges.txt. Creates the folder if needed.
    static void exportTo(const Gpt& model, const std::filesystem::path& folder,
                         const ByteLevelBpe* tokenizer = nullptr);

    std::unique_ptr<Gpt> model;               // never null after importFrom()
    std::unique_ptr<ByteLevelBpe> tokenizer;  // null when the folder has no tokenizer files
    std::vector<std::string> notes;           // things skipped on import, for the user
};

} // namespace lengua
