// gpt-train, generate and inspect: the GPT of the neural core from the command line.
#include "Commands.h"
#include "CorpusInput.h"
#include "JsonOutput.h"
#include "ModelOptions.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "generate/Generator.h"
#include "generate/NextTokenDistribution.h"
#include "models/Gpt.h"
#include "models/Gpt2Checkpoint.h"
#include "models/GptTrainer.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/TokenizerFile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <numeric>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The model folder's GPT and its tokenizer (both required for text in and out).
lengua::Gpt2Checkpoint loadModel(const CommandLine& line)
{
    lengua::Gpt2Checkpoint checkpoint = lengua::Gpt2Checkpoint::importFrom(line.required("model"));
    if (!checkpoint.tokenizer)
        throw lengua::Error(line.required("model")
                            + ": has no vocab.json + merges.txt, so text cannot be tokenized");
    return checkpoint;
}

} // namespace

int gptTrainCommand(const Arguments& arguments)
{
    std::set<std::string> options = corpusInputOptions();
    options.insert({"tokenizer", "layers", "heads", "embd", "block", "batch", "steps", "lr", "seed",
                    "threads", "output", "validation", "dump-tokens"});
    const CommandLine line(arguments, options, {});
    const auto start = Clock::now();
    if (line.has("threads"))
        setBlasThreads(int(wholeNumberOption(line, "threads", 1)));

    const std::unique_ptr<lengua::Tokenizer> tokenizer
        = lengua::TokenizerFile::load(line.required("tokenizer"));
    const std::string output = line.required("output");
    lengua::JobContext context;
    const lengua::Corpus corpus = readCorpusInput(line, context);

    // One token stream: the documents in order, separated by the end-of-text token
    // when the tokenizer has one (GPT-2's <|endoftext|>).
    const auto endOfText = tokenizer->vocabulary().find("<|endoftext|>");
    std::vector<lengua::TokenId> tokens;
    for (const auto& document : corpus.documents) {
        const lengua::Encoding encoding = tokenizer->encode(document.text);
        tokens.insert(tokens.end(), encoding.ids.begin(), encoding.ids.end());
        if (endOfText)
            tokens.push_back(*endOfText);
    }

    // The benchmark's PyTorch peer trains on exactly these ids (bench/peer_gpt_torch.py).
    if (line.has("dump-tokens")) {
        std::ofstream dump(line.value("dump-tokens"), std::ios::binary);
        for (const lengua::TokenId id : tokens) {
            const std::int32_t value = id; // int32, little-endian on every platform we build for
            dump.write(reinterpret_cast<const char*>(&value), sizeof value);
        }
        if (!dump)
            throw lengua::Error("--dump-tokens: cannot write " + line.value("dump-tokens"));
    }

    lengua::GptConfig config;
    config.vocabularySize = tokenizer->vocabulary().size();
    config.contextLength = wholeNumberOption(line, "block", 128);
    config.layers = wholeNumberOption(line, "layers", 4);
    config.heads = wholeNumberOption(line, "heads", 4);
    config.channels = wholeNumberOption(line, "embd", 128);
    config.seed = static_cast<std::uint32_t>(wholeNumberOption(line, "seed", 1337, 0));
    lengua::Gpt gpt(config);

    lengua::GptTrainingSettings settings;
    settings.steps = wholeNumberOption(line, "steps", 1000);
    settings.batchSize = wholeNumberOption(line, "batch", 16);
    settings.sequenceLength = config.contextLength;
    settings.maxLearningRate = float(numberOption(line, "lr", 3e-4, 1e-8, 10.0));
    settings.minLearningRate = settings.maxLearningRate / 10.0f;
    settings.warmupSteps = std::min<std::size_t>(100, settings.steps / 10);
    settings.validationFraction = numberOption(line, "validation", 0.1, 0.0, 0.5);
    settings.evaluateEvery = std::max<std::size_t>(1, settings.steps / 10);
    settings.seed = config.seed;

    double tokensPerSecond = 0.0;
    lengua::GptTrainingCallbacks callbacks;
    callbacks.onPoint = [&](const lengua::TrainingPoint& point) { tokensPerSecond = point.tokensPerSecond; };
    const lengua::GptTrainingResult result
        = lengua::GptTrainer::train(gpt, tokens, settings, context, callbacks);
    lengua::Gpt2Checkpoint::exportTo(gpt, output, dynamic_cast<const lengua::ByteLevelBpe*>(tokenizer.get()));

    nlohmann::json out = {
        {"params", gpt.parameterCount()},
        {"tokens", tokens.size()},
        {"steps", result.completedSteps},
        {"tokens_per_second", tokensPerSecond},
        {"final_train_loss", result.lastTrainLoss ? nlohmann::json(*result.lastTrainLoss) : nlohmann::json()},
        {"final_val_loss", result.validationLoss ? nlohmann::json(*result.validationLoss) : nlohmann::json()},
        {"val_perplexity", result.validationPerplexity ? nlohmann::json(*result.validationPerplexity) : nlohmann::json()},
        {"output", output},
        {"seconds", secondsSince(start)},
    };
    printJson(out);
    return 0;
}

