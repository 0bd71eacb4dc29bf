// lengua-cli word2vec, ppmi-svd and evaluate: word vectors trained on a file of sentences
// (one a line, words split on white space) and written in the word2vec format, and word
// vectors scored on word-similarity ratings or analogy questions. Mistakes in the command
// line (options, numbers, files that cannot be opened) are usage errors, exit status 2;
// anything the engine refuses later (a bad vector file, an empty vocabulary) is status 1.
#include "Commands.h"
#include "CommandLine.h"
#include "JsonOutput.h"
#include "ModelOptions.h"
#include "SentenceWords.h"
#include "UsageError.h"

#include "core/Error.h"
#include "embed/AnalogyEvaluation.h"
#include "embed/PpmiSvd.h"
#include "embed/SimilarityEvaluation.h"
#include "embed/Word2VecTrainer.h"
#include "embed/WordVectorFile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Sentences = std::vector<std::vector<std::string>>;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The whole file in one read: the word2vec benchmark reads the corpus as gensim's
// LineSentence does, and the reading must not dominate the training.
std::string readFile(const std::string& path, const std::string& option)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
    if (!file)
        throw UsageError("--" + option + ": cannot open '" + path + "'");
    std::string bytes;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0)
        bytes.append(buffer, n);
    if (std::ferror(file.get()))
        throw lengua::Error("--" + option + ": error while reading '" + path + "'");
    return bytes;
}

// Each line a sentence, split on white space; lines without a word are skipped.
Sentences readSentences(const std::string& path, bool lowercase)
{
    const std::string bytes = readFile(path, "input");
    Sentences sentences;
    std::vector<std::string> words;
    std::string folded;
    std::string_view rest(bytes);
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find('\n'), rest.size());
        appendLineWords(rest.substr(0, end), lowercase, words, folded);
        if (!words.empty()) {
            sentences.push_back(std::move(words));
            words.clear();
        }
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    if (sentences.empty())
        throw lengua::Error("--input: '" + path + "' holds no sentence (no line with a word)");
    return sentences;
}

void requireWritable(const std::string& path)
{
    // Fail before training rather than after it, leaving no empty file behind.
    std::error_code error;
    const bool existed = std::filesystem::exists(path, error);
    {
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "ab"), std::fclose);
        if (!file)
            throw UsageError("--output: cannot write '" + path + "'");
    }
    if (!existed)
        std::filesystem::remove(path, error);
}

// What word2vec and ppmi-svd share: the sentences they train on and the vector file they write.
struct VectorFiles {
    std::string input;
    std::string output;
    bool lowercase = false;
    bool binary = false;
};

VectorFiles parseVectorFiles(const CommandLine& line)
{
    VectorFiles files;
    files.input = line.required("input");
    files.output = line.required("output");
    files.lowercase = line.has("lowercase");
    files.binary = line.has("binary");
    return files;
}

// The sentences of --input, once --output is known to be writable; seconds: the reading.
Sentences readTrainingSentences(const VectorFiles& files, double& seconds)
{
    requireWritable(files.output);
    const auto start = Clock::now();
    Sentences sentences = readSentences(files.input, files.lowercase);
    seconds = secondsSince(start);
    return sentences;
}

template <typename Settings>
struct TrainingRequest {
    VectorFiles files;
    Settings settings;
};

// Writes the vectors to --output and adds "output", "format" and "write_seconds" to out.
void writeTrainedVectors(const lengua::WordVectors& vectors, const VectorFiles& files,
                         nlohmann::json& out)
{
    const auto start = Clock::now();
    lengua::WordVectorFile::write(vectors, files.output,
                                  files.binary ? lengua::WordVectorFormat::Word2VecBinary
                                               : lengua::WordVectorFormat::Word2VecText);
    out["write_seconds"] = secondsSince(start);
    out["output"] = files.output;
    out["format"] = files.binary ? "word2vec-binary" : "word2vec-text";
}

// ---- word2vec ----------------------------------------------------------------------------

using Word2VecRequest = TrainingRequest<lengua::Word2VecSettings>;

