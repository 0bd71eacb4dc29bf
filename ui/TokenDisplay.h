// How tokens are written on screen: the bytes a token stands for with spaces made
// visible ("␣the"), byte-level pieces of a character as <0xE2>, and the chips and
// tooltips of a TokenStrip for an encoding. Display only: the tokens come from the engine.
#pragma once

#include "tokenize/Encoding.h"
#include "widgets/TokenStrip.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {
class Tokenizer;
}

class TokenDisplay {
    Q_DECLARE_TR_FUNCTIONS(TokenDisplay)
public:
    // The raw bytes (UTF-8 text) a token stands for: byte-level BPE's "Ġthe" is " the";
    // other tokenizers' tokens are their own text ("##able" stays "##able").
    static std::string tokenBytes(const lengua::Tokenizer& tokenizer, lengua::TokenId id);
    // Bytes made readable: space "␣", newline "↵", tab "⇥", other control characters and
    // bytes that are not (complete) UTF-8 as <0xE2>.
    static QString visible(std::string_view bytes);
    // "E2 96 81".
    static QString hex(std::string_view bytes);
    // visible(tokenBytes(...)); special tokens as they are written ("[CLS]").
    static QString displayForm(const lengua::Tokenizer& tokenizer, lengua::TokenId id);

    // One chip per token of encoding. counts: occurrences of each id in the training corpus
    // (index = id), or nullptr when unknown; text: the encoded text, for the tooltip's
    // "From the text" line (what an [UNK] stands for).
    static std::vector<TokenChip> chips(const lengua::Tokenizer& tokenizer,
                                        const lengua::Encoding& encoding,
                                        const std::vector<std::uint64_t>* counts = nullptr,
                                        std::string_view text = {});
    static QString tooltip(const lengua::Tokenizer& tokenizer, lengua::TokenId id,
                           const std::vector<std::uint64_t>* counts);
};