int generateCommand(const Arguments& arguments)
{
    const CommandLine line(arguments, {"model", "prompt", "max-new-tokens", "temperature", "top-k",
                                       "top-p", "seed", "threads"}, {"greedy"});
    // One token at a time, the products are matrix-vector ones of at most V x C: too small
    // to split across threads (waking a BLAS thread per product costs more than it saves,
    // and on a busy machine it waits for a core), so one BLAS thread unless asked.
    setBlasThreads(int(wholeNumberOption(line, "threads", 1)));
    const lengua::Gpt2Checkpoint checkpoint = loadModel(line);
    const std::string prompt = line.required("prompt");
    const lengua::Encoding encoding = checkpoint.tokenizer->encode(prompt);
    if (encoding.ids.empty())
        throw lengua::Error("--prompt is empty");

    lengua::SamplingSettings settings;
    settings.temperature = numberOption(line, "temperature", 1.0, 0.0, 2.0);
    settings.strategy = line.has("greedy") || settings.temperature == 0.0
                            ? lengua::SamplingStrategy::Greedy
                            : lengua::SamplingStrategy::Sample;
    settings.topK = wholeNumberOption(line, "top-k", 0, 0);
    settings.topP = numberOption(line, "top-p", 1.0, 0.0, 1.0);
    settings.seed = wholeNumberOption(line, "seed", 42, 0);
    settings.maxNewTokens = wholeNumberOption(line, "max-new-tokens", 50);
    settings.validate();

    lengua::JobContext context;
    const auto start = Clock::now();
    const lengua::GenerationResult result
        = lengua::Generator::generate(*checkpoint.model, encoding.ids, settings, context);
    const double seconds = secondsSince(start);
    printJson({
        {"text", checkpoint.tokenizer->decode(result.tokens)}, // the continuation
        {"full_text", prompt + checkpoint.tokenizer->decode(result.tokens)},
        {"token_ids", result.tokens},
        {"prompt_tokens", encoding.ids.size()},
        {"tokens_per_second", seconds > 0 ? double(result.tokens.size()) / seconds : 0.0},
        {"seconds", seconds},
    });
    return 0;
}

int inspectCommand(const Arguments& arguments)
{
    const CommandLine line(arguments, {"model", "text", "attention-layer", "attention-head", "threads"}, {});
    if (line.has("threads"))
        setBlasThreads(int(wholeNumberOption(line, "threads", 1)));
    lengua::Gpt2Checkpoint checkpoint = loadModel(line);
    lengua::Gpt& gpt = *checkpoint.model;
    const lengua::Encoding encoding = checkpoint.tokenizer->encode(line.required("text"));
    if (encoding.ids.empty())
        throw lengua::Error("--text is empty");
    // The last contextLength tokens, as generation would see them.
    const std::size_t keep = std::min(encoding.ids.size(), gpt.contextLength());
    const std::span<const lengua::TokenId> ids(encoding.ids.data() + encoding.ids.size() - keep, keep);
    const arma::fmat& logits = gpt.forward(ids, 1, keep); // (V, T)

    // Log-probabilities of the next token, in double (log-sum-exp).
    const arma::fvec last = logits.col(keep - 1);
    const double maximum = last.max();
    double sum = 0.0;
    for (const float value : last)
        sum += std::exp(double(value) - maximum);
    const double logSum = maximum + std::log(sum);
    std::vector<lengua::TokenId> order(last.n_elem);
    std::iota(order.begin(), order.end(), 0);
    const std::size_t top = std::min<std::size_t>(10, order.size());
    std::partial_sort(order.begin(), order.begin() + long(top), order.end(),
                      [&](lengua::TokenId a, lengua::TokenId b) {
                          return last(arma::uword(a)) != last(arma::uword(b))
                                     ? last(arma::uword(a)) > last(arma::uword(b))
                                     : a < b;
                      });
    nlohmann::json next = nlohmann::json::array();
    for (std::size_t i = 0; i < top; ++i) {
        const lengua::TokenId id = order[i];
        next.push_back({{"id", id},
                        {"token", checkpoint.tokenizer->decode(std::span<const lengua::TokenId>(&order[i], 1))},
                        {"logprob", double(last(arma::uword(id))) - logSum}});
    }
    std::vector<std::string> tokens;
    for (const lengua::TokenId id : ids)
        tokens.push_back(checkpoint.tokenizer->vocabulary().token(id));

    nlohmann::json out = {
        {"token_ids", std::vector<lengua::TokenId>(ids.begin(), ids.end())},
        {"tokens", tokens},
        {"next_token_top", next},
        {"attention", {{"layers", gpt.blockCount()}, {"heads", gpt.config().heads}}},
    };
    if (line.has("attention-layer") || line.has("attention-head")) {
        const std::size_t layer = wholeNumberOption(line, "attention-layer", 0, 0);
        const std::size_t head = wholeNumberOption(line, "attention-head", 0, 0);
        if (layer >= gpt.blockCount() || head >= gpt.config().heads)
            throw lengua::Error("--attention-layer must be below " + std::to_string(gpt.blockCount())
                                + " and --attention-head below " + std::to_string(gpt.config().heads));
        // P(j, i): how much query i attends to key j; row i of the output is query i.
        const arma::fmat p = gpt.block(layer).attention().attentionProbabilities(head, 0);
        nlohmann::json matrix = nlohmann::json::array();
        for (arma::uword i = 0; i < p.n_cols; ++i) {
            std::vector<float> row(p.n_rows);
            for (arma::uword j = 0; j < p.n_rows; ++j)
                row[j] = p(j, i);
            matrix.push_back(row);
        }
        out["attention_matrix"] = matrix;
    }
    printJson(out);
    return 0;
}
