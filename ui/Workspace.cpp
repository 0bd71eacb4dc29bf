#include "Workspace.h"

#include "text/ProcessedCorpus.h"

#include <algorithm>

Workspace::Workspace(QObject* parent) : QObject(parent) {}

std::shared_ptr<const lengua::Corpus> Workspace::corpus(const std::string& id) const
{
    for (const auto& corpus : m_corpora)
        if (corpus->id == id)
            return corpus;
    return nullptr;
}

bool Workspace::nameTaken(const QString& name) const
{
    const std::string wanted = name.toStdString();
    return std::any_of(m_corpora.begin(), m_corpora.end(), [&](const auto& c) { return c->name == wanted; })
        || std::any_of(m_processedCorpora.begin(), m_processedCorpora.end(),
                       [&](const auto& c) { return c->name == wanted; })
        || std::any_of(m_tokenizers.begin(), m_tokenizers.end(),
                       [&](const auto& t) { return t.name == wanted; })
        || std::any_of(m_models.begin(), m_models.end(),
                       [&](const auto& m) { return m.name == wanted; })
        || std::any_of(m_embeddings.begin(), m_embeddings.end(),
                       [&](const auto& e) { return e.name == wanted; });
}

QString Workspace::uniqueName(const QString& wanted) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("corpus") : wanted.trimmed();
    QString name = base;
    for (int n = 2; nameTaken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

std::shared_ptr<const lengua::ProcessedCorpus> Workspace::processedCorpus(const std::string& id) const
{
    for (const auto& corpus : m_processedCorpora)
        if (corpus->id == id)
            return corpus;
    return nullptr;
}

std::string Workspace::addProcessedCorpus(std::shared_ptr<lengua::ProcessedCorpus> corpus)
{
    if (corpus->id.empty())
        corpus->id = lengua::newCorpusId();
    corpus->name = uniqueName(QString::fromStdString(corpus->name)).toStdString();
    const std::string id = corpus->id;
    m_processedCorpora.push_back(std::move(corpus));
    setModified(true);
    Q_EMIT processedCorporaChanged();
    Q_EMIT processedCorpusAdded(QString::fromStdString(id));
    return id;
}

void Workspace::removeProcessedCorpus(const std::string& id)
{
    const auto before = m_processedCorpora.size();
    std::erase_if(m_processedCorpora, [&](const auto& c) { return c->id == id; });
    if (m_processedCorpora.size() != before) {
        setModified(true);
        Q_EMIT processedCorporaChanged();
    }
}

const TokenizerArtefact* Workspace::tokenizer(const std::string& id) const
{
    for (const auto& tokenizer : m_tokenizers)
        if (tokenizer.id == id)
            return &tokenizer;
    return nullptr;
}

std::string Workspace::addTokenizer(TokenizerArtefact tokenizer)
{
    if (tokenizer.id.empty())
        tokenizer.id = lengua::newCorpusId();
    tokenizer.name = uniqueName(QString::fromStdString(tokenizer.name)).toStdString();
    const std::string id = tokenizer.id;
    m_tokenizers.push_back(std::move(tokenizer));
    setModified(true);
    Q_EMIT tokenizersChanged();
    Q_EMIT tokenizerAdded(QString::fromStdString(id));
    return id;
}

void Workspace::removeTokenizer(const std::string& id)
{
    const auto before = m_tokenizers.size();
    std::erase_if(m_tokenizers, [&](const auto& t) { return t.id == id; });
    if (m_tokenizers.size() != before) {
        setModified(true);
        Q_EMIT tokenizersChanged();
    }
}

const LanguageModelArtefact* Workspace::model(const std::string& id) const
{
    for (const auto& model : m_models)
        if (model.id == id)
            return &model;
    return nullptr;
}

std::string Workspace::addModel(LanguageModelArtefact model)
{
    if (model.id.empty())
        model.id = lengua::newCorpusId();
    model.name = uniqueName(QString::fromStdString(model.name)).toStdString();
    const std::string id = model.id;
    m_models.push_back(std::move(model));
    setModified(true);
    Q_EMIT modelsChanged();
    Q_EMIT modelAdded(QString::fromStdString(id));
    return id;
}

void Workspace::removeModel(const std::string& id)
{
    const auto before = m_models.size();
    std::erase_if(m_models, [&](const auto& m) { return m.id == id; });
    if (m_models.size() != before) {
        setModified(true);
        Q_EMIT modelsChanged();
    }
}

void Workspace::renameModel(const std::string& id, const QString& name)
{
    for (auto& model : m_models) {
        if (model.id != id || QString::fromStdString(model.name) == name)
            continue;
        // The entry holds shared pointers only, so a rename copies no weights.
        model.name = uniqueName(name).toStdString();
        setModified(true);
        Q_EMIT modelsChanged();
        return;
    }
}

const EmbeddingArtefact* Workspace::embedding(const std::string& id) const
{
    for (const auto& embedding : m_embeddings)
        if (embedding.id == id)
            return &embedding;
    return nullptr;
}

std::string Workspace::addEmbedding(EmbeddingArtefact embedding)
{
    if (embedding.id.empty())
        embedding.id = lengua::newCorpusId();
    embedding.name = uniqueName(QString::fromStdString(embedding.name)).toStdString();
    const std::string id = embedding.id;
    m_embeddings.push_back(std::move(embedding));
    setModified(true);
    Q_EMIT embeddingsChanged();
    Q_EMIT embeddingAdded(QString::fromStdString(id));
    return id;
}

void Workspace::removeEmbedding(const std::string& id)
{
    const auto before = m_embeddings.size();
    std::erase_if(m_embeddings, [&](const auto& e) { return e.id == id; });
    if (m_embeddings.size() != before) {
        setModified(true);
        Q_EMIT embeddingsChanged();
    }
}

void Workspace::renameEmbedding(const std::string& id, const QString& name)
{
    for (auto& embedding : m_embeddings) {
        if (embedding.id != id || QString::fromStdString(embedding.name) == name)
            continue;
        embedding.name = uniqueName(name).toStdString();
        setModified(true);
        Q_EMIT embeddingsChanged();
        return;
    }
}

void Workspace::publishEmbeddingSnapshot(const EmbeddingSnapshot& snapshot)
{
    Q_EMIT embeddingSnapshotPublished(snapshot);
}

std::string Workspace::addCorpus(std::shared_ptr<lengua::Corpus> corpus)
{
    if (corpus->id.empty())
        corpus->id = lengua::newCorpusId();
    corpus->name = uniqueName(QString::fromStdString(corpus->name)).toStdString();
    const std::string id = corpus->id;
    m_corpora.push_back(std::move(corpus));
    setModified(true);
    Q_EMIT corporaChanged();
    Q_EMIT corpusAdded(QString::fromStdString(id));
    return id;
}

void Workspace::removeCorpus(const std::string& id)
{
    const auto before = m_corpora.size();
    std::erase_if(m_corpora, [&](const auto& c) { return c->id == id; });
    m_statistics.erase(id);
    if (m_corpora.size() != before) {
        setModified(true);
        Q_EMIT corporaChanged();
    }
}

void Workspace::renameCorpus(const std::string& id, const QString& name)
{
    for (auto& corpus : m_corpora) {
        if (corpus->id != id || QString::fromStdString(corpus->name) == name)
            continue;
        // Corpora are immutable once shared: a rename makes a new one holding the same
        // documents (a copy, acceptable for an occasional user action).
        auto renamed = std::make_shared<lengua::Corpus>(*corpus);
        renamed->name = uniqueName(name).toStdString();
        corpus = std::move(renamed);
        setModified(true);
        Q_EMIT corporaChanged();
        return;
    }
}

std::shared_ptr<const lengua::CorpusStatistics> Workspace::statistics(const std::string& corpusId) const
{
    const auto it = m_statistics.find(corpusId);
    return it == m_statistics.end() ? nullptr : it->second;
}

void Workspace::setStatistics(const std::string& corpusId,
                              std::shared_ptr<const lengua::CorpusStatistics> statistics)
{
    m_statistics[corpusId] = std::move(statistics);
}

QString Workspace::setting(const QString& key, const QString& fallback) const
{
    const auto it = m_settings.find(key.toStdString());
    return it == m_settings.end() ? fallback : QString::fromStdString(it->second);
}

void Workspace::setSetting(const QString& key, const QString& value)
{
    auto& slot = m_settings[key.toStdString()];
    if (slot == value.toStdString())
        return;
    slot = value.toStdString();
    setModified(true);
}

lengua::WorkspaceContent Workspace::content() const
{
    lengua::WorkspaceContent content;
    content.corpora = m_corpora;
    content.processedCorpora = m_processedCorpora;
    content.tokenizers = m_tokenizers;
    content.models = m_models;
    content.embeddings = m_embeddings;
    content.settings = m_settings;
    return content;
}

void Workspace::replaceContent(lengua::WorkspaceContent content, const QString& path)
{
    m_corpora = std::move(content.corpora);
    m_settings = std::move(content.settings);
    m_processedCorpora = std::move(content.processedCorpora);
    m_tokenizers = std::move(content.tokenizers);
    m_models = std::move(content.models);
    m_embeddings = std::move(content.embeddings);
    m_statistics.clear();
    setFilePath(path);
    setModified(false);
    Q_EMIT corporaChanged();
    Q_EMIT processedCorporaChanged();
    Q_EMIT tokenizersChanged();
    Q_EMIT modelsChanged();
    Q_EMIT embeddingsChanged();
}

void Workspace::clear()
{
    replaceContent({}, QString());
}

void Workspace::setFilePath(const QString& path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void Workspace::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}
