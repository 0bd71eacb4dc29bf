// A prompt's text turned into the token ids a decoding starts from, with what the
// generation panel must tell the user about it: an empty prompt started from the
// document separator (or the start of a sentence, <s>), characters the vocabulary lacks ([UNK]), and tokens that fall
// outside the model's context window.
#pragma once

#include "tokenize/Encoding.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace lengua {

class Tokenizer;

struct PreparedPrompt {
    std::vector<TokenId> ids;      // empty only when the text is empty and no start token exists
    bool startedFromStartToken = false; // the text was empty; ids is { the start token }
    std::size_t unknownTokens = 0;      // ids equal to the tokenizer's unknown id
};

class PromptPreparation {
public:
    PromptPreparation() = delete;

    // The token a model can start from with no text: the first special token of the
    // vocabulary among "<|endoftext|>" (GPT-2), "<s>", "[BOS]" and "<bos>"; none otherwise.
    static std::optional<TokenId> startToken(const Tokenizer& tokenizer);
    // The token after which a model has finished what it writes: the first special token
    // of the vocabulary among "<|endoftext|>" (GPT-2: the end of a document), "</s>" (an
    // n-gram model's end of sentence), "[EOS]" and "<eos>"; none otherwise.
    static std::optional<TokenId> endToken(const Tokenizer& tokenizer);

    // Encodes text; an empty encoding becomes { startToken } when there is one.
    static PreparedPrompt prepare(const Tokenizer& tokenizer, std::string_view text);

    // How many of contextSize tokens the model does not see: a model with a context
    // length of L looks at the last L tokens only (a sliding window). 0 when
    // contextLength is 0 (no limit).
    static std::size_t tokensOutsideWindow(std::size_t contextSize, std::size_t contextLength);
};

} // namespace lengua
