// Gpt2Checkpoint: export then import gives the same weights and logits, the
// "transformer." prefix, the Conv1D [in, out] layout, every rejected file with its
// message, and GPT-2's real tokenizer files read from the checkpoint folder.
#include "support/TinyGptConfig.h"
#include "models/Gpt2Checkpoint.h"
#include "core/Error.h"
#include "core/Safetensors.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <random>

using namespace lengua;
namespace fs = std::filesystem;

namespace {

// Every parameter random (the initialisation leaves biases 0 and gammas 1, which would
// hide a bias or gamma copied to the wrong place).
void randomise(Gpt& model, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    for (float& value : model.parameters())
        value = uniform(engine);
}

std::map<std::string, SafetensorsTensor> readTensors(const fs::path& folder)
{
    return Safetensors::read((folder / "model.safetensors").string()).tensors();
}

void writeTensors(const fs::path& folder, const std::map<std::string, SafetensorsTensor>& tensors)
{
    Safetensors::write((folder / "model.safetensors").string(), tensors, {{"format", "pt"}});
}

void editConfig(const fs::path& folder, const std::function<void(nlohmann::json&)>& edit)
{
    nlohmann::json json;
    {
        std::ifstream in(folder / "config.json");
        in >> json;
    }
    edit(json);
    std::ofstream(folder / "config.json") << json.dump(2);
}

std::string importError(const fs::path& folder)
{
    try {
        Gpt2Checkpoint::importFrom(folder);
    } catch (const Error& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

class TestGpt2Checkpoint : public QObject {
    Q_OBJECT

private slots:
    void exportThenImportIsIdentical();
    void exportedFilesFollowHuggingFace();
    void transformerPrefixImportsTheSame();
    void conv1dWeightIsTransposed();
    void missingTensorIsRejected();
    void wrongShapeIsRejected();
    void extraTensorIsRejected();
    void booleanMaskBuffersAreSkipped();
    void nanWeightIsRejected();
    void configDisagreeingWithTensorsIsRejected();
    void unsupportedConfigIsRejected();
    void untiedHeadIsRejected();
    void gpt2TokenizerLoadsFromFolder();
    void dropoutRatesAreWrittenAndRead();
};

void TestGpt2Checkpoint::exportThenImportIsIdentical()
{
    QTemporaryDir dir;
    Gpt model(tinyGptConfig());
    randomise(model, 1);
    Gpt2Checkpoint::exportTo(model, dir.path().toStdString());

    Gpt2Checkpoint imported = Gpt2Checkpoint::importFrom(dir.path().toStdString());
    QVERIFY(imported.model);
    QVERIFY(!imported.tokenizer);
    const GptConfig& config = imported.model->config();
    QCOMPARE(config.vocabularySize, 7u);
    QCOMPARE(config.contextLength, 4u);
    QCOMPARE(config.layers, 2u);
    QCOMPARE(config.heads, 2u);
    QCOMPARE(config.channels, 4u);
    QVERIFY(arma::all(imported.model->parameters() == model.parameters()));

    const std::vector<TokenId> ids = {3, 1, 6, 0};
    const arma::fmat expected = model.forward(ids, 1, 4);
    const arma::fmat& logits = imported.model->forward(ids, 1, 4);
    QVERIFY(arma::all(arma::vectorise(logits == expected)));
}

void TestGpt2Checkpoint::exportedFilesFollowHuggingFace()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt model(tinyGptConfig());
    Gpt2Checkpoint::exportTo(model, folder);

    nlohmann::json config;
    std::ifstream(folder / "config.json") >> config;
    QCOMPARE(config["model_type"].get<std::string>(), std::string("gpt2"));
    QCOMPARE(config["architectures"][0].get<std::string>(), std::string("GPT2LMHeadModel"));
    QCOMPARE(config["vocab_size"].get<int>(), 7);
    QCOMPARE(config["n_positions"].get<int>(), 4);
    QCOMPARE(config["n_ctx"].get<int>(), 4);
    QCOMPARE(config["n_embd"].get<int>(), 4);
    QCOMPARE(config["n_layer"].get<int>(), 2);
    QCOMPARE(config["n_head"].get<int>(), 2);
    QCOMPARE(config["layer_norm_epsilon"].get<double>(), 1e-5);
    QCOMPARE(config["activation_function"].get<std::string>(), std::string("gelu_new"));

    const Safetensors file = Safetensors::read((folder / "model.safetensors").string());
    QCOMPARE(file.metadata().at("format"), std::string("pt"));
    // 2 embeddings + 2 blocks x 12 + ln_f's 2.
    QCOMPARE(file.tensors().size(), 28u);
    QVERIFY((file.tensor("wte.weight").shape == std::vector<std::int64_t>{7, 4}));
    QVERIFY((file.tensor("wpe.weight").shape == std::vector<std::int64_t>{4, 4}));
    QVERIFY((file.tensor("h.1.attn.c_attn.weight").shape == std::vector<std::int64_t>{4, 12}));
    QVERIFY((file.tensor("h.1.attn.c_attn.bias").shape == std::vector<std::int64_t>{12}));
    QVERIFY((file.tensor("h.0.mlp.c_fc.weight").shape == std::vector<std::int64_t>{4, 16}));
    QVERIFY((file.tensor("h.0.mlp.c_proj.weight").shape == std::vector<std::int64_t>{16, 4}));
    QVERIFY((file.tensor("ln_f.bias").shape == std::vector<std::int64_t>{4}));
    QVERIFY(!file.contains("lm_head.weight"));
}

void TestGpt2Checkpoint::transformerPrefixImportsTheSame()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt model(tinyGptConfig());
    randomise(model, 2);
    Gpt2Checkpoint::exportTo(model, folder);

    std::map<std::string, SafetensorsTensor> prefixed;
    for (auto& [name, tensor] : readTensors(folder))
        prefixed["transformer." + name] = tensor;
    // What GPT2LMHeadModel.save_pretrained used to write besides the weights.
    prefixed["lm_head.weight"] = prefixed.at("transformer.wte.weight");
    prefixed["transformer.h.0.attn.bias"] = {{1, 1, 4, 4}, std::vector<float>(16, 1.0f)};
    prefixed["transformer.h.1.attn.masked_bias"] = {{}, {-1e4f}};
    writeTensors(folder, prefixed);

    Gpt2Checkpoint imported = Gpt2Checkpoint::importFrom(folder);
    QVERIFY(arma::all(imported.model->parameters() == model.parameters()));
    QCOMPARE(imported.notes.front(),
             std::string("skipped 2 attention mask buffers (attn.bias / attn.masked_bias)"));

    // Both spellings of one tensor are ambiguous.
    prefixed["wpe.weight"] = prefixed.at("transformer.wpe.weight");
    writeTensors(folder, prefixed);
    QVERIFY(importError(folder).find("tensor wpe.weight is stored twice") != std::string::npos);
}

void TestGpt2Checkpoint::conv1dWeightIsTransposed()
{
    // A hand-made c_attn: the file's [in = 4, out = 12] row-major weight holds 100 i + o
    // at (i, o), so our (OUT, IN) matrix must hold 100 i + o at (o, i).
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt model(tinyGptConfig());
    Gpt2Checkpoint::exportTo(model, folder);
    auto tensors = readTensors(folder);
    std::vector<float>& weight = tensors.at("h.1.attn.c_attn.weight").data;
    for (int i = 0; i < 4; ++i)
        for (int o = 0; o < 12; ++o)
            weight[i * 12 + o] = float(100 * i + o);
    // wte [V = 7, C = 4] in the file, (C, V) in the model: 10 v + c at (v, c).
    std::vector<float>& wte = tensors.at("wte.weight").data;
    for (int v = 0; v < 7; ++v)
        for (int c = 0; c < 4; ++c)
            wte[v * 4 + c] = float(10 * v + c);
    writeTensors(folder, tensors);

    Gpt2Checkpoint imported = Gpt2Checkpoint::importFrom(folder);
    QCOMPARE(imported.model->tokenEmbedding().table()(3, 5), 53.0f); // channel 3 of token 5
    Linear& cAttn = imported.model->block(1).attention().qkvProjection();
    QCOMPARE(cAttn.weight().n_rows, 12u);
    QCOMPARE(cAttn.weight().n_cols, 4u);
    QCOMPARE(cAttn.weight()(9, 2), 209.0f); // out 9 (a value row, head 0), in 2
    QCOMPARE(cAttn.weight()(5, 3), 305.0f); // out 5 (a key row, head 0), in 3
    QCOMPARE(cAttn.weight()(0, 1), 100.0f);

    // And through the layer: x = e_2 (input 2 only) gives output o = 200 + o + bias o.
    arma::fmat x(4, 1, arma::fill::zeros);
    x(2, 0) = 1.0f;
    const arma::fmat& y = cAttn.forward(x);
    QCOMPARE(y(7, 0), 207.0f + cAttn.bias()(7));
}

void TestGpt2Checkpoint::missingTensorIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt2Checkpoint::exportTo(Gpt(tinyGptConfig()), folder);
    auto tensors = readTensors(folder);
    tensors.erase("h.1.mlp.c_fc.bias");
    writeTensors(folder, tensors);
    const std::string message = importError(folder);
    QVERIFY2(message.find("model.safetensors: tensor h.1.mlp.c_fc.bias [16] is missing")
                 != std::string::npos, message.c_str());
}