Word2VecRequest parseWord2Vec(const Arguments& arguments)
{
    const CommandLine line(arguments,
                           {"input", "output", "model", "dim", "window", "negative", "min-count",
                            "sample", "epochs", "threads", "seed", "alpha"},
                           {"lowercase", "binary"});
    Word2VecRequest request;
    request.files = parseVectorFiles(line);
    auto& s = request.settings;
    const std::string model = line.value("model", "sg");
    if (model == "sg" || model == "skipgram" || model == "skip-gram")
        s.model = lengua::Word2VecModel::SkipGram;
    else if (model == "cbow")
        s.model = lengua::Word2VecModel::Cbow;
    else
        throw lengua::Error("unknown --model '" + model + "' (sg, cbow)");
    s.dimension = intOption(line, "dim", 100, 1, 10000);
    s.window = intOption(line, "window", 5, 1, 100);
    s.negative = intOption(line, "negative", 5, 1, 100);
    s.minCount = wholeNumberOption(line, "min-count", 5, 1);
    s.sample = numberOption(line, "sample", 1e-3, 0.0, 0.999999);
    s.epochs = intOption(line, "epochs", 5, 1, 10000);
    s.threads = intOption(line, "threads", 1, 1, 256);
    s.seed = wholeNumberOption(line, "seed", 1, 0);
    s.learningRate = numberOption(line, "alpha", 0.0, 0.0, 10.0);
    s.validate();
    return request;
}

int runWord2Vec(const Word2VecRequest& request)
{
    double readSeconds = 0.0;
    const Sentences sentences = readTrainingSentences(request.files, readSeconds);

    const auto trainStart = Clock::now();
    const lengua::Word2VecResult result = lengua::Word2VecTrainer(request.settings).train(sentences);
    const double trainSeconds = secondsSince(trainStart);

    nlohmann::json losses = nlohmann::json::array();
    for (const auto& epoch : result.epochs)
        losses.push_back(epoch.loss);
    nlohmann::json out = {
        {"model", lengua::Word2VecSettings::modelName(request.settings.model)},
        {"dim", request.settings.dimension},
        {"window", request.settings.window},
        {"negative", request.settings.negative},
        {"min_count", request.settings.minCount},
        {"sample", request.settings.sample},
        {"alpha", request.settings.initialLearningRate()},
        {"epochs", request.settings.epochs},
        {"threads", request.settings.threads},
        {"seed", request.settings.seed},
        {"sentences", sentences.size()},
        {"vocab", result.vocabulary.size()},
        {"words", result.corpusWordsPerEpoch},
        {"trained_words", result.trainedWordsPerEpoch},
        {"words_per_second", result.wordsPerSecond},
        {"final_loss", result.finalLoss()},
        {"epoch_losses", losses},
        {"seconds", result.seconds}, // training only (vocabulary included), as gensim reports it
        {"train_seconds", trainSeconds},
        {"read_seconds", readSeconds}, // reading and splitting the input, not in seconds
    };
    writeTrainedVectors(lengua::WordVectors(result.vocabulary.words(), result.vectors.t()),
                        request.files, out);
    printJson(out);
    return 0;
}

// ---- ppmi-svd ----------------------------------------------------------------------------

using PpmiSvdRequest = TrainingRequest<lengua::PpmiSvdSettings>;

PpmiSvdRequest parsePpmiSvd(const Arguments& arguments)
{
    const CommandLine line(arguments,
                           {"input", "output", "dim", "window", "min-count", "max-vocab", "alpha",
                            "power", "seed"},
                           {"lowercase", "binary"});
    PpmiSvdRequest request;
    request.files = parseVectorFiles(line);
    auto& s = request.settings;
    s.dimension = intOption(line, "dim", 100, 1, 10000);
    s.window = intOption(line, "window", 5, 1, 10);
    s.minCount = wholeNumberOption(line, "min-count", 5, 1);
    s.maxVocabulary = wholeNumberOption(line, "max-vocab", 50000, 0);
    s.contextSmoothing = numberOption(line, "alpha", 0.75, 0.0, 1.0);
    s.eigenvaluePower = numberOption(line, "power", 0.5, 0.0, 1.0);
    s.seed = wholeNumberOption(line, "seed", 1, 0);
    s.validate();
    return request;
}

int runPpmiSvd(const PpmiSvdRequest& request)
{
    double readSeconds = 0.0;
    const Sentences sentences = readTrainingSentences(request.files, readSeconds);

    const lengua::PpmiSvdResult result = lengua::PpmiSvd::train(sentences, request.settings);
    std::uint64_t words = 0;
    for (const auto& sentence : sentences)
        words += sentence.size();
    nlohmann::json out = {
        {"dim", request.settings.dimension},
        {"window", request.settings.window},
        {"min_count", request.settings.minCount},
        {"alpha", request.settings.contextSmoothing},
        {"power", request.settings.eigenvaluePower},
        {"sentences", sentences.size()},
        {"words", words},
        {"vocab", result.words.size()},
        {"singular_values", std::vector<double>(result.singularValues.begin(), result.singularValues.end())},
        {"seconds", result.seconds},
        {"read_seconds", readSeconds},
    };
    writeTrainedVectors(lengua::WordVectors(result.words, result.vectors), request.files, out);
    printJson(out);
    return 0;
}

// ---- evaluate ----------------------------------------------------------------------------

