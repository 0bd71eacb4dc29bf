#include "ModelStore.h"

#include "DamagedWorkspace.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "StoredRows.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/Safetensors.h"
#include "count/NgramLanguageModel.h"
#include "count/NgramModel.h"
#include "count/NgramModelCodec.h"
#include "models/Gpt.h"
#include "models/Gpt2TensorLayout.h"
#include "tokenize/TokenizerFile.h"
#include "tokenize/WordLevelTokenizer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_set>

namespace lengua {
namespace {

using Json = nlohmann::json;

// Bounds on each hyperparameter read from a file, far above any model a laptop
// trains or opens (GPT-2 XL: V 50257, maxT 1024, L 48, NH 25, C 1600), so that
// the parameter count cannot overflow before it is checked against the blob.
constexpr std::size_t maxVocabulary = std::size_t(1) << 22;
constexpr std::size_t maxOther = std::size_t(1) << 16;

using Slot = Gpt2TensorLayout::Tensor;
constexpr auto shapeText = &Gpt2TensorLayout::shapeText;

std::size_t sizeField(const Json& json, const char* key, std::size_t maximum,
                      const std::string& name, bool allowZero = false)
{
    const auto found = json.find(key);
    if (found == json.end())
        throw Error(name + ": the model's configuration has no \"" + key + "\"");
    if (!found->is_number_unsigned() && !(found->is_number_integer() && found->get<std::int64_t>() >= 0))
        throw Error(name + ": the model's \"" + key + "\" is " + found->dump()
                    + ", not a whole number");
    const std::uint64_t value = found->get<std::uint64_t>();
    if ((!allowZero && value == 0) || value > maximum)
        throw Error(name + ": the model's \"" + key + "\" is " + std::to_string(value)
                    + ", outside 1 .. " + std::to_string(maximum));
    return std::size_t(value);
}

std::string modelKind(const NamedLanguageModel& model)
{
    return model.kind.empty() ? std::string("gpt") : model.kind;
}

// An n-gram row's tokenizer must be the word tokenizer over the model's own vocabulary
// (same words, same ids), or prompts would be scored with the wrong ids.
void checkNgramTokenizer(const Tokenizer& tokenizer, const NgramModel& model, const std::string& name)
{
    const auto* word = dynamic_cast<const WordLevelTokenizer*>(&tokenizer);
    if (!word)
        throw Error(name + " is an n-gram model with a \"" + tokenizer.kind()
                    + "\" tokenizer, not a word tokenizer");
    const std::vector<std::string>& tokens = word->vocabulary().tokens();
    const std::vector<std::string>& words = model.vocabulary().words();
    if (tokens.size() != words.size())
        throw Error(name + " has a tokenizer of " + std::to_string(tokens.size())
                    + " tokens for an n-gram vocabulary of " + std::to_string(words.size()));
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (tokens[i] != words[i])
            throw Error(name + " has a tokenizer whose token " + std::to_string(i) + " is \""
                        + tokens[i] + "\", but the n-gram vocabulary's is \"" + words[i] + "\"");
    }
    if (word->unknownId() != NgramVocabulary::unknownId)
        throw Error(name + " has a tokenizer whose unknown token is not the n-gram <unk>");
}

// kind "ngram": reads the rest of the row (config, tokenizer, history, weights) into model.
void readNgram(NamedLanguageModel& model, SqliteStatement& select, const std::string& name)
{
    const NgramModelCodec::Config config = NgramModelCodec::configFromJson(select.columnText(5), name);
    std::shared_ptr<const Tokenizer> tokenizer
        = TokenizerFile::parseJson(select.columnText(6), "the tokenizer of " + name);
    model.history = ModelStore::historyFromJson(select.columnText(7), name);
    std::shared_ptr<const NgramModel> ngram = NgramModelCodec::fromBytes(select.columnBlob(8), config, name);
    checkNgramTokenizer(*tokenizer, *ngram, name);
    model.gpt = nullptr;
    model.model = std::move(ngram);
    model.tokenizer = std::move(tokenizer);
}

} // namespace

std::string ModelStore::configToJson(const GptConfig& config)
{
    Json json = {{"vocab_size", config.vocabularySize}, {"context_length", config.contextLength},
                 {"layers", config.layers},             {"heads", config.heads},
                 {"channels", config.channels},         {"dropout", config.dropout},
                 {"seed", config.seed}};
    return json.dump();
}

