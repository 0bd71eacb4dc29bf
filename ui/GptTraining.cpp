#include "GptTraining.h"

#include "CorpusImporter.h"
#include "TokenizerTraining.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/Gpt.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

#include <optional>
#include <utility>

namespace {

// The corpus as one stream of ids: each document encoded, documents separated by
// <|endoftext|> when the tokenizer has it (as GPT-2 was trained).
std::vector<lengua::TokenId> tokenize(const GptTrainingRequest& request, lengua::JobContext& context)
{
    const TrainingTexts texts = request.processedCorpus ? TrainingTexts(request.processedCorpus)
                                                        : TrainingTexts(request.corpus);
    const lengua::Tokenizer& tokenizer = *request.tokenizer.tokenizer;
    const std::optional<lengua::TokenId> separator = tokenizer.vocabulary().find("<|endoftext|>");
    std::vector<lengua::TokenId> ids;
    const auto documents = texts.all();
    for (std::size_t i = 0; i < documents.size(); ++i) {
        context.throwIfStopped();
        if (separator && i > 0)
            ids.push_back(*separator);
        const lengua::Encoding encoding = tokenizer.encode(documents[i]);
        ids.insert(ids.end(), encoding.ids.begin(), encoding.ids.end());
        context.reportProgress(0.05 * double(i + 1) / double(documents.size()),
                               "tokenizing " + request.corpusName);
    }
    return ids;
}

QString stepCount(std::size_t steps)
{
    return QLocale().toString(qulonglong(steps));
}

// The lecture model's job result: the BPE trained first (when one was needed) and the GPT.
struct LectureModel {
    std::shared_ptr<const TrainedTokenizer> tokenizer;
    std::string tokenizerCorpusId;
    std::shared_ptr<const TrainedGpt> gpt;
};

QPointer<JobHandle>& lectureJob()
{
    static QPointer<JobHandle> job;
    return job;
}

const TokenizerArtefact* firstBpe(const Workspace& workspace)
{
    for (const TokenizerArtefact& tokenizer : workspace.tokenizers())
        if (tokenizer.tokenizer && tokenizer.tokenizer->kind() == "bpe")
            return &tokenizer;
    return nullptr;
}

// The lecture's GPT is trained only when the workspace has no transformer yet: an n-gram
// model alone cannot stand in for it in the attention and GPT lessons.
bool hasGpt(const Workspace& workspace)
{
    for (const LanguageModelArtefact& model : workspace.models())
        if (model.gpt)
            return true;
    return false;
}

JobHandle* startLectureTraining(Workspace& workspace, JobRunner& jobs)
{
    if (hasGpt(workspace) || workspace.corpora().empty())
        return nullptr;
    const auto corpus = workspace.corpora().front();
    std::optional<TokenizerTrainingRequest> bpeRequest;
    GptTrainingRequest request;
    request.corpus = corpus;
    request.corpusId = corpus->id;
    request.corpusName = corpus->name;
    request.config = GptTraining::lectureConfig();
    request.settings = GptTraining::lectureSettings();
    request.samplePrompt = "El ";
    if (const TokenizerArtefact* bpe = firstBpe(workspace)) {
        request.tokenizer = *bpe;
    } else {
        TokenizerTrainingRequest tokenizerRequest;
        tokenizerRequest.method = TokenizerTrainingRequest::Method::Bpe;
        tokenizerRequest.vocabularySize = 1000;
        tokenizerRequest.specialTokens = TokenizerTrainingRequest::defaultSpecialTokens(
            TokenizerTrainingRequest::Method::Bpe);
        tokenizerRequest.corpus = corpus;
        tokenizerRequest.corpusId = corpus->id;
        tokenizerRequest.corpusName = corpus->name;
        bpeRequest = std::move(tokenizerRequest);
    }
    const QString title = GptTraining::tr("Training the lecture's GPT on %1")
                              .arg(QString::fromStdString(corpus->name));
    JobHandle* job = jobs.start(title, [bpeRequest, request](lengua::JobContext& context) mutable {
        auto result = std::make_shared<LectureModel>();
        double tokenizerShare = 0.0;
        if (bpeRequest) {
            tokenizerShare = 0.3;
            lengua::JobContext inner(context.stopToken(), [&context](const lengua::JobProgress& p) {
                context.reportProgress(0.3 * p.fraction, p.message);
            });
            result->tokenizer = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(
                TokenizerTraining::job(*bpeRequest)(inner));
            result->tokenizerCorpusId = bpeRequest->corpusId;
            request.tokenizer.name = result->tokenizer->name;
            request.tokenizer.tokenizer = result->tokenizer->tokenizer;
            request.tokenizer.description = result->tokenizer->description;
            request.tokenizer.sourceCorpusId = bpeRequest->corpusId;
            request.tokenizer.tokenCounts = result->tokenizer->counts;
        }
        // The lecture model's points are not shown anywhere: no partial results.
        lengua::JobContext inner(context.stopToken(),
                                 [&context, tokenizerShare](const lengua::JobProgress& p) {
                                     context.reportProgress(
                                         tokenizerShare + (1.0 - tokenizerShare) * p.fraction,
                                         p.message);
                                 });
        result->gpt = std::any_cast<std::shared_ptr<const TrainedGpt>>(
            GptTraining::job(request)(inner));
        return std::shared_ptr<const LectureModel>(result);
    });
    QPointer<Workspace> target(&workspace);
    QObject::connect(job, &JobHandle::succeeded, &workspace, [target](const std::any& any) {
        const auto* result = std::any_cast<std::shared_ptr<const LectureModel>>(&any);
        if (!target || !result || !*result)
            return;
        LanguageModelArtefact model = (*result)->gpt->model;
        if (const auto& trained = (*result)->tokenizer) {
            TokenizerArtefact tokenizer{{}, trained->name, trained->tokenizer,
                                        (*result)->tokenizerCorpusId, trained->description,
                                        trained->counts, trained->wordPieceMerges};
            target->addTokenizer(std::move(tokenizer));
        }
        target->addModel(std::move(model));
    });
    lectureJob() = job;
    return job;
}

} // namespace

