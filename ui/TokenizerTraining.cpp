#include "TokenizerTraining.h"

#include "core/JobContext.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "tokenize/BpeTrainer.h"
#include "tokenize/CharTrainer.h"
#include "tokenize/TokenizerStatistics.h"
#include "tokenize/WordLevelTrainer.h"

#include <QCoreApplication>
#include <QLocale>

TrainingTexts::TrainingTexts(std::shared_ptr<const lengua::Corpus> corpus)
    : m_corpus(std::move(corpus))
{
    if (!m_corpus)
        return;
    m_views.reserve(m_corpus->documents.size());
    for (const lengua::Document& document : m_corpus->documents)
        m_views.push_back(document.text);
}

TrainingTexts::TrainingTexts(std::shared_ptr<const lengua::ProcessedCorpus> corpus)
    : m_processed(std::move(corpus))
{
    if (!m_processed)
        return;
    m_owned.reserve(m_processed->documents.size());
    for (std::size_t i = 0; i < m_processed->documents.size(); ++i)
        m_owned.push_back(joinedText(*m_processed, i));
    m_views.assign(m_owned.begin(), m_owned.end());
}

std::string TrainingTexts::joinedText(const lengua::ProcessedCorpus& corpus, std::size_t document)
{
    std::string text;
    for (const auto& sentence : corpus.documents[document].sentences) {
        if (!text.empty())
            text += '\n';
        for (std::size_t i = 0; i < sentence.size(); ++i) {
            if (i)
                text += ' ';
            text += sentence[i];
        }
    }
    return text;
}

std::span<const std::string_view> TrainingTexts::training(bool holdOut) const
{
    const std::size_t held = holdOut ? lengua::TokenizerStatistics::heldOutCount(m_views.size()) : 0;
    return std::span<const std::string_view>(m_views).first(m_views.size() - held);
}

std::span<const std::string_view> TrainingTexts::heldOut() const
{
    const std::size_t held = lengua::TokenizerStatistics::heldOutCount(m_views.size());
    if (held == 0)
        return m_views;
    return std::span<const std::string_view>(m_views).last(held);
}

QString TokenizerTrainingRequest::methodName(Method method)
{
    switch (method) {
    case Method::Bpe:
        return QCoreApplication::translate("TokenizerTraining", "BPE");
    case Method::WordPiece:
        return QCoreApplication::translate("TokenizerTraining", "WordPiece");
    case Method::Word:
        return QCoreApplication::translate("TokenizerTraining", "Words");
    case Method::Character:
        return QCoreApplication::translate("TokenizerTraining", "Characters");
    }
    return {};
}

std::vector<std::string> TokenizerTrainingRequest::defaultSpecialTokens(Method method)
{
    switch (method) {
    case Method::Bpe:
        return {"<|endoftext|>"};
    case Method::WordPiece:
        return {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    case Method::Word:
    case Method::Character:
        return {"[UNK]"};
    }
    return {};
}

QString TokenizerTraining::title(const TokenizerTrainingRequest& request)
{
    return QCoreApplication::translate("TokenizerTraining", "Training a %1 tokenizer on %2")
        .arg(TokenizerTrainingRequest::methodName(request.method),
             QString::fromStdString(request.corpusName));
}

lengua::Job::Function TokenizerTraining::job(TokenizerTrainingRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        using Method = TokenizerTrainingRequest::Method;
        const TrainingTexts texts = request.processedCorpus ? TrainingTexts(request.processedCorpus)
                                                            : TrainingTexts(request.corpus);
        const auto training = texts.training(request.holdOut);
        auto result = std::make_shared<TrainedTokenizer>();
        // Training is most of the work; counting the tokens afterwards is the last 10%.
        lengua::JobContext trainingContext(
            context.stopToken(), [&context](const lengua::JobProgress& progress) {
                context.reportProgress(progress.fraction * 0.9, progress.message);
            });
        switch (request.method) {
        case Method::Bpe: {
            lengua::BpeTrainer::Options options;
            options.vocabularySize = request.vocabularySize;
            options.minimumFrequency = request.minimumFrequency;
            options.specialTokens = request.specialTokens;
            result->tokenizer = std::make_shared<const lengua::ByteLevelBpe>(
                lengua::BpeTrainer(options).train(training, trainingContext));
            break;
        }
        case Method::WordPiece: {
            lengua::WordPieceTrainerOptions options;
            options.vocabularySize = request.vocabularySize;
            options.minimumFrequency = request.minimumFrequency;
            options.specialTokens = request.specialTokens;
            lengua::WordPieceTrainer trainer(options);
            for (std::size_t i = 0; i < training.size(); ++i) {
                if ((i & 255) == 0)
                    context.throwIfStopped();
                trainer.addText(training[i]);
            }
            result->tokenizer = std::make_shared<const lengua::WordPiece>(trainer.train(trainingContext));
            result->wordPieceMerges = trainer.merges();
            break;
        }
        case Method::Word: {
            lengua::WordLevelTrainerOptions options;
            options.vocabularySize = request.vocabularySize;
            options.minimumFrequency = request.minimumFrequency;
            if (!request.specialTokens.empty())
                options.specialTokens = request.specialTokens;
            options.lowercase = request.lowercase;
            lengua::WordLevelTrainer trainer(options);
            for (std::size_t i = 0; i < training.size(); ++i) {
                if ((i & 255) == 0)
                    context.throwIfStopped();
                trainer.addText(training[i]);
            }
            result->tokenizer = std::make_shared<const lengua::WordLevelTokenizer>(
                trainer.train(trainingContext));
            break;
        }
        case Method::Character: {
            lengua::CharTrainerOptions options;
            options.vocabularySize = request.vocabularySize;
            options.minimumFrequency = request.minimumFrequency;
            if (!request.specialTokens.empty())
                options.specialTokens = request.specialTokens;
            lengua::CharTrainer trainer(options);
            for (std::size_t i = 0; i < training.size(); ++i) {
                if ((i & 255) == 0)
                    context.throwIfStopped();
                trainer.addText(training[i]);
            }
            result->tokenizer = std::make_shared<const lengua::CharTokenizer>(trainer.train(trainingContext));
            break;
        }
        }
        lengua::JobContext countingContext(
            context.stopToken(), [&context](const lengua::JobProgress& progress) {
                context.reportProgress(0.9 + progress.fraction * 0.1, progress.message);
            });
        result->counts = lengua::TokenizerStatistics::tokenCounts(*result->tokenizer, training,
                                                                  countingContext);

        const QLocale locale;
        const QString method = TokenizerTrainingRequest::methodName(request.method);
        const QString size = locale.toString(qulonglong(result->tokenizer->vocabulary().size()));
        const QString corpus = QString::fromStdString(request.corpusName);
        result->name = QStringLiteral("%1 %2 · %3").arg(method, size, corpus).toStdString();
        QString description = QCoreApplication::translate(
                                  "TokenizerTraining", "%1, %2 tokens, min. frequency %3, on %4")
                                  .arg(method, size, locale.toString(qulonglong(request.minimumFrequency)), corpus);
        if (request.holdOut && training.size() < texts.all().size())
            description += QCoreApplication::translate("TokenizerTraining", " (last %1 of %2 documents held out)")
                               .arg(locale.toString(qulonglong(texts.all().size() - training.size())),
                                    locale.toString(qulonglong(texts.all().size())));
        result->description = description.toStdString();
        return std::shared_ptr<const TrainedTokenizer>(std::move(result));
    };
}
