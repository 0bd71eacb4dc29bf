// The N-grams lesson's jobs; see NgramTraining.h.
#include "NgramTraining.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "count/NgramLanguageModel.h"
#include "count/NgramSentences.h"
#include "generate/Generator.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"

#include <QLocale>

#include <chrono>

namespace {

using lengua::NgramSmoothing;

// Progress of an inner step mapped into [from, from + share).
lengua::JobContext innerContext(lengua::JobContext& outer, double from, double share)
{
    return lengua::JobContext(outer.stopToken(), [&outer, from, share](const lengua::JobProgress& p) {
        outer.reportProgress(from + share * p.fraction, p.message);
    });
}

} // namespace

const std::vector<NgramSmoothing>& NgramTraining::smoothings()
{
    static const std::vector<NgramSmoothing> all{
        NgramSmoothing::Mle,          NgramSmoothing::AddK,      NgramSmoothing::Interpolated,
        NgramSmoothing::StupidBackoff, NgramSmoothing::KneserNey, NgramSmoothing::ModifiedKneserNey};
    return all;
}

QString NgramTraining::smoothingName(NgramSmoothing smoothing)
{
    switch (smoothing) {
    case NgramSmoothing::Mle: return tr("Maximum likelihood (MLE, no smoothing)");
    case NgramSmoothing::AddK: return tr("Add-k (Laplace at k = 1)");
    case NgramSmoothing::Interpolated: return tr("Linear interpolation");
    case NgramSmoothing::StupidBackoff: return tr("Stupid backoff");
    case NgramSmoothing::KneserNey: return tr("Kneser–Ney");
    case NgramSmoothing::ModifiedKneserNey: return tr("Modified Kneser–Ney");
    }
    return {};
}

QString NgramTraining::smoothingShortName(NgramSmoothing smoothing)
{
    switch (smoothing) {
    case NgramSmoothing::Mle: return tr("MLE");
    case NgramSmoothing::AddK: return tr("Add-k");
    case NgramSmoothing::Interpolated: return tr("Interpolation");
    case NgramSmoothing::StupidBackoff: return tr("Stupid backoff");
    case NgramSmoothing::KneserNey: return tr("Kneser–Ney");
    case NgramSmoothing::ModifiedKneserNey: return tr("Modified KN");
    }
    return {};
}

QString NgramTraining::orderName(int order)
{
    switch (order) {
    case 1: return tr("Unigram");
    case 2: return tr("Bigram");
    case 3: return tr("Trigram");
    default: return tr("%1-gram").arg(order);
    }
}

QString NgramTraining::description(const lengua::NgramModel& model, const QString& corpusName)
{
    const QLocale locale;
    const lengua::NgramSettings& settings = model.settings();
    QString method = smoothingShortName(settings.smoothing);
    if (settings.smoothing == NgramSmoothing::AddK)
        method += QStringLiteral(" (k = %1)").arg(locale.toString(settings.k));
    else if (settings.smoothing == NgramSmoothing::KneserNey)
        method += QStringLiteral(" (D = %1)").arg(locale.toString(settings.discount));
    return tr("%1, %2, %3 words, %4 n-grams, on %5")
        .arg(orderName(settings.order), method,
             locale.toString(qulonglong(model.vocabulary().size())),
             locale.toString(qulonglong(model.distinctNgrams())), corpusName);
}

QString NgramTraining::title(const NgramTrainingRequest& request)
{
    return tr("Training a %1 model on %2")
        .arg(orderName(request.settings.order).toLower(), QString::fromStdString(request.corpusName));
}