GptConfig ModelStore::configFromJson(const std::string& text, const std::string& name)
{
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(name + ": the model's configuration is not a JSON object");
    GptConfig config;
    config.vocabularySize = sizeField(json, "vocab_size", maxVocabulary, name);
    config.contextLength = sizeField(json, "context_length", maxOther, name);
    config.layers = sizeField(json, "layers", maxOther, name);
    config.heads = sizeField(json, "heads", maxOther, name);
    config.channels = sizeField(json, "channels", maxOther, name);
    config.seed = std::uint32_t(sizeField(json, "seed", std::numeric_limits<std::uint32_t>::max(),
                                          name, true));
    const auto dropout = json.find("dropout");
    if (dropout == json.end() || !dropout->is_number())
        throw Error(name + ": the model's \"dropout\" is missing or not a number");
    const double rate = dropout->get<double>();
    if (!(rate >= 0.0 && rate < 1.0))
        throw Error(name + ": the model's dropout " + dropout->dump() + " is outside [0, 1)");
    config.dropout = float(rate);
    if (config.channels % config.heads != 0)
        throw Error(name + ": the model's " + std::to_string(config.channels)
                    + " channels cannot be split into " + std::to_string(config.heads)
                    + " heads");
    return config;
}

std::string ModelStore::historyToJson(const std::vector<TrainingPoint>& history)
{
    Json json = Json::array();
    for (const TrainingPoint& point : history) {
        json.push_back({point.step, point.trainLoss,
                        point.validationLoss ? Json(*point.validationLoss) : Json(nullptr),
                        point.learningRate, point.tokensPerSecond});
    }
    return json.dump();
}

std::vector<TrainingPoint> ModelStore::historyFromJson(const std::string& text,
                                                       const std::string& name)
{
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_array())
        throw Error(name + ": the model's training history is not a JSON array");
    std::vector<TrainingPoint> history;
    history.reserve(json.size());
    for (const Json& row : json) {
        const std::string where = name + ": point " + std::to_string(history.size() + 1)
            + " of the model's training history ";
        if (!row.is_array() || row.size() != 5)
            throw Error(where + "is not [step, train, validation, rate, tokens/s]");
        if (!row[0].is_number_unsigned())
            throw Error(where + "has no whole step number");
        for (int i : {1, 3, 4}) {
            if (!row[i].is_number())
                throw Error(where + "has a value that is not a number");
        }
        if (!row[2].is_null() && !row[2].is_number())
            throw Error(where + "has a validation loss that is not a number");
        TrainingPoint point;
        point.step = row[0].get<std::size_t>();
        point.trainLoss = row[1].get<float>();
        if (row[2].is_number())
            point.validationLoss = row[2].get<float>();
        point.learningRate = row[3].get<float>();
        point.tokensPerSecond = row[4].get<double>();
        history.push_back(point);
    }
    return history;
}

std::string ModelStore::gptWeights(const Gpt& gpt)
{
    const std::map<std::string, SafetensorsTensor> tensors = Gpt2TensorLayout::copyOf(gpt);
    return Safetensors::toBytes(tensors, {{"format", "pt"}});
}

std::unique_ptr<Gpt> ModelStore::gptFromWeights(const GptConfig& config, std::string_view bytes,
                                                const std::string& name)
{
    // Parsed (and so bounded by the blob's size) before the model is allocated.
    Safetensors file = Safetensors::fromBytes(bytes, name + " (weights)");
    if (!file.skippedTensors().empty()) // Lengua writes F32 only
        throw Error(name + ": the weights hold tensor \"" + file.skippedTensors().begin()->first
                    + "\" of dtype " + file.skippedTensors().begin()->second
                    + ", which Lengua never writes");
    std::size_t stored = 0;
    for (const auto& [tensorName, tensor] : file.tensors())
        stored += tensor.data.size();
    const std::size_t expected = Gpt::parameterCount(config);
    if (stored != expected)
        throw Error(name + ": the weights hold " + std::to_string(stored) + " values, but a GPT of "
                    + std::to_string(config.layers) + " layers, " + std::to_string(config.channels)
                    + " dims, context " + std::to_string(config.contextLength) + " and "
                    + std::to_string(config.vocabularySize) + " tokens has "
                    + std::to_string(expected));

    auto gpt = std::make_unique<Gpt>(config, Gpt::Weights::Zero);
    const std::vector<Slot> slots = Gpt2TensorLayout::of(*gpt);
    std::unordered_set<std::string> known;
    for (const Slot& slot : slots) {
        known.insert(slot.name);
        const auto found = file.tensors().find(slot.name);
        if (found == file.tensors().end())
            throw Error(name + ": the weights have no tensor " + slot.name);
        const SafetensorsTensor& tensor = found->second;
        if (tensor.shape != slot.shape)
            throw Error(name + ": the tensor " + slot.name + " has shape " + shapeText(tensor.shape)
                        + ", the configuration needs " + shapeText(slot.shape));
        for (std::size_t i = 0; i < tensor.data.size(); ++i) {
            if (!std::isfinite(tensor.data[i]))
                throw Error(name + ": the tensor " + slot.name + " holds "
                            + (std::isnan(tensor.data[i]) ? "NaN" : "an infinite value")
                            + " at index " + std::to_string(i));
        }
        std::memcpy(slot.data, tensor.data.data(), tensor.data.size() * sizeof(float));
    }
    for (const auto& [tensorName, tensor] : file.tensors()) {
        if (!known.contains(tensorName))
            throw Error(name + ": the weights have an unexpected tensor " + tensorName);
    }
    return gpt;
}

