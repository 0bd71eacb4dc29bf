// The notes under the generation lesson's prompt.
#include "PromptNotes.h"

#include "TokenDisplay.h"
#include "generate/PromptPreparation.h"
#include "tokenize/Tokenizer.h"

#include <QLocale>

QStringList PromptNotes::notes(const lengua::Tokenizer& tokenizer, const PromptState& state)
{
    QStringList notes;
    const QLocale locale;
    if (state.startedFromStartToken && state.startToken >= 0 && state.ngram)
        notes << tr("The prompt is empty: the model starts from %1, the start of a sentence, so "
                    "it writes a sentence from its first word.")
                     .arg(TokenDisplay::displayForm(tokenizer, state.startToken).toHtmlEscaped());
    else if (state.startedFromStartToken && state.startToken >= 0)
        notes << tr("The prompt is empty: the model starts from %1, the token that separates "
                    "documents, so it writes the beginning of a text.")
                     .arg(TokenDisplay::displayForm(tokenizer, state.startToken).toHtmlEscaped());
    else if (state.empty)
        notes << tr("The prompt is empty and this vocabulary has no start token: type a few "
                    "words for the model to continue.");
    if (state.unknownTokens > 0 && tokenizer.unknownId() >= 0)
        notes << tr("%n token(s) of the prompt are not in the vocabulary and became %1: the "
                    "model cannot tell what they were.", "", int(state.unknownTokens))
                     .arg(QString::fromStdString(tokenizer.vocabulary().token(tokenizer.unknownId()))
                              .toHtmlEscaped());
    const std::size_t outside =
        lengua::PromptPreparation::tokensOutsideWindow(state.contextSize, state.contextLength);
    if (outside > 0 && state.ngram)
        notes << tr("An n-gram model reads only the last %n word(s) (the Markov assumption): the "
                    "%1 words before them do not change its prediction.", "",
                    int(state.contextLength))
                     .arg(locale.toString(qulonglong(outside)));
    else if (outside > 0)
        notes << tr("The text has %1 tokens but the model reads at most %2: it sees only the "
                    "last %2 (a sliding window); the first %3 are ignored.")
                     .arg(locale.toString(qulonglong(state.contextSize)),
                          locale.toString(qulonglong(state.contextLength)),
                          locale.toString(qulonglong(outside)));
    return notes;
}