void StoppedGptBox::put(std::shared_ptr<const TrainedGpt> model)
{
    const std::lock_guard lock(m_mutex);
    m_model = std::move(model);
}

std::shared_ptr<const TrainedGpt> StoppedGptBox::take()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_model, nullptr);
}

QString GptTraining::parameterText(std::size_t count)
{
    const QLocale locale;
    if (count >= 1'000'000)
        return GptTraining::tr("%1 M").arg(locale.toString(double(count) / 1e6, 'f', 1));
    if (count >= 10'000)
        return GptTraining::tr("%1 k").arg(locale.toString(double(count) / 1e3, 'f', 1));
    return locale.toString(qulonglong(count));
}

QString GptTraining::description(const lengua::GptConfig& config, std::size_t steps,
                                 const QString& corpusName)
{
    const QLocale locale;
    return GptTraining::tr("GPT, %1 layers, %2 heads, %3 dims, %4 parameters, %5 steps on %6")
        .arg(locale.toString(qulonglong(config.layers)), locale.toString(qulonglong(config.heads)),
             locale.toString(qulonglong(config.channels)),
             parameterText(lengua::Gpt::parameterCount(config)), stepCount(steps), corpusName);
}

QString GptTraining::title(const GptTrainingRequest& request)
{
    return GptTraining::tr("Training a GPT on %1").arg(QString::fromStdString(request.corpusName));
}

QStringList GptTraining::problems(const lengua::GptConfig& config,
                                  const lengua::GptTrainingSettings& settings,
                                  std::size_t vocabularySize)
{
    const QLocale locale;
    auto n = [&locale](std::size_t value) { return locale.toString(qulonglong(value)); };
    QStringList out;
    if (vocabularySize < 10)
        out << GptTraining::tr("The tokenizer has only %1 tokens; a language model needs a vocabulary "
                         "of at least 10.").arg(n(vocabularySize));
    if (config.layers == 0 || config.heads == 0 || config.channels == 0
        || config.contextLength == 0)
        out << GptTraining::tr("Layers, heads, embedding size and context must all be at least 1.");
    else if (config.channels % config.heads != 0)
        out << GptTraining::tr("%1 heads do not divide the embedding size %2: each head gets C / heads "
                         "dimensions, so choose an embedding size that is a multiple of the "
                         "number of heads.").arg(n(config.heads), n(config.channels));
    if (settings.sequenceLength > config.contextLength)
        out << GptTraining::tr("The sequence length %1 is longer than the context %2: the model has "
                         "no position embedding beyond its context.")
                   .arg(n(settings.sequenceLength), n(config.contextLength));
    if (settings.steps == 0 || settings.batchSize == 0 || settings.sequenceLength == 0)
        out << GptTraining::tr("Steps, batch size and sequence length must all be at least 1.");
    if (settings.warmupSteps > settings.steps)
        out << GptTraining::tr("The warm-up (%1 steps) is longer than the whole training (%2 steps).")
                   .arg(n(settings.warmupSteps), n(settings.steps));
    if (!(settings.maxLearningRate > 0.0f) || settings.maxLearningRate > 1.0f)
        out << GptTraining::tr("The learning rate must be above 0 and at most 1 (GPT-2 small used "
                         "6e-4).");
    if (settings.validationFraction < 0.0 || settings.validationFraction >= 0.5)
        out << GptTraining::tr("The validation fraction must be between 0 and 0.5.");
    if (config.dropout < 0.0f || config.dropout >= 1.0f)
        out << GptTraining::tr("Dropout is a probability: it must be at least 0 and below 1.");
    return out;
}

lengua::GptConfig GptTraining::lectureConfig()
{
    lengua::GptConfig config;
    config.layers = 2;
    config.heads = 2;
    config.channels = 64;
    config.contextLength = 64;
    config.seed = 1337;
    return config;
}

lengua::GptTrainingSettings GptTraining::lectureSettings()
{
    lengua::GptTrainingSettings settings;
    settings.steps = 300;
    // 300 x 8 x 64 = 154k tokens: about 5 s at the ~30k tokens/s of a 2-core laptop.
    settings.batchSize = 8;
    settings.sequenceLength = 64;
    settings.maxLearningRate = 3e-3f;
    settings.minLearningRate = 3e-4f;
    settings.warmupSteps = 30;
    settings.evaluateEvery = 100;
    settings.evaluationBatches = 2;
    settings.validationFraction = 0.1;
    return settings;
}

lengua::Job::Function GptTraining::job(GptTrainingRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        if (!request.tokenizer.tokenizer)
            throw lengua::Error("GPT training: no tokenizer was chosen");
        if (!request.corpus && !request.processedCorpus)
            throw lengua::Error("GPT training: no corpus was chosen");
        const lengua::Tokenizer& tokenizer = *request.tokenizer.tokenizer;
        const std::vector<lengua::TokenId> ids = tokenize(request, context);

        lengua::GptConfig config = request.config;
        config.vocabularySize = tokenizer.vocabulary().size();
        lengua::GptTrainingSettings settings = request.settings;
        if (settings.sampleEvery > 0) {
            settings.samplePrompt = tokenizer.encode(request.samplePrompt).ids;
            if (settings.samplePrompt.empty() && !ids.empty())
                settings.samplePrompt.push_back(ids.front());
            if (settings.sampling.maxNewTokens == 50) // the default: shorter, for the panel
                settings.sampling.maxNewTokens = 40;
        }
        auto gpt = std::make_shared<lengua::Gpt>(config);

        auto trained = std::make_shared<TrainedGpt>();
        std::vector<lengua::TrainingPoint>& history = trained->model.history;
        lengua::GptTrainingCallbacks callbacks;
        callbacks.onPoint = [&context, &history](const lengua::TrainingPoint& point) {
            history.push_back(point);
            context.publishPartial(point);
        };
        callbacks.onSample = [&context, &tokenizer](const lengua::TrainingSample& sample) {
            GptTrainingSampleText text;
            text.step = sample.step;
            text.prompt = tokenizer.decode(sample.prompt);
            text.text = tokenizer.decode(sample.tokens);
            context.publishPartial(text);
        };
        lengua::JobContext trainingContext(
            context.stopToken(),
            [&context](const lengua::JobProgress& progress) {
                context.reportProgress(0.05 + 0.95 * progress.fraction, progress.message);
            },
            [&context](std::any partial) { context.publishPartial(std::move(partial)); });

        const QLocale locale;
        try {
            trained->result = lengua::GptTrainer::train(*gpt, ids, settings, trainingContext,
                                                        callbacks);
        } catch (const lengua::Error& error) {
            // A divergence: GptTrainer throws before the update, so the weights are those
            // of the last good step. Keep them when there is one; otherwise fail.
            if (history.empty())
                throw;
            trained->stopped = true;
            trained->diverged = true;
            trained->result.completedSteps = history.back().step;
            trained->result.lastTrainLoss = history.back().trainLoss;
            trained->note = GptTraining::tr("Training stopped after step %1: %2. The model keeps "
                                      "the weights of step %1.")
                                .arg(stepCount(history.back().step), QString::fromUtf8(error.what()))
                                .toStdString();
        }
        if (trained->result.cancelled) {
            if (trained->result.completedSteps == 0)
                throw lengua::Error("GPT training: stopped before the first step");
            trained->stopped = true;
            trained->note = GptTraining::tr("stopped at step %1 of %2")
                                .arg(stepCount(trained->result.completedSteps),
                                     stepCount(settings.steps))
                                .toStdString();
        }

        LanguageModelArtefact& model = trained->model;
        model.kind = "gpt";
        model.name = request.modelName.empty() ? "GPT · " + request.corpusName : request.modelName;
        model.gpt = gpt;
        model.model = gpt;
        model.tokenizer = request.tokenizer.tokenizer;
        model.sourceCorpusId = request.corpusId;
        const std::size_t done = trained->result.completedSteps;
        model.description
            = description(config, done, QString::fromStdString(request.corpusName)).toStdString();
        if (trained->stopped)
            model.description += " (" + (trained->diverged
                                             ? GptTraining::tr("diverged at step %1").arg(stepCount(done + 1))
                                                   .toStdString()
                                             : trained->note)
                + ")";
        auto result = std::shared_ptr<const TrainedGpt>(std::move(trained));
        // A cancelled job hands back no result: the model waits in the box instead.
        if (result->result.cancelled && request.stoppedBox)
            request.stoppedBox->put(result);
        return result;
    };
}

JobHandle* GptTraining::startLectureModel(Workspace& workspace, JobRunner& jobs,
                                          CorpusImporter* importer)
{
    if (hasGpt(workspace))
        return nullptr;
    if (lectureJob() && !lectureJob()->isFinished())
        return lectureJob();
    if (!workspace.corpora().empty())
        return startLectureTraining(workspace, jobs);
    if (!importer)
        return nullptr;
    JobHandle* import = importer->loadEmbeddedSample();
    if (!import)
        return nullptr;
    QPointer<Workspace> target(&workspace);
    QPointer<JobRunner> runner(&jobs);
    // Connected after CorpusImporter's own handler, so the corpus is in the workspace;
    // direct, so that no moment passes without a running job (scripted screenshots wait
    // for the jobs to end).
    QObject::connect(import, &JobHandle::succeeded, &workspace, [target, runner] {
        if (target && runner)
            startLectureTraining(*target, *runner);
    });
    return import;
}
