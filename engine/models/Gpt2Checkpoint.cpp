// GPT-2 checkpoints in the Hugging Face layout: config.json and model.safetensors mapped
// onto Gpt's flat parameter buffer, checked tensor by tensor.
#include "models/Gpt2Checkpoint.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "core/Safetensors.h"
#include "models/Gpt2TensorLayout.h"
#include "tokenize/BpeFiles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>

namespace lengua {

namespace {

namespace fs = std::filesystem;

using Slot = Gpt2TensorLayout::Tensor;
constexpr auto shapeText = &Gpt2TensorLayout::shapeText;

// "h.<digits>.attn.bias" or "h.<digits>.attn.masked_bias": the causal-mask buffers that
// older transformers versions saved; they hold no weights.
bool isMaskBuffer(const std::string& name)
{
    if (name.rfind("h.", 0) != 0)
        return false;
    std::size_t end = 2;
    while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end])))
        ++end;
    if (end == 2)
        return false;
    const std::string rest = name.substr(end);
    return rest == ".attn.bias" || rest == ".attn.masked_bias";
}

nlohmann::json readJson(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + ": cannot be opened");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(path.string() + ": is not a JSON object");
    return json;
}

// The first of keys present in config (GPT-2's configs have used two spellings), as a
// positive whole number; nullopt when none is present.
std::optional<std::size_t> sizeField(const nlohmann::json& config, const std::string& file,
                                     std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        auto found = config.find(key);
        if (found == config.end() || found->is_null())
            continue;
        if (!found->is_number_integer() || found->get<std::int64_t>() <= 0)
            throw Error(file + ": \"" + key + "\" is " + found->dump()
                        + ", expected a positive whole number");
        return std::size_t(found->get<std::int64_t>());
    }
    return std::nullopt;
}

std::size_t requiredSizeField(const nlohmann::json& config, const std::string& file,
                              std::initializer_list<const char*> keys)
{
    if (auto value = sizeField(config, file, keys))
        return *value;
    throw Error(file + ": \"" + *keys.begin() + "\" is missing");
}

// A dropout probability of config.json: GPT2Config's default 0.1 when absent or null.
float dropoutField(const nlohmann::json& config, const std::string& file, const char* key)
{
    auto found = config.find(key);
    if (found == config.end() || found->is_null())
        return 0.1f;
    if (!found->is_number() || !(found->get<double>() >= 0.0 && found->get<double>() < 1.0))
        throw Error(file + ": \"" + key + "\" is " + found->dump()
                    + ", expected a probability in [0, 1)");
    return float(found->get<double>());
}

// A rate as config.json shows it: 0.1f would print as 0.10000000149011612.
double printedRate(float rate)
{
    return std::round(double(rate) * 1e6) / 1e6;
}

GptConfig readConfig(const fs::path& path, std::vector<std::string>& notes)
{
    const std::string file = path.string();
    const nlohmann::json json = readJson(path);
    GptConfig config;
    config.vocabularySize = requiredSizeField(json, file, {"vocab_size", "n_vocab"});
    config.contextLength = requiredSizeField(json, file, {"n_positions"});
    if (auto nCtx = sizeField(json, file, {"n_ctx"})) {
        // Older configs carry both; they must agree, since wpe has only one size.
        if (json.contains("n_positions") && !json["n_positions"].is_null()
            && *nCtx != config.contextLength)
            throw Error(file + ": n_ctx " + std::to_string(*nCtx) + " differs from n_positions "
                        + std::to_string(config.contextLength));
    }
    config.layers = requiredSizeField(json, file, {"n_layer"});
    config.heads = requiredSizeField(json, file, {"n_head"});
    config.channels = requiredSizeField(json, file, {"n_embd"});
    if (config.channels % config.heads != 0)
        throw Error(file + ": n_embd " + std::to_string(config.channels)
                    + " is not divisible by n_head " + std::to_string(config.heads));
    if (auto inner = sizeField(json, file, {"n_inner"}); inner && *inner != 4 * config.channels)
        throw Error(file + ": n_inner " + std::to_string(*inner) + " is not supported, only 4 "
                    "x n_embd = " + std::to_string(4 * config.channels));
    if (auto eps = json.find("layer_norm_epsilon"); eps != json.end() && !eps->is_null()) {
        // Our LayerNorm uses 1e-5, GPT-2's value; another epsilon would change the outputs.
        if (!eps->is_number() || std::abs(eps->get<double>() - 1e-5) > 1e-12)
            throw Error(file + ": layer_norm_epsilon " + eps->dump() + " is not supported, "
                        "only 1e-05 (GPT-2's value)");
    }
    if (auto activation = json.find("activation_function");
        activation != json.end() && !activation->is_null()) {
        const bool tanhGelu = activation->is_string()
            && (*activation == "gelu_new" || *activation == "gelu_pytorch_tanh");
        if (!tanhGelu)
            throw Error(file + ": activation_function " + activation->dump() + " is not "
                        "supported, only \"gelu_new\" (GELU, tanh form)");
    }
    // Lengua has one rate for the embeddings, the residual branches and the attention
    // probabilities (Gpt.h); only training sees it.
    const float residual = dropoutField(json, file, "resid_pdrop");
    const float embedding = dropoutField(json, file, "embd_pdrop");
    const float attention = dropoutField(json, file, "attn_pdrop");
    config.dropout = residual;
    if (embedding != residual)
        notes.push_back("embd_pdrop " + nlohmann::json(printedRate(embedding)).dump()
                        + " differs from resid_pdrop; training uses resid_pdrop for both");
    if (attention != residual)
        notes.push_back("attn_pdrop " + nlohmann::json(printedRate(attention)).dump()
                        + " differs from resid_pdrop; training uses resid_pdrop for both");
    return config;
}

