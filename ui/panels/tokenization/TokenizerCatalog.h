// The tokenizers the Tokenization panel's tabs show: the workspace's, plus the built-ins
// (bytes; characters and words of the chosen corpus, trained when first needed), each with
// what its training saw (token counts, WordPiece merges). Shared by every tab.
#pragma once

#include "TokenizerTraining.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace lengua {
class Tokenizer;
}

class JobRunner;
class QComboBox;
class Workspace;

class TokenizerCatalog : public QObject {
    Q_OBJECT
public:
    // The built-ins' keys; any other key is a workspace tokenizer id.
    inline static const QString bytesKey = QStringLiteral("builtin:bytes");
    inline static const QString charsKey = QStringLiteral("builtin:chars");
    inline static const QString wordsKey = QStringLiteral("builtin:words");

    struct Extras {
        std::vector<std::uint64_t> counts;                  // per id, in the training corpus
        std::vector<lengua::WordPieceMerge> wordPieceMerges; // for the WordPiece replay
    };

    // corpusCombo: the panel's corpus choice, data "corpus:<id>" or "processed:<id>".
    TokenizerCatalog(Workspace& workspace, JobRunner& jobs, const QComboBox* corpusCombo,
                     QObject* parent = nullptr);

    Workspace& workspace() const { return m_workspace; }
    JobRunner& jobs() const { return m_jobs; }
    QString corpusKey() const;
    // The chosen corpus as the combo shows it; empty when there is none.
    QString corpusName() const;
    // A training request on the chosen corpus, with the method's default special tokens.
    TokenizerTrainingRequest requestFor(TokenizerTrainingRequest::Method method) const;

    // nullptr while a built-in is being trained (or for an unknown id).
    std::shared_ptr<const lengua::Tokenizer> tokenizerFor(const QString& key) const;
    const Extras* extrasFor(const QString& key) const;
    QString nameFor(const QString& key) const;
    std::shared_ptr<const lengua::Tokenizer> bytes() const { return m_bytes; }

    // Starts training the characters or words built-in of the chosen corpus, unless it is
    // already training; builtinFinished() follows either way.
    void buildBuiltin(const QString& key);
    // Adds a trained tokenizer to the workspace and keeps its extras; returns its id.
    std::string addTrained(const TrainedTokenizer& trained, const std::string& sourceCorpusId);

    // Refills a tokenizer combo with the workspace's tokenizers (replayable: only BPE and
    // WordPiece with merges; otherwise the bytes too), keeping the choice when it is still
    // there. Returns whether the chosen key changed.
    bool fillCombo(QComboBox* combo, bool replayable) const;

Q_SIGNALS:
    void builtinFailed(const QString& error);
    void builtinFinished();

private:
    QString builtinCacheKey(const QString& key) const;
    void startBuiltinTraining(const QString& cacheKey, TokenizerTrainingRequest request);

    Workspace& m_workspace;
    JobRunner& m_jobs;
    const QComboBox* m_corpusCombo;
    mutable std::map<std::string, Extras> m_extras; // by workspace tokenizer id or built-in cache key
    std::map<QString, std::shared_ptr<const lengua::Tokenizer>> m_builtins; // by cache key
    std::set<QString> m_builtinsTraining;
    std::shared_ptr<const lengua::Tokenizer> m_bytes; // 256 byte tokens, no merges
};
