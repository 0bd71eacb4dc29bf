// The attention lesson's job: tokenizes a text with a model's tokenizer and runs the GPT
// once over it (the last contextLength() tokens: a sliding window), off the UI thread.
// Its result is a std::shared_ptr<const GptAttentionResult>.
#pragma once

#include "core/Job.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>

namespace lengua {
class Gpt;
class Tokenizer;
}

class GptAttentionJob {
    Q_DECLARE_TR_FUNCTIONS(GptAttentionJob)
public:
    static QString title(const QString& modelName);
    // Throws Error (the job fails) when the text has no tokens.
    static lengua::Job::Function function(std::shared_ptr<const lengua::Gpt> gpt,
                                          std::shared_ptr<const lengua::Tokenizer> tokenizer,
                                          std::string text);
};