void TestGpt2Checkpoint::wrongShapeIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt2Checkpoint::exportTo(Gpt(tinyGptConfig()), folder);
    auto tensors = readTensors(folder);
    tensors["h.0.attn.c_proj.weight"] = {{4, 3}, std::vector<float>(12, 0.5f)};
    writeTensors(folder, tensors);
    const std::string message = importError(folder);
    QVERIFY2(message.find("tensor h.0.attn.c_proj.weight has shape [4, 3], expected [4, 4]")
                 != std::string::npos, message.c_str());
}

void TestGpt2Checkpoint::extraTensorIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt2Checkpoint::exportTo(Gpt(tinyGptConfig()), folder);
    auto tensors = readTensors(folder);
    tensors["h.2.ln_1.weight"] = {{4}, std::vector<float>(4, 1.0f)};
    writeTensors(folder, tensors);
    const std::string message = importError(folder);
    QVERIFY2(message.find("unexpected tensor h.2.ln_1.weight [4]; a GPT-2 with 2 layers")
                 != std::string::npos, message.c_str());
}

// Some versions of transformers saved the causal masks as BOOL (or U8) tensors: they are
// skipped like the F32 ones, while an integer tensor with a weight's name is an error.
void TestGpt2Checkpoint::booleanMaskBuffersAreSkipped()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt model(tinyGptConfig());
    randomise(model, 3);
    Gpt2Checkpoint::exportTo(model, folder);
    // The exported file plus BOOL tensors appended after its data.
    auto appendBoolTensors = [&](const std::vector<std::string>& names) {
        const std::string bytes = Safetensors::toBytes(readTensors(folder), {{"format", "pt"}});
        std::uint64_t headerLength = 0;
        for (int b = 7; b >= 0; --b)
            headerLength = headerLength << 8 | static_cast<unsigned char>(bytes[std::size_t(b)]);
        nlohmann::json header = nlohmann::json::parse(bytes.substr(8, headerLength));
        std::string data = bytes.substr(8 + headerLength);
        for (const std::string& name : names) {
            header[name] = {{"dtype", "BOOL"}, {"shape", {1, 1, 4, 4}},
                            {"data_offsets", {data.size(), data.size() + 16}}};
            data += std::string(16, '\1');
        }
        std::string text = header.dump();
        text.append((8 - text.size() % 8) % 8, ' ');
        std::string file(8, '\0');
        for (int b = 0; b < 8; ++b)
            file[std::size_t(b)] = char((text.size() >> (8 * b)) & 0xFF);
        std::ofstream(folder / "model.safetensors", std::ios::binary) << file << text << data;
    };
    appendBoolTensors({"h.0.attn.bias", "transformer.h.1.attn.bias"});
    const Gpt2Checkpoint imported = Gpt2Checkpoint::importFrom(folder);
    QVERIFY(arma::approx_equal(imported.model->parameters(), model.parameters(), "absdiff", 0.0f));
    QVERIFY(std::any_of(imported.notes.begin(), imported.notes.end(), [](const std::string& note) {
        return note.find("skipped 2 attention mask buffers") != std::string::npos;
    }));

    Gpt2Checkpoint::exportTo(model, folder);
    appendBoolTensors({"h.0.mlp.gate"});
    const std::string message = importError(folder);
    QVERIFY2(message.find("tensor h.0.mlp.gate has dtype BOOL; GPT-2's weights are floating point")
                 != std::string::npos, message.c_str());
}