bool ModelStore::save(SqliteDatabase& database, const std::vector<NamedLanguageModel>& models,
                      JobContext& context)
{
    std::unordered_set<std::string> wanted;
    for (const NamedLanguageModel& model : models)
        wanted.insert(model.id);
    const StoredRows stored = StoredRows::keepOnly(database, "models", wanted);
    SqliteStatement insert(database,
        "INSERT INTO models (id, position, name, kind, source_corpus_id, description, config,"
        " tokenizer, history, weights) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqliteStatement update(database,
        "UPDATE models SET position = ?2, name = ?3, source_corpus_id = ?5, description = ?6"
        " WHERE id = ?1");
    std::string weights; // the safetensors bytes of the model being inserted
    for (std::size_t i = 0; i < models.size(); ++i) {
        const NamedLanguageModel& model = models[i];
        context.throwIfStopped();
        const bool known = stored.contains(model.id);
        SqliteStatement& statement = known ? update : insert;
        statement.bind(1, model.id);
        statement.bind(2, static_cast<std::int64_t>(i));
        statement.bind(3, model.name);
        statement.bind(5, model.sourceCorpusId);
        statement.bind(6, model.description);
        if (!known && modelKind(model) == NgramLanguageModel::kind) {
            const auto* ngram = dynamic_cast<const NgramModel*>(model.model.get());
            if (!ngram)
                throw Error("ModelStore::save(): the model \"" + model.name
                            + "\" of kind \"ngram\" holds no n-gram model");
            if (!model.tokenizer)
                throw Error("ModelStore::save(): the model \"" + model.name + "\" has no tokenizer");
            checkNgramTokenizer(*model.tokenizer, *ngram,
                                "ModelStore::save(): the model \"" + model.name + "\"");
            context.reportProgress(1.0, "saving “" + model.name + "”");
            statement.bind(4, modelKind(model));
            statement.bind(7, NgramModelCodec::configToJson(*ngram));
            statement.bind(8, TokenizerFile::toJson(*model.tokenizer));
            statement.bind(9, historyToJson(model.history));
            weights = NgramModelCodec::toBytes(*ngram);
            statement.bindBlob(10, weights); // not copied: weights lives until run()
        } else if (!known) {
            if (modelKind(model) != "gpt" || !model.gpt)
                throw Error("ModelStore::save(): the model \"" + model.name + "\" of kind \""
                            + model.kind + "\" cannot be saved yet (only GPT and n-gram models)");
            if (!model.tokenizer)
                throw Error("ModelStore::save(): the model \"" + model.name + "\" has no tokenizer");
            context.reportProgress(1.0, "saving “" + model.name + "”");
            statement.bind(4, modelKind(model));
            statement.bind(7, configToJson(model.gpt->config()));
            statement.bind(8, TokenizerFile::toJson(*model.tokenizer));
            statement.bind(9, historyToJson(model.history));
            weights = gptWeights(*model.gpt);
            statement.bindBlob(10, weights); // not copied: weights lives until run()
        }
        statement.run();
    }
    return stored.removedAny();
}

std::vector<NamedLanguageModel> ModelStore::read(SqliteDatabase& database,
                                                 const std::string& fileName, JobContext& context)
{
    std::vector<NamedLanguageModel> models;
    SqliteStatement select(database,
        "SELECT id, name, kind, source_corpus_id, description, config, tokenizer, history,"
        " weights FROM models ORDER BY position, rowid");
    while (select.step()) {
        context.throwIfStopped();
        NamedLanguageModel model;
        model.id = select.columnText(0);
        model.name = select.columnText(1);
        model.kind = select.columnText(2);
        model.sourceCorpusId = select.columnText(3);
        model.description = select.columnText(4);
        const std::string name = "the model \"" + model.name + "\"";
        context.reportProgress(0.9, "reading “" + model.name + "”");
        try {
            if (model.kind == NgramLanguageModel::kind) {
                readNgram(model, select, name);
            } else {
                if (model.kind != "gpt")
                    throw Error(name + " is of kind \"" + model.kind
                                + "\", which this version of Lengua cannot read");
                const GptConfig config = configFromJson(select.columnText(5), name);
                std::shared_ptr<const Tokenizer> tokenizer
                    = TokenizerFile::parseJson(select.columnText(6), "the tokenizer of " + name);
                const std::size_t tokens = tokenizer->vocabulary().size();
                if (tokens == 0 || tokens > config.vocabularySize)
                    throw Error(name + " has a tokenizer of " + std::to_string(tokens)
                                + " tokens for a vocabulary of " + std::to_string(config.vocabularySize));
                model.history = historyFromJson(select.columnText(7), name);
                std::shared_ptr<const Gpt> gpt = gptFromWeights(config, select.columnBlob(8), name);
                model.gpt = gpt;
                model.model = gpt;
                model.tokenizer = std::move(tokenizer);
            }
        } catch (const Error& error) {
            throw damagedWorkspace(fileName, error.what());
        }
        models.push_back(std::move(model));
    }
    return models;
}

} // namespace lengua
