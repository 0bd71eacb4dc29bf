// lengua-cli ngram: trains an n-gram model on a file of sentences (one a line, words split
// on white space) and prints its perplexity on another. Mistakes in the command line
// (options, numbers, files that cannot be opened, an eval file without a sentence) are
// usage errors, exit status 2; anything the engine refuses later is status 1.
#include "Commands.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "SentenceWords.h"
#include "UsageError.h"

#include "core/Error.h"
#include "count/NgramModel.h"
#include "count/NgramSentences.h"
#include "count/NgramSettings.h"
#include "count/NgramSmoothing.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Sentences = lengua::NgramModel::Sentences;
using Clock = std::chrono::steady_clock;

// Each line a sentence, split on white space (ASCII: the words themselves are kept as
// bytes); lines without a word are skipped. lowercase: the same case folding as the word
// tokenizer of the workspace (ICU simple case folding).
Sentences readSentences(const std::string& path, bool lowercase, const std::string& option)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError("--" + option + ": cannot open '" + path + "'");
    Sentences sentences;
    std::string line;
    std::string folded;
    while (std::getline(in, line)) {
        std::vector<std::string> words;
        appendLineWords(line, lowercase, words, folded);
        if (!words.empty())
            sentences.push_back(std::move(words));
    }
    if (in.bad())
        throw lengua::Error("--" + option + ": error while reading '" + path + "'");
    return sentences;
}

struct Request {
    std::string trainPath;
    std::string evalPath;
    lengua::NgramSettings settings;
    bool lowercase = false;
};

Request parse(const Arguments& arguments)
{
    const CommandLine line(arguments,
                           {"train", "eval", "order", "smoothing", "k", "discount", "min-count"},
                           {"lowercase"});
    Request request;
    request.trainPath = line.required("train");
    request.evalPath = line.required("eval");
    const std::string order = line.required("order");
    if (order != "1" && order != "2" && order != "3" && order != "4" && order != "5")
        throw lengua::Error("--order must be between 1 and 5, not '" + order + "'");
    request.settings.order = std::stoi(order);
    const std::string smoothing = line.required("smoothing");
    const auto parsed = lengua::parseNgramSmoothing(smoothing);
    if (!parsed)
        throw lengua::Error("unknown --smoothing '" + smoothing
                            + "' (mle, addk, interp, backoff, kn, mkn)");
    request.settings.smoothing = *parsed;
    request.settings.k = numberOption(line, "k", 0.01, 0.0, 1e9);
    if (!(request.settings.k > 0.0))
        throw lengua::Error("--k must be greater than 0");
    request.settings.discount = numberOption(line, "discount", 0.75, 0.0, 1.0);
    if (!(request.settings.discount > 0.0 && request.settings.discount < 1.0))
        throw lengua::Error("--discount must be in (0, 1), not " + line.value("discount"));
    request.settings.minCount = wholeNumberOption(line, "min-count", 1, 1);
    request.lowercase = line.has("lowercase");
    request.settings.validate();
    return request;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

int run(const Request& request)
{
    const auto readStart = Clock::now();
    const Sentences eval = readSentences(request.evalPath, request.lowercase, "eval");
    Sentences training = readSentences(request.trainPath, request.lowercase, "train");
    if (eval.empty())
        throw UsageError("--eval: '" + request.evalPath + "' holds no sentence (no line with a word)");
    if (training.empty())
        throw lengua::Error("--train: '" + request.trainPath + "' holds no sentence (no line with a word)");

    const double readSeconds = secondsSince(readStart);
    const auto start = Clock::now();
    std::shared_ptr<const lengua::NgramModel> model;
    std::size_t tuningSentences = 0;
    if (request.settings.smoothing == lengua::NgramSmoothing::Interpolated) {
        // The usage text's rule: the λ are tuned on the last 10% of the training lines.
        lengua::NgramSentences::Split split = lengua::NgramSentences::split(std::move(training), 0.1);
        tuningSentences = split.heldOut.size();
        model = lengua::NgramModel::train(split.training, request.settings, split.heldOut);
    } else {
        model = lengua::NgramModel::train(training, request.settings);
    }
    const double trainSeconds = secondsSince(start);
    const auto evalStart = Clock::now();
    const lengua::PerplexityReport report = model->perplexity(eval);
    const double evalSeconds = secondsSince(evalStart);

    nlohmann::json out = {
        {"order", model->settings().order},
        {"smoothing", lengua::ngramSmoothingName(model->settings().smoothing)},
        {"vocab", model->vocabulary().size()},
        {"ngrams", model->distinctNgrams()},
        {"training_tokens", model->trainingTokens()},
        {"sentences", report.sentences},
        {"tokens", report.tokens},
        {"unknown_tokens", report.unknownTokens},
        {"oov_rate", report.oovRate()},
        {"train_seconds", trainSeconds},
        {"eval_seconds", evalSeconds},
        {"read_seconds", readSeconds}, // reading and splitting the files, not in seconds
        {"seconds", trainSeconds + evalSeconds},
    };
    nlohmann::json ngramsByOrder = nlohmann::json::array();
    for (int n = 1; n <= model->settings().order; ++n)
        ngramsByOrder.push_back(model->distinctNgrams(n));
    out["ngrams_by_order"] = std::move(ngramsByOrder);
    // JSON has no infinity: an infinite perplexity (MLE with an unseen n-gram) is null,
    // with the count of zero-probability tokens and a note saying why.
    if (std::isfinite(report.perplexity)) {
        out["perplexity"] = report.perplexity;
        out["cross_entropy_bits"] = report.crossEntropyBits;
    } else {
        out["perplexity"] = nullptr;
        out["cross_entropy_bits"] = nullptr;
        out["note"] = "the perplexity is infinite: " + std::to_string(report.zeroProbabilityTokens)
            + " held-out tokens have probability 0 (MLE gives unseen n-grams none; use a "
              "smoothed estimator)";
    }
    out["zero_probability_tokens"] = report.zeroProbabilityTokens;
    if (request.settings.smoothing == lengua::NgramSmoothing::Interpolated) {
        out["lambdas"] = model->lambdas();
        out["tuning_sentences"] = tuningSentences;
    }
    if (request.settings.smoothing == lengua::NgramSmoothing::StupidBackoff)
        out["note"] = "stupid backoff gives scores, not probabilities: its perplexity is not "
                      "comparable with the other estimators'";
    printJson(out);
    return 0;
}

} // namespace

int ngramCommand(const Arguments& arguments)
{
    return runCommand<Request>(arguments, parse, run);
}