void TestGpt2Checkpoint::nanWeightIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt2Checkpoint::exportTo(Gpt(tinyGptConfig()), folder);
    auto tensors = readTensors(folder);
    tensors.at("ln_f.bias").data[2] = std::numeric_limits<float>::quiet_NaN();
    writeTensors(folder, tensors);
    std::string message = importError(folder);
    QVERIFY2(message.find("tensor ln_f.bias holds NaN at index 2") != std::string::npos,
             message.c_str());

    tensors.at("ln_f.bias").data[2] = 0.0f;
    tensors.at("wpe.weight").data[5] = -std::numeric_limits<float>::infinity();
    writeTensors(folder, tensors);
    message = importError(folder);
    QVERIFY2(message.find("tensor wpe.weight holds an infinite value at index 5")
                 != std::string::npos, message.c_str());
}

void TestGpt2Checkpoint::configDisagreeingWithTensorsIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt2Checkpoint::exportTo(Gpt(tinyGptConfig()), folder);
    editConfig(folder, [](nlohmann::json& json) { json["n_embd"] = 8; });
    std::string message = importError(folder);
    QVERIFY2(message.find("tensor wte.weight has shape [7, 4], expected [7, 8] from "
                          "config.json (vocab_size 7, n_positions 4, n_embd 8)")
                 != std::string::npos, message.c_str());

    editConfig(folder, [](nlohmann::json& json) { json["n_embd"] = 4; json["n_layer"] = 3; });
    message = importError(folder);
    QVERIFY2(message.find("tensor h.2.ln_1.weight [4] is missing") != std::string::npos,
             message.c_str());
}