lengua::Job::Function NgramTraining::job(NgramTrainingRequest request)
{
    return [request = std::move(request)](lengua::JobContext& context) -> std::any {
        if (!request.corpus && !request.processedCorpus)
            throw lengua::Error("n-gram training: no corpus was chosen");
        request.settings.validate();
        const auto started = std::chrono::steady_clock::now();
        auto trained = std::make_shared<TrainedNgram>();
        NgramSentenceList sentences;
        if (request.processedCorpus) {
            sentences = lengua::NgramSentences::fromProcessed(*request.processedCorpus);
            trained->language = request.processedCorpus->language;
            trained->lowercase = request.processedCorpus->settings.lower;
        } else {
            lengua::JobContext inner = innerContext(context, 0.0, 0.2);
            sentences = lengua::NgramSentences::fromCorpus(*request.corpus, true, &inner);
            trained->language = request.corpus->language;
            trained->lowercase = true;
        }
        if (sentences.empty())
            throw lengua::Error("n-gram training: the corpus has no sentence with a word in it");
        lengua::NgramSentences::Split split =
            lengua::NgramSentences::interleavedSplit(std::move(sentences), request.heldOutEvery);
        trained->training = std::make_shared<const NgramSentenceList>(std::move(split.training));
        trained->heldOut = std::make_shared<const NgramSentenceList>(std::move(split.heldOut));
        lengua::JobContext counting = innerContext(context, 0.2, 0.75);
        trained->model = lengua::NgramModel::train(*trained->training, request.settings,
                                                   *trained->heldOut, &counting);
        context.throwIfStopped();
        if (!trained->heldOut->empty())
            trained->heldOutReport = trained->model->perplexity(*trained->heldOut);
        const QString corpusName = QString::fromStdString(request.corpusName);
        std::string name = request.modelName;
        if (name.empty())
            name = (orderName(request.settings.order) + QStringLiteral(" ")
                    + smoothingShortName(request.settings.smoothing) + QStringLiteral(" · ")
                    + corpusName)
                       .toStdString();
        trained->artefact = lengua::NgramLanguageModel::wrap(trained->model, trained->lowercase);
        trained->artefact.name = name;
        trained->artefact.sourceCorpusId = request.corpusId;
        trained->artefact.description = description(*trained->model, corpusName).toStdString();
        trained->seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        context.reportProgress(1.0);
        return std::shared_ptr<const TrainedNgram>(std::move(trained));
    };
}

lengua::Job::Function NgramTraining::perplexityTableJob(std::shared_ptr<const NgramSentenceList> training,
                                                        std::shared_ptr<const NgramSentenceList> heldOut,
                                                        lengua::NgramSettings base)
{
    return [training, heldOut, base](lengua::JobContext& context) -> std::any {
        if (!training || !heldOut || heldOut->empty())
            throw lengua::Error("perplexity table: there are no held-out sentences");
        std::vector<NgramPerplexityCell> cells;
        const auto& methods = smoothings();
        const std::size_t total = 5 * methods.size();
        for (int order = 1; order <= 5; ++order) {
            for (const NgramSmoothing smoothing : methods) {
                context.throwIfStopped();
                NgramPerplexityCell cell;
                cell.order = order;
                cell.smoothing = smoothing;
                lengua::NgramSettings settings = base;
                settings.order = order;
                settings.smoothing = smoothing;
                settings.lambdas.clear();
                try {
                    const auto model = lengua::NgramModel::train(*training, settings, *heldOut);
                    cell.report = model->perplexity(*heldOut);
                } catch (const lengua::Error& error) {
                    cell.error = error.what();
                }
                cells.push_back(cell);
                context.publishPartial(cell);
                context.reportProgress(double(cells.size()) / double(total));
            }
        }
        return cells;
    };
}

lengua::Job::Function NgramTraining::sampleJob(std::shared_ptr<const lengua::NgramModel> model,
                                               lengua::SamplingSettings settings, int sentences)
{
    return [model, settings, sentences](lengua::JobContext& context) -> std::any {
        std::vector<std::vector<std::string>> out;
        const lengua::TokenId start = lengua::NgramVocabulary::sentenceStartId;
        const lengua::TokenId end = lengua::NgramVocabulary::sentenceEndId;
        for (int i = 0; i < sentences; ++i) {
            lengua::SamplingSettings one = settings;
            one.seed = settings.seed + std::uint64_t(i);
            one.stopTokens = {end};
            const std::vector<lengua::TokenId> prompt{start};
            lengua::JobContext inner(context.stopToken());
            const lengua::GenerationResult result =
                lengua::Generator::generate(*model, prompt, one, inner);
            std::vector<std::string> words;
            for (const lengua::TokenId id : result.tokens)
                if (id != end)
                    words.push_back(model->vocabulary().word(id));
            out.push_back(std::move(words));
            context.reportProgress(double(i + 1) / double(sentences));
        }
        return out;
    };
}