void checkFinite(const std::string& file, const std::string& name, const std::vector<float>& data)
{
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (!std::isfinite(data[i]))
            throw Error(file + ": tensor " + name + " holds "
                        + (std::isnan(data[i]) ? "NaN" : "an infinite value")
                        + " at index " + std::to_string(i));
    }
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        throw Error(path.string() + ": cannot be written");
}

} // namespace

Gpt2Checkpoint Gpt2Checkpoint::importFrom(const fs::path& folder)
{
    JobContext context;
    return importFrom(folder, context);
}

Gpt2Checkpoint Gpt2Checkpoint::importFrom(const fs::path& folder, JobContext& context)
{
    const fs::path configPath = folder / "config.json";
    const fs::path weightsPath = folder / "model.safetensors";
    if (!fs::is_regular_file(configPath))
        throw Error(folder.string() + ": has no config.json, so it is not a Hugging Face "
                    "GPT-2 checkpoint");
    if (!fs::is_regular_file(weightsPath))
        throw Error(folder.string() + ": has no model.safetensors"
                    + (fs::exists(folder / "pytorch_model.bin")
                           ? std::string(" (only pytorch_model.bin, which cannot be read; "
                                         "convert it to safetensors)")
                           : std::string()));
    Gpt2Checkpoint checkpoint;
    const GptConfig config = readConfig(configPath, checkpoint.notes);

    context.reportProgress(0.0, "Reading " + weightsPath.filename().string());
    Safetensors file = Safetensors::read(weightsPath.string(), context);
    const std::string fileName = weightsPath.string();

    // Names without the prefix; both spellings of one tensor would be ambiguous.
    std::map<std::string, SafetensorsTensor*> tensors;
    const std::string prefix = "transformer.";
    std::size_t maskBuffers = 0;
    for (auto& [name, tensor] : file.tensors()) {
        const std::string bare = name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
        if (isMaskBuffer(bare)) {
            ++maskBuffers;
            continue;
        }
        if (!tensors.emplace(bare, &tensor).second)
            throw Error(fileName + ": tensor " + bare + " is stored twice, with and without "
                        "the \"transformer.\" prefix");
    }
    // Integer or boolean tensors were not read: fine for the mask buffers (some versions
    // of transformers saved them as BOOL or U8), an error for anything else.
    for (const auto& [name, dtype] : file.skippedTensors()) {
        const std::string bare = name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
        if (!isMaskBuffer(bare))
            throw Error(fileName + ": tensor " + bare + " has dtype " + dtype
                        + "; GPT-2's weights are floating point (F32, F16, BF16 or F64)");
        ++maskBuffers;
    }
    if (maskBuffers > 0)
        checkpoint.notes.push_back("skipped " + std::to_string(maskBuffers) + " attention "
                                   "mask buffers (attn.bias / attn.masked_bias)");

    checkpoint.model = std::make_unique<Gpt>(config, Gpt::Weights::Zero);
    const std::vector<Slot> slots = Gpt2TensorLayout::of(*checkpoint.model);
    std::set<std::string> expected;
    for (const Slot& slot : slots)
        expected.insert(slot.name);
    expected.insert("lm_head.weight");
    for (const auto& [name, tensor] : tensors) {
        if (!expected.count(name))
            throw Error(fileName + ": unexpected tensor " + name + " " + shapeText(tensor->shape)
                        + "; a GPT-2 with " + std::to_string(config.layers) + " layers "
                        "(config.json) has no such tensor");
    }
    const std::string configHint = " from config.json (vocab_size "
        + std::to_string(config.vocabularySize) + ", n_positions "
        + std::to_string(config.contextLength) + ", n_embd " + std::to_string(config.channels)
        + ")";
    for (std::size_t i = 0; i < slots.size(); ++i) {
        context.throwIfStopped();
        const Slot& slot = slots[i];
        auto found = tensors.find(slot.name);
        if (found == tensors.end())
            throw Error(fileName + ": tensor " + slot.name + " " + shapeText(slot.shape)
                        + " is missing");
        const SafetensorsTensor& tensor = *found->second;
        if (tensor.shape != slot.shape)
            throw Error(fileName + ": tensor " + slot.name + " has shape "
                        + shapeText(tensor.shape) + ", expected " + shapeText(slot.shape)
                        + configHint);
        checkFinite(fileName, slot.name, tensor.data);
        std::memcpy(slot.data, tensor.data.data(), tensor.data.size() * sizeof(float));
        context.reportProgress(double(i + 1) / double(slots.size()), "Copying weights");
    }
    if (auto head = tensors.find("lm_head.weight"); head != tensors.end()) {
        // Our head is tied to wte; an untied head would silently change the logits.
        const SafetensorsTensor& tensor = *head->second;
        const SafetensorsTensor& wte = *tensors.at("wte.weight");
        if (tensor.shape != wte.shape || tensor.data != wte.data)
            throw Error(fileName + ": lm_head.weight differs from wte.weight; only GPT-2's "
                        "tied language-model head is supported");
    }

    const fs::path vocabPath = folder / "vocab.json";
    const fs::path mergesPath = folder / "merges.txt";
    const bool hasVocab = fs::is_regular_file(vocabPath);
    const bool hasMerges = fs::is_regular_file(mergesPath);
    if (hasVocab != hasMerges)
        throw Error(folder.string() + ": has " + (hasVocab ? "vocab.json" : "merges.txt")
                    + " but not " + (hasVocab ? "merges.txt" : "vocab.json")
                    + "; the tokenizer needs both");
    if (hasVocab) {
        checkpoint.tokenizer = std::make_unique<ByteLevelBpe>(BpeFiles::read(vocabPath,
                                                                             mergesPath));
        const std::size_t size = checkpoint.tokenizer->vocabulary().size();
        if (size > config.vocabularySize)
            throw Error(vocabPath.string() + ": has " + std::to_string(size) + " tokens, more "
                        "than the model's vocab_size " + std::to_string(config.vocabularySize));
    } else {
        checkpoint.notes.push_back("no vocab.json / merges.txt: the checkpoint has no "
                                   "tokenizer");
    }
    return checkpoint;
}