void TestGpt2Checkpoint::unsupportedConfigIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt2Checkpoint::exportTo(Gpt(tinyGptConfig()), folder);
    editConfig(folder, [](nlohmann::json& json) { json["layer_norm_epsilon"] = 1e-6; });
    std::string message = importError(folder);
    QVERIFY2(message.find("config.json: layer_norm_epsilon 1e-06 is not supported, only 1e-05")
                 != std::string::npos, message.c_str());

    editConfig(folder, [](nlohmann::json& json) {
        json["layer_norm_epsilon"] = 1e-5;
        json.erase("n_head");
    });
    message = importError(folder);
    QVERIFY2(message.find("config.json: \"n_head\" is missing") != std::string::npos,
             message.c_str());

    // n_vocab, the other spelling, is accepted.
    editConfig(folder, [](nlohmann::json& json) {
        json["n_head"] = 2;
        json.erase("vocab_size");
        json["n_vocab"] = 7;
    });
    QCOMPARE(Gpt2Checkpoint::importFrom(folder).model->config().vocabularySize, 7u);
}

void TestGpt2Checkpoint::untiedHeadIsRejected()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    Gpt model(tinyGptConfig());
    Gpt2Checkpoint::exportTo(model, folder);
    auto tensors = readTensors(folder);
    tensors["lm_head.weight"] = tensors.at("wte.weight");
    tensors["lm_head.weight"].data[3] += 1.0f;
    writeTensors(folder, tensors);
    const std::string message = importError(folder);
    QVERIFY2(message.find("lm_head.weight differs from wte.weight") != std::string::npos,
             message.c_str());
}

