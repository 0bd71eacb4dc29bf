// The named artefacts of a session (corpora now; tokenizers, models and runs in
// later lessons) and the file they are saved in. Panels read their inputs from
// here and put their outputs back; they observe the change signals and never call
// each other. Artefacts are immutable and shared, so jobs can read them safely.
#pragma once

#include "store/WorkspaceContent.h"
#include "text/Corpus.h"
#include "text/CorpusStatistics.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "EmbeddingSnapshot.h"
#include "embed/NamedWordVectors.h"
#include "models/NamedLanguageModel.h"
#include "tokenize/NamedTokenizer.h"

namespace lengua {
struct ProcessedCorpus;
}

// A trained or imported tokenizer with the name the user sees.
using TokenizerArtefact = lengua::NamedTokenizer;
// A trained or imported next-token model (GPT now; n-grams and RNNs later).
using LanguageModelArtefact = lengua::NamedLanguageModel;
// Word vectors (word2vec, PPMI–SVD or imported) with the name the user sees.
using EmbeddingArtefact = lengua::NamedWordVectors;

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);

    const std::vector<std::shared_ptr<const lengua::Corpus>>& corpora() const { return m_corpora; }
    std::shared_ptr<const lengua::Corpus> corpus(const std::string& id) const;

    // Adds a loaded corpus; its name is made unique ("name (2)"). Returns its id.
    std::string addCorpus(std::shared_ptr<lengua::Corpus> corpus);
    void removeCorpus(const std::string& id);
    void renameCorpus(const std::string& id, const QString& name);

    // Processed corpora (the preprocessing lesson's output). The corpus's id and name
    // are set here when empty; the name is made unique.
    const std::vector<std::shared_ptr<const lengua::ProcessedCorpus>>& processedCorpora() const
    {
        return m_processedCorpora;
    }
    std::shared_ptr<const lengua::ProcessedCorpus> processedCorpus(const std::string& id) const;
    std::string addProcessedCorpus(std::shared_ptr<lengua::ProcessedCorpus> corpus);
    void removeProcessedCorpus(const std::string& id);

    const std::vector<TokenizerArtefact>& tokenizers() const { return m_tokenizers; }
    const TokenizerArtefact* tokenizer(const std::string& id) const;
    std::string addTokenizer(TokenizerArtefact tokenizer);
    void removeTokenizer(const std::string& id);

    // Language models (trained or imported), for the generation and attention lessons.
    const std::vector<LanguageModelArtefact>& models() const { return m_models; }
    const LanguageModelArtefact* model(const std::string& id) const;
    std::string addModel(LanguageModelArtefact model);
    void removeModel(const std::string& id);
    // The name is made unique; the model's weights are shared, not copied.
    void renameModel(const std::string& id, const QString& name);

    // Word vectors, for the embeddings and projection lessons.
    const std::vector<EmbeddingArtefact>& embeddings() const { return m_embeddings; }
    const EmbeddingArtefact* embedding(const std::string& id) const;
    std::string addEmbedding(EmbeddingArtefact embedding); // name made unique; returns the id
    void removeEmbedding(const std::string& id);
    void renameEmbedding(const std::string& id, const QString& name);
    // A running word2vec's vectors after an epoch, for the views that follow training.
    void publishEmbeddingSnapshot(const EmbeddingSnapshot& snapshot);

    // Statistics are derived data: cached here, never saved.
    std::shared_ptr<const lengua::CorpusStatistics> statistics(const std::string& corpusId) const;
    void setStatistics(const std::string& corpusId,
                       std::shared_ptr<const lengua::CorpusStatistics> statistics);

    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value);

    lengua::WorkspaceContent content() const;
    // Replaces everything (after a successful open); path may be empty for "new".
    void replaceContent(lengua::WorkspaceContent content, const QString& path);
    void clear();

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    void corporaChanged();
    void corpusAdded(const QString& id);
    void processedCorporaChanged();
    void processedCorpusAdded(const QString& id);
    void tokenizersChanged();
    void tokenizerAdded(const QString& id);
    void modelsChanged();
    void modelAdded(const QString& id);
    void embeddingsChanged();
    void embeddingAdded(const QString& id);
    void embeddingSnapshotPublished(const EmbeddingSnapshot& snapshot);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    // A name no artefact of the workspace has yet ("name (2)" otherwise).
    QString uniqueName(const QString& wanted) const;
    bool nameTaken(const QString& name) const;

    std::vector<std::shared_ptr<const lengua::Corpus>> m_corpora;
    std::vector<std::shared_ptr<const lengua::ProcessedCorpus>> m_processedCorpora;
    std::vector<TokenizerArtefact> m_tokenizers;
    std::vector<LanguageModelArtefact> m_models;
    std::vector<EmbeddingArtefact> m_embeddings;
    std::map<std::string, std::shared_ptr<const lengua::CorpusStatistics>> m_statistics;
    std::map<std::string, std::string> m_settings;
    QString m_filePath;
    bool m_modified = false;
};