void Gpt2Checkpoint::exportTo(const Gpt& model, const fs::path& folder,
                              const ByteLevelBpe* tokenizer)
{
    const GptConfig& config = model.config();
    if (tokenizer && tokenizer->vocabulary().size() > config.vocabularySize)
        throw Error("GPT-2 export: the tokenizer has " + std::to_string(tokenizer->vocabulary()
                                                                            .size())
                    + " tokens, more than the model's " + std::to_string(config.vocabularySize));
    std::error_code error;
    fs::create_directories(folder, error);
    if (error)
        throw Error(folder.string() + ": cannot be created (" + error.message() + ")");

    const std::map<std::string, SafetensorsTensor> tensors = Gpt2TensorLayout::copyOf(model);
    Safetensors::write((folder / "model.safetensors").string(), tensors, {{"format", "pt"}});

    nlohmann::json json = nlohmann::json::object();
    json["model_type"] = "gpt2";
    json["architectures"] = nlohmann::json::array({"GPT2LMHeadModel"});
    json["vocab_size"] = config.vocabularySize;
    json["n_positions"] = config.contextLength;
    json["n_ctx"] = config.contextLength;
    json["n_embd"] = config.channels;
    json["n_layer"] = config.layers;
    json["n_head"] = config.heads;
    json["n_inner"] = nullptr;
    json["layer_norm_epsilon"] = 1e-5;
    json["activation_function"] = "gelu_new";
    json["resid_pdrop"] = printedRate(config.dropout);
    json["embd_pdrop"] = printedRate(config.dropout);
    json["attn_pdrop"] = printedRate(config.dropout);
    json["initializer_range"] = 0.02;
    json["scale_attn_weights"] = true;
    json["tie_word_embeddings"] = true;
    json["use_cache"] = true;
    json["torch_dtype"] = "float32";
    // GPT-2 uses <|endoftext|> as both; without it in the tokenizer there is none to name.
    std::optional<TokenId> endOfText;
    if (tokenizer)
        endOfText = tokenizer->vocabulary().find("<|endoftext|>");
    json["bos_token_id"] = endOfText ? nlohmann::json(*endOfText) : nlohmann::json(nullptr);
    json["eos_token_id"] = json["bos_token_id"];
    writeText(folder / "config.json", json.dump(2) + "\n");

    if (tokenizer)
        BpeFiles::write(*tokenizer, folder / "vocab.json", folder / "merges.txt");
}

} // namespace lengua
