// An incremental decoding session over a NextTokenModel: tokens are appended one
// at a time and the logits for the next token are read after each append.
#pragma once

#include "tokenize/Encoding.h"

#include <vector>

namespace lengua {

class NextTokenSession {
public:
    virtual ~NextTokenSession() = default;

    // Appends one token to the session's context (a prompt is appended token by token).
    virtual void append(TokenId token) = 0;
    // The logits (V) of the token that follows everything appended so far. Throws
    // Error when nothing was appended yet and the model needs a context.
    virtual std::vector<float> logits() = 0;
    // Every token appended so far, in order (not cropped to the context length).
    virtual const std::vector<TokenId>& tokens() const = 0;
};

} // namespace lengua
