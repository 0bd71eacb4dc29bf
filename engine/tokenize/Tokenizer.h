// The one interface of every tokenizer (word, character, byte-level BPE,
// WordPiece), so panels, models and the command line use them alike. A tokenizer
// is immutable once built and safe to use from several threads at once.
#pragma once

#include "Encoding.h"
#include "Vocabulary.h"

#include <span>
#include <string>
#include <string_view>

namespace lengua {

class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    // "word", "char", "bpe" or "wordpiece".
    virtual std::string kind() const = 0;
    virtual const Vocabulary& vocabulary() const = 0;

    // Tokenizes UTF-8 text (invalid bytes are handled, never rejected).
    virtual Encoding encode(std::string_view text) const = 0;
    // Turns ids back into text; for byte-level BPE, decode(encode(x)) == x for any bytes.
    virtual std::string decode(std::span<const TokenId> ids) const = 0;

    // The id of the unknown token, or -1 when the tokenizer has none (byte-level BPE).
    virtual TokenId unknownId() const { return -1; }
};

} // namespace lengua
