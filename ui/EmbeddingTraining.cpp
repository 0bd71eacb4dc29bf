// The Embeddings lesson's training job; see EmbeddingTraining.h.
#include "EmbeddingTraining.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "count/NgramSentences.h"
#include "embed/Word2VecTrainer.h"
#include "embed/Word2VecVocabulary.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <chrono>

namespace {

using Sentences = std::vector<std::vector<std::string>>;

// Progress of an inner step mapped into [from, from + share); partials pass through.
lengua::JobContext innerContext(lengua::JobContext& outer, double from, double share,
                                lengua::JobContext::PartialSink partial = {})
{
    return lengua::JobContext(
        outer.stopToken(),
        [&outer, from, share](const lengua::JobProgress& p) {
            outer.reportProgress(from + share * p.fraction, p.message);
        },
        std::move(partial));
}

Sentences sentencesOf(const EmbeddingTrainingRequest& request, lengua::JobContext& context)
{
    if (request.processedCorpus)
        return lengua::NgramSentences::fromProcessed(*request.processedCorpus);
    lengua::JobContext inner = innerContext(context, 0.0, 0.1);
    return lengua::NgramSentences::fromCorpus(*request.corpus, request.lowercase, &inner);
}

} // namespace

QString EmbeddingTraining::methodName(EmbeddingMethod method)
{
    switch (method) {
    case EmbeddingMethod::SkipGram: return tr("Skip-gram");
    case EmbeddingMethod::Cbow: return tr("CBOW");
    case EmbeddingMethod::PpmiSvd: return tr("PPMI–SVD");
    }
    return {};
}

std::string EmbeddingTraining::methodId(EmbeddingMethod method)
{
    switch (method) {
    case EmbeddingMethod::SkipGram: return "sg";
    case EmbeddingMethod::Cbow: return "cbow";
    case EmbeddingMethod::PpmiSvd: return "ppmi-svd";
    }
    return {};
}

QString EmbeddingTraining::title(const EmbeddingTrainingRequest& request)
{
    return tr("Training %1 vectors on %2")
        .arg(methodName(request.method), QString::fromStdString(request.corpusName));
}

QString EmbeddingTraining::description(const EmbeddingTrainingRequest& request, std::size_t words)
{
    const QLocale locale;
    const QString corpus = QString::fromStdString(request.corpusName);
    if (request.method == EmbeddingMethod::PpmiSvd)
        return tr("%1, %2 dimensions, window %3, %4 words, on %5")
            .arg(methodName(request.method), locale.toString(request.ppmiSvd.dimension),
                 locale.toString(request.ppmiSvd.window), locale.toString(qulonglong(words)), corpus);
    return tr("%1, %2 dimensions, window %3, %4 epochs, %5 words, on %6")
        .arg(methodName(request.method), locale.toString(request.word2vec.dimension),
             locale.toString(request.word2vec.window), locale.toString(request.word2vec.epochs),
             locale.toString(qulonglong(words)), corpus);
}