struct EvaluateRequest {
    std::string vectors;
    std::string similarity;
    std::string analogies;
    lengua::AnalogyMethod method = lengua::AnalogyMethod::CosAdd;
    std::optional<std::size_t> limit; // the words searched; the default depends on the task
    bool caseSensitive = false;
};

EvaluateRequest parseEvaluate(const Arguments& arguments)
{
    const CommandLine line(arguments, {"vectors", "similarity", "analogies", "method", "limit"},
                           {"case-sensitive"});
    EvaluateRequest request;
    request.vectors = line.required("vectors");
    request.similarity = line.value("similarity");
    request.analogies = line.value("analogies");
    if (request.similarity.empty() == request.analogies.empty())
        throw lengua::Error("give one of --similarity FILE or --analogies FILE");
    const std::string method = line.value("method", "cosadd");
    if (method == "cosadd")
        request.method = lengua::AnalogyMethod::CosAdd;
    else if (method == "cosmul")
        request.method = lengua::AnalogyMethod::CosMul;
    else
        throw lengua::Error("unknown --method '" + method + "' (cosadd, cosmul)");
    if (line.has("limit"))
        request.limit = wholeNumberOption(line, "limit", 0, 0);
    request.caseSensitive = line.has("case-sensitive");
    return request;
}

// JSON has no NaN: an undefined figure (no covered pair or question) is null.
nlohmann::json number(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

nlohmann::json scoreJson(const lengua::AnalogyScore& score)
{
    return {{"name", score.name},         {"questions", score.questions},
            {"covered", score.covered},   {"correct", score.correct},
            {"accuracy", number(score.accuracy())}, {"coverage", score.coverage()}};
}

// gensim's restrict_vocab: 300,000 in evaluate_word_pairs, 30,000 for analogies (its
// accuracy() and Mikolov's compute-accuracy; see AnalogyEvaluation.h).
constexpr std::size_t kSimilaritySearchLimit = 300000;

int runEvaluate(const EvaluateRequest& request)
{
    const std::size_t limit = request.limit.value_or(
        request.similarity.empty() ? lengua::AnalogyEvaluation::defaultSearchLimit : kSimilaritySearchLimit);
    const auto readStart = Clock::now();
    const lengua::WordVectors vectors = lengua::WordVectorFile::read(request.vectors);
    const double readSeconds = secondsSince(readStart);
    const auto start = Clock::now();
    nlohmann::json out = {{"vectors", request.vectors}, {"vocab", vectors.size()},
                          {"dim", vectors.dimension()}, {"lowercase", !request.caseSensitive},
                          {"limit", limit}};
    if (!request.similarity.empty()) {
        const auto pairs = lengua::SimilarityEvaluation::readPairs(request.similarity);
        const lengua::SimilarityReport report = lengua::SimilarityEvaluation::evaluate(
            vectors, pairs, !request.caseSensitive, limit);
        out["task"] = "similarity";
        out["spearman"] = number(report.spearman);
        out["pearson"] = number(report.pearson);
        out["pairs"] = report.pairs;
        out["covered"] = report.covered;
        out["coverage"] = report.coverage();
    } else {
        const auto questions = lengua::AnalogyEvaluation::readQuestions(request.analogies);
        const lengua::AnalogyReport report = lengua::AnalogyEvaluation::evaluate(
            vectors, questions, request.method, limit, !request.caseSensitive);
        out["task"] = "analogies";
        out["method"] = request.method == lengua::AnalogyMethod::CosMul ? "cosmul" : "cosadd";
        out["accuracy"] = number(report.total.accuracy());
        out["coverage"] = report.total.coverage();
        out["questions"] = report.total.questions;
        out["covered"] = report.total.covered;
        out["correct"] = report.total.correct;
        out["semantic"] = scoreJson(report.semantic);
        out["syntactic"] = scoreJson(report.syntactic);
        out["search_rows"] = report.searchRows;
        nlohmann::json sections = nlohmann::json::array();
        for (const auto& section : report.sections)
            sections.push_back(scoreJson(section));
        out["sections"] = std::move(sections);
    }
    out["seconds"] = secondsSince(start);
    out["read_seconds"] = readSeconds;
    printJson(out);
    return 0;
}

} // namespace

int word2vecCommand(const Arguments& arguments)
{
    return runCommand<Word2VecRequest>(arguments, parseWord2Vec, runWord2Vec);
}

int ppmiSvdCommand(const Arguments& arguments)
{
    return runCommand<PpmiSvdRequest>(arguments, parsePpmiSvd, runPpmiSvd);
}

int evaluateCommand(const Arguments& arguments)
{
    return runCommand<EvaluateRequest>(arguments, parseEvaluate, runEvaluate);
}
