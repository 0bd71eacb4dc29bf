// What the generation lesson tells the user about the text the model reads: an empty
// prompt started from the document separator (or not startable), prompt characters that
// became the unknown token, and a text longer than the model's context window.
#pragma once

#include "tokenize/Encoding.h"

#include <QCoreApplication>
#include <QStringList>

namespace lengua {
class Tokenizer;
}

struct PromptState {
    bool startedFromStartToken = false; // the prompt was empty; ids are { start token }
    lengua::TokenId startToken = -1;
    bool empty = false;                 // no ids at all (no start token to use)
    std::size_t unknownTokens = 0;
    std::size_t contextSize = 0;        // prompt and appended tokens
    std::size_t contextLength = 0;      // the model's window; 0 = no limit
    bool ngram = false;                 // an n-gram model: words, <s> starts a sentence
};

class PromptNotes {
    Q_DECLARE_TR_FUNCTIONS(PromptNotes)
public:
    PromptNotes() = delete;

    // One rich-text line per note; empty when all is well.
    static QStringList notes(const lengua::Tokenizer& tokenizer, const PromptState& state);
};
