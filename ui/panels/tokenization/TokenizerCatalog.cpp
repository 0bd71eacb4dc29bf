// The tokenizers shown by the Tokenization panel (see TokenizerCatalog.h).
#include "TokenizerCatalog.h"

#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/TokenizationPanel.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "tokenize/ByteLevelAlphabet.h"
#include "tokenize/ByteLevelBpe.h"

#include <QComboBox>

namespace {

// The byte-level BPE with no merges: one token per byte, the replay's starting point.
std::shared_ptr<const lengua::Tokenizer> makeBytesTokenizer()
{
    lengua::Vocabulary vocabulary;
    for (int byte = 0; byte < 256; ++byte)
        vocabulary.add(lengua::ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(byte)));
    return std::make_shared<const lengua::ByteLevelBpe>(std::move(vocabulary),
                                                        std::vector<lengua::ByteLevelBpe::Merge>{});
}

} // namespace

TokenizerCatalog::TokenizerCatalog(Workspace& workspace, JobRunner& jobs, const QComboBox* corpusCombo,
                                   QObject* parent)
    : QObject(parent), m_workspace(workspace), m_jobs(jobs), m_corpusCombo(corpusCombo),
      m_bytes(makeBytesTokenizer())
{
}

QString TokenizerCatalog::corpusKey() const
{
    return m_corpusCombo->currentData().toString();
}

QString TokenizerCatalog::corpusName() const
{
    return m_corpusCombo->currentText();
}

TokenizerTrainingRequest TokenizerCatalog::requestFor(TokenizerTrainingRequest::Method method) const
{
    TokenizerTrainingRequest request;
    request.method = method;
    request.specialTokens = TokenizerTrainingRequest::defaultSpecialTokens(method);
    const QString key = corpusKey();
    const std::string id = key.section(QLatin1Char(':'), 1).toStdString();
    if (key.startsWith(QLatin1String("corpus:"))) {
        request.corpus = m_workspace.corpus(id);
        if (request.corpus)
            request.corpusName = request.corpus->name;
    } else if (key.startsWith(QLatin1String("processed:"))) {
        request.processedCorpus = m_workspace.processedCorpus(id);
        if (request.processedCorpus)
            request.corpusName = request.processedCorpus->name;
    }
    request.corpusId = id;
    return request;
}

QString TokenizerCatalog::builtinCacheKey(const QString& key) const
{
    return key + QLatin1Char('|') + corpusKey();
}

std::shared_ptr<const lengua::Tokenizer> TokenizerCatalog::tokenizerFor(const QString& key) const
{
    if (key == bytesKey)
        return m_bytes;
    if (key == charsKey || key == wordsKey) {
        const auto it = m_builtins.find(builtinCacheKey(key));
        return it == m_builtins.end() ? nullptr : it->second;
    }
    const TokenizerArtefact* artefact = m_workspace.tokenizer(key.toStdString());
    return artefact ? artefact->tokenizer : nullptr;
}

const TokenizerCatalog::Extras* TokenizerCatalog::extrasFor(const QString& key) const
{
    const std::string id = (key == charsKey || key == wordsKey) ? builtinCacheKey(key).toStdString()
                                                                 : key.toStdString();
    if (const auto it = m_extras.find(id); it != m_extras.end())
        return &it->second;
    // A tokenizer from a saved workspace carries what its training saw.
    const TokenizerArtefact* artefact = m_workspace.tokenizer(id);
    if (!artefact || (artefact->tokenCounts.empty() && artefact->wordPieceMerges.empty()))
        return nullptr;
    return &(m_extras[id] = Extras{artefact->tokenCounts, artefact->wordPieceMerges});
}

QString TokenizerCatalog::nameFor(const QString& key) const
{
    if (key == bytesKey)
        return TokenizationPanel::tr("Bytes (UTF-8, no merges)");
    if (key == charsKey)
        return TokenizationPanel::tr("Characters of the corpus");
    if (key == wordsKey)
        return TokenizationPanel::tr("Words of the corpus");
    const TokenizerArtefact* artefact = m_workspace.tokenizer(key.toStdString());
    return artefact ? QString::fromStdString(artefact->name) : QString();
}

void TokenizerCatalog::buildBuiltin(const QString& key)
{
    const QString cacheKey = builtinCacheKey(key);
    if (m_builtinsTraining.count(cacheKey))
        return;
    TokenizerTrainingRequest request = requestFor(key == charsKey
                                                      ? TokenizerTrainingRequest::Method::Character
                                                      : TokenizerTrainingRequest::Method::Word);
    request.vocabularySize = key == charsKey ? 5000 : 30000;
    request.minimumFrequency = 1;
    startBuiltinTraining(cacheKey, std::move(request));
}

void TokenizerCatalog::startBuiltinTraining(const QString& cacheKey, TokenizerTrainingRequest request)
{
    if (!request.corpus && !request.processedCorpus)
        return;
    request.holdOut = true;
    m_builtinsTraining.insert(cacheKey);
    JobHandle* job = m_jobs.start(TokenizerTraining::title(request), TokenizerTraining::job(request));
    connect(job, &JobHandle::succeeded, this, [this, cacheKey](const std::any& result) {
        auto trained = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(result);
        m_builtins[cacheKey] = trained->tokenizer;
        m_extras[cacheKey.toStdString()] = Extras{trained->counts, {}};
    });
    connect(job, &JobHandle::failed, this, &TokenizerCatalog::builtinFailed);
    connect(job, &JobHandle::finished, this, [this, cacheKey] {
        m_builtinsTraining.erase(cacheKey);
        Q_EMIT builtinFinished();
    });
}

std::string TokenizerCatalog::addTrained(const TrainedTokenizer& trained, const std::string& sourceCorpusId)
{
    TokenizerArtefact artefact;
    artefact.id = lengua::newCorpusId();
    artefact.name = trained.name;
    artefact.tokenizer = trained.tokenizer;
    artefact.sourceCorpusId = sourceCorpusId;
    artefact.description = trained.description;
    artefact.tokenCounts = trained.counts;
    artefact.wordPieceMerges = trained.wordPieceMerges;
    // Extras first: the workspace's signal rebuilds the lists, which look them up.
    m_extras[artefact.id] = Extras{trained.counts, trained.wordPieceMerges};
    return m_workspace.addTokenizer(std::move(artefact));
}

bool TokenizerCatalog::fillCombo(QComboBox* combo, bool replayable) const
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const TokenizerArtefact& artefact : m_workspace.tokenizers()) {
        const QString id = QString::fromStdString(artefact.id);
        if (replayable) {
            const bool bpe = artefact.tokenizer->kind() == "bpe";
            const Extras* extras = extrasFor(id);
            const bool wordPiece = artefact.tokenizer->kind() == "wordpiece" && extras
                                   && !extras->wordPieceMerges.empty();
            if (!bpe && !wordPiece)
                continue;
        }
        combo->addItem(QString::fromStdString(artefact.name), id);
        combo->setItemData(combo->count() - 1, QString::fromStdString(artefact.description),
                           Qt::ToolTipRole);
    }
    if (!replayable)
        combo->addItem(nameFor(bytesKey), bytesKey);
    const int kept = combo->findData(current);
    combo->setCurrentIndex(kept >= 0 ? kept : (combo->count() > 0 ? 0 : -1));
    return current != combo->currentData().toString();
}