std::string EmbeddingTraining::settingsJson(const EmbeddingTrainingRequest& request)
{
    QJsonObject json;
    json[QStringLiteral("method")] = QString::fromStdString(methodId(request.method));
    json[QStringLiteral("lowercase")] = request.lowercase;
    if (request.method == EmbeddingMethod::PpmiSvd) {
        const lengua::PpmiSvdSettings& s = request.ppmiSvd;
        json[QStringLiteral("window")] = s.window;
        json[QStringLiteral("dimension")] = s.dimension;
        json[QStringLiteral("min_count")] = qint64(s.minCount);
        json[QStringLiteral("max_vocabulary")] = qint64(s.maxVocabulary);
        json[QStringLiteral("context_smoothing")] = s.contextSmoothing;
        json[QStringLiteral("eigenvalue_power")] = s.eigenvaluePower;
        json[QStringLiteral("seed")] = qint64(s.seed);
    } else {
        const lengua::Word2VecSettings& s = request.word2vec;
        json[QStringLiteral("dimension")] = s.dimension;
        json[QStringLiteral("window")] = s.window;
        json[QStringLiteral("negative")] = s.negative;
        json[QStringLiteral("min_count")] = qint64(s.minCount);
        json[QStringLiteral("sample")] = s.sample;
        json[QStringLiteral("learning_rate")] = s.initialLearningRate();
        json[QStringLiteral("epochs")] = s.epochs;
        json[QStringLiteral("threads")] = s.threads;
        json[QStringLiteral("seed")] = qint64(s.seed);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

lengua::Job::Function EmbeddingTraining::job(EmbeddingTrainingRequest request)
{
    if (request.method == EmbeddingMethod::Cbow)
        request.word2vec.model = lengua::Word2VecModel::Cbow;
    else if (request.method == EmbeddingMethod::SkipGram)
        request.word2vec.model = lengua::Word2VecModel::SkipGram;
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        if (!request.corpus && !request.processedCorpus)
            throw lengua::Error("embedding training: no corpus was chosen");
        if (request.method == EmbeddingMethod::PpmiSvd)
            request.ppmiSvd.validate();
        else
            request.word2vec.validate();
        const auto started = std::chrono::steady_clock::now();
        const Sentences sentences = sentencesOf(request, context);
        context.throwIfStopped();
        if (sentences.empty())
            throw lengua::Error("embedding training: the corpus has no sentence with a word in it");

        auto trained = std::make_shared<TrainedEmbedding>();
        trained->sentences = sentences.size();
        for (const auto& sentence : sentences)
            trained->corpusWords += sentence.size();
        EmbeddingArtefact& artefact = trained->artefact;
        if (request.method == EmbeddingMethod::PpmiSvd) {
            lengua::JobContext inner = innerContext(context, 0.1, 0.9);
            lengua::PpmiSvdResult result = lengua::PpmiSvd::train(sentences, request.ppmiSvd, &inner);
            artefact.vectors = std::make_shared<const lengua::WordVectors>(result.words,
                                                                          std::move(result.vectors));
            artefact.counts = std::move(result.counts);
        } else {
            // The trainer's vocabulary, built the same way, names the rows of each epoch's
            // snapshot (the snapshot itself carries only the vectors).
            const lengua::Word2VecVocabulary vocabulary =
                lengua::Word2VecVocabulary::build(sentences, request.word2vec.minCount);
            const auto counts = std::make_shared<const std::vector<std::uint64_t>>(vocabulary.counts());
            lengua::JobContext inner = innerContext(
                context, 0.1, 0.9, [&context, &vocabulary, counts](std::any partial) {
                    auto* progress = std::any_cast<lengua::Word2VecProgress>(&partial);
                    if (progress && progress->epochFinished && progress->vectors) {
                        EmbeddingTrainingEpoch epoch;
                        epoch.vectors = std::make_shared<const lengua::WordVectors>(
                            vocabulary.words(), progress->vectors->t());
                        epoch.counts = counts;
                        epoch.progress = *progress;
                        epoch.progress.vectors.reset();
                        context.publishPartial(epoch.progress);
                        context.publishPartial(std::move(epoch));
                        return;
                    }
                    context.publishPartial(std::move(partial));
                });
            lengua::Word2VecResult result = lengua::Word2VecTrainer(request.word2vec).train(sentences, &inner);
            artefact.vectors = std::make_shared<const lengua::WordVectors>(result.vocabulary.words(),
                                                                          result.vectors.t());
            artefact.counts = result.vocabulary.counts();
            for (const lengua::Word2VecProgress& epoch : result.epochs)
                artefact.epochLosses.push_back(epoch.loss);
            trained->wordsPerSecond = result.wordsPerSecond;
        }
        context.throwIfStopped();
        const QString corpusName = QString::fromStdString(request.corpusName);
        artefact.name = request.name.empty()
                            ? (methodName(request.method) + QStringLiteral(" · ") + corpusName).toStdString()
                            : request.name;
        artefact.method = methodId(request.method);
        artefact.sourceCorpusId = request.corpusId;
        artefact.description = description(request, artefact.vectors->size()).toStdString();
        artefact.settingsJson = settingsJson(request);
        trained->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        context.reportProgress(1.0);
        return std::shared_ptr<const TrainedEmbedding>(std::move(trained));
    };
}
