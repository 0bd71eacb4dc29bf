// The hyperparameters of a GPT, one field each (as nanoGPT's GPTConfig).
#pragma once

#include <cstddef>
#include <cstdint>

namespace lengua {

struct GptConfig {
    std::size_t vocabularySize = 50257; // V: token ids are in [0, V); comes from the tokenizer
    std::size_t contextLength = 1024;   // maxT: the longest sequence (rows of wpe)
    std::size_t layers = 12;            // L: transformer blocks
    std::size_t heads = 12;             // NH: attention heads; must divide channels
    std::size_t channels = 768;         // C: embedding size
    // Dropout probability p in [0, 1), active in training mode only: on the sum of the
    // embeddings (GPT-2's embd_pdrop), on each residual branch after its projection
    // (resid_pdrop) and on the attention probabilities (attn_pdrop).
    float dropout = 0.0f;
    std::uint32_t seed = 1337;          // seeds std::mt19937 for the initial weights and the
                                        // dropout masks
};

} // namespace lengua