void TestGpt2Checkpoint::gpt2TokenizerLoadsFromFolder()
{
    const fs::path data = fs::path(LENGUA_TEST_DATA_DIR) / "gpt2";
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    GptConfig config = tinyGptConfig();
    config.vocabularySize = 50257;
    config.layers = 1;
    Gpt model(config);
    Gpt2Checkpoint::exportTo(model, folder);
    fs::copy_file(data / "vocab.json", folder / "vocab.json");
    // Only one of the two files is an error, not a checkpoint without a tokenizer.
    QVERIFY(importError(folder).find("has vocab.json but not merges.txt") != std::string::npos);
    fs::copy_file(data / "merges.txt", folder / "merges.txt");

    Gpt2Checkpoint imported = Gpt2Checkpoint::importFrom(folder);
    QVERIFY(imported.tokenizer);
    QCOMPARE(imported.tokenizer->vocabulary().size(), 50257u);
    // GPT-2's ids for "Hello world" (tests/data/gpt2/expected.json's encoder).
    QCOMPARE(imported.tokenizer->encode("Hello world").ids, (std::vector<TokenId>{15496, 995}));

    // Exported with the tokenizer: the files come back and config.json names <|endoftext|>.
    QTemporaryDir second;
    const fs::path secondFolder = second.path().toStdString();
    Gpt2Checkpoint::exportTo(*imported.model, secondFolder, imported.tokenizer.get());
    nlohmann::json json;
    std::ifstream(secondFolder / "config.json") >> json;
    QCOMPARE(json["eos_token_id"].get<int>(), 50256);
    Gpt2Checkpoint again = Gpt2Checkpoint::importFrom(secondFolder);
    QVERIFY(again.tokenizer);
    QCOMPARE(again.tokenizer->encode(" tokenizer").ids,
             imported.tokenizer->encode(" tokenizer").ids);
    QVERIFY(arma::all(again.model->parameters() == model.parameters()));
}

void TestGpt2Checkpoint::dropoutRatesAreWrittenAndRead()
{
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    GptConfig config = tinyGptConfig();
    config.dropout = 0.1f;
    Gpt2Checkpoint::exportTo(Gpt(config), folder);
    nlohmann::json json;
    std::ifstream(folder / "config.json") >> json;
    // Printed as 0.1, not as the float's 0.10000000149011612.
    QCOMPARE(json["resid_pdrop"].dump(), std::string("0.1"));
    QCOMPARE(json["embd_pdrop"].dump(), std::string("0.1"));
    QCOMPARE(json["attn_pdrop"].dump(), std::string("0.1"));
    Gpt2Checkpoint imported = Gpt2Checkpoint::importFrom(folder);
    QCOMPARE(imported.model->config().dropout, 0.1f);
    QVERIFY(!imported.model->isTraining());
    QVERIFY(imported.notes.size() == 1); // only "no tokenizer"

    // A different attn_pdrop: one rate for all, resid_pdrop's, and a note.
    editConfig(folder, [](nlohmann::json& json) {
        json["resid_pdrop"] = 0.25;
        json["embd_pdrop"] = 0.25;
        json["attn_pdrop"] = 0.1;
    });
    imported = Gpt2Checkpoint::importFrom(folder);
    QCOMPARE(imported.model->config().dropout, 0.25f);
    QCOMPARE(imported.notes.front(), std::string("attn_pdrop 0.1 differs from resid_pdrop; "
                                                 "training uses resid_pdrop for both"));

    // Different embedding and residual rates: the residual one, and a note.
    editConfig(folder, [](nlohmann::json& json) {
        json["embd_pdrop"] = 0.0;
        json["attn_pdrop"] = 0.25;
    });
    imported = Gpt2Checkpoint::importFrom(folder);
    QCOMPARE(imported.model->config().dropout, 0.25f);
    QCOMPARE(imported.notes.front(), std::string("embd_pdrop 0.0 differs from resid_pdrop; "
                                                 "training uses resid_pdrop for both"));

    // Absent keys take GPT2Config's default, 0.1.
    editConfig(folder, [](nlohmann::json& json) {
        json.erase("resid_pdrop");
        json.erase("embd_pdrop");
        json.erase("attn_pdrop");
    });
    imported = Gpt2Checkpoint::importFrom(folder);
    QCOMPARE(imported.model->config().dropout, 0.1f);

    // A rate outside [0, 1) or not a number is an error naming the key.
    for (const nlohmann::json& bad : {nlohmann::json(1.0), nlohmann::json(-0.5),
                                      nlohmann::json("0.1")}) {
        editConfig(folder, [&](nlohmann::json& json) { json["resid_pdrop"] = bad; });
        const std::string message = importError(folder);
        QVERIFY2(message.find("config.json: \"resid_pdrop\" is " + bad.dump()
                              + ", expected a probability in [0, 1)") != std::string::npos,
                 message.c_str());
    }
}

QTEST_GUILESS_MAIN(TestGpt2Checkpoint)
#include "tst_gpt2checkpoint.moc"
