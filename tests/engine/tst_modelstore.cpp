// Language models in a workspace file (format 3): the weights come back bit for bit,
// with their configuration, tokenizer and loss history; a format-2 file migrates; a
// damaged, hostile or inconsistent model row is an Error that names the file.
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/Safetensors.h"
#include "models/Gpt.h"
#include "store/ModelStore.h"
#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"
#include "store/WorkspaceFile.h"
#include "support/WorkspaceFileAccess.h"
#include "tokenize/CharTrainer.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>

using namespace lengua;
namespace fs = std::filesystem;
using namespace workspacefile;

namespace {

const char* const sampleText = "En un lugar de la Mancha, de cuyo nombre no quiero acordarme.";

std::shared_ptr<const Tokenizer> charTokenizer()
{
    CharTrainer trainer;
    trainer.addText(sampleText);
    JobContext context;
    return std::make_shared<CharTokenizer>(trainer.train(context));
}

GptConfig tinyConfig(std::size_t vocabulary)
{
    GptConfig config;
    config.vocabularySize = vocabulary;
    config.contextLength = 8;
    config.layers = 2;
    config.heads = 2;
    config.channels = 8;
    config.seed = 7;
    return config;
}

NamedLanguageModel tinyModel(const std::string& id, const std::string& name)
{
    NamedLanguageModel model;
    model.id = id;
    model.name = name;
    model.kind = "gpt";
    model.tokenizer = charTokenizer();
    auto gpt = std::make_shared<Gpt>(tinyConfig(model.tokenizer->vocabulary().size()));
    // Perturb the weights so that a model re-initialised from its seed would not pass.
    gpt->parameters() += 0.001f * arma::regspace<arma::fvec>(0, gpt->parameterCount() - 1)
                         / float(gpt->parameterCount());
    model.gpt = gpt;
    model.model = gpt;
    model.sourceCorpusId = "c1";
    model.description = "GPT, 2 layers, 2 heads, 8 dims";
    TrainingPoint first{1, 3.25f, std::nullopt, 1e-4f, 1234.5};
    TrainingPoint second{2, 2.875f, 2.9375f, 2e-4f, 2345.25};
    model.history = {first, second};
    return model;
}

WorkspaceContent contentWith(std::vector<NamedLanguageModel> models)
{
    WorkspaceContent content = contentWithCorpus("muestra", sampleText);
    content.models = std::move(models);
    return content;
}

bool sameBits(const Gpt& a, const Gpt& b)
{
    return a.parameterCount() == b.parameterCount()
        && std::memcmp(a.parameters().memptr(), b.parameters().memptr(),
                       a.parameterCount() * sizeof(float)) == 0;
}

} // namespace

class TestModelStore : public QObject {
    Q_OBJECT

private:
    WorkspacePaths m_paths;

    fs::path newPath() { return m_paths.next(); }

private slots:
    void roundTrip()
    {
        const fs::path path = newPath();
        const NamedLanguageModel original = tinyModel("m1", "GPT · muestra");
        // No workspace tokenizer: the model carries its own copy.
        write(path, contentWith({original}));
        QCOMPARE(queryInt(path, "PRAGMA user_version"), WorkspaceFile::schemaVersion);

        const WorkspaceContent content = read(path);
        QCOMPARE(content.models.size(), std::size_t(1));
        const NamedLanguageModel& model = content.models.front();
        QCOMPARE(model.id, original.id);
        QCOMPARE(model.name, original.name);
        QCOMPARE(model.kind, std::string("gpt"));
        QCOMPARE(model.sourceCorpusId, original.sourceCorpusId);
        QCOMPARE(model.description, original.description);
        QVERIFY(model.gpt && model.model && model.tokenizer);
        QCOMPARE(static_cast<const NextTokenModel*>(model.gpt.get()), model.model.get());
        const GptConfig& config = model.gpt->config();
        const GptConfig& expected = original.gpt->config();
        QCOMPARE(config.vocabularySize, expected.vocabularySize);
        QCOMPARE(config.contextLength, expected.contextLength);
        QCOMPARE(config.layers, expected.layers);
        QCOMPARE(config.heads, expected.heads);
        QCOMPARE(config.channels, expected.channels);
        QCOMPARE(config.seed, expected.seed);
        QVERIFY(sameBits(*model.gpt, *original.gpt));
        QCOMPARE(model.tokenizer->encode(sampleText).ids, original.tokenizer->encode(sampleText).ids);
        QCOMPARE(model.tokenizer->kind(), original.tokenizer->kind());
        QCOMPARE(model.history.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(model.history[i].step, original.history[i].step);
            QCOMPARE(model.history[i].trainLoss, original.history[i].trainLoss);
            QCOMPARE(model.history[i].validationLoss, original.history[i].validationLoss);
            QCOMPARE(model.history[i].learningRate, original.history[i].learningRate);
            QCOMPARE(model.history[i].tokensPerSecond, original.history[i].tokensPerSecond);
        }
        // The model still predicts the same thing.
        const std::vector<TokenId> prompt = original.tokenizer->encode("En un").ids;
        QCOMPARE(model.model->nextTokenLogits(prompt), original.model->nextTokenLogits(prompt));
    }

    // The blob is a valid model.safetensors with GPT-2's names.
    void blobIsSafetensors()
    {
        const NamedLanguageModel model = tinyModel("m1", "x");
        const std::string bytes = ModelStore::gptWeights(*model.gpt);
        const Safetensors file = Safetensors::fromBytes(bytes, "blob");
        QVERIFY(file.contains("wte.weight"));
        QVERIFY(file.contains("h.1.attn.c_attn.weight"));
        QVERIFY(file.contains("ln_f.bias"));
        const GptConfig& c = model.gpt->config();
        QCOMPARE(file.tensor("h.0.mlp.c_fc.weight").shape,
                 (std::vector<std::int64_t>{std::int64_t(c.channels), std::int64_t(4 * c.channels)}));
        // 2 + 2 layers x 12 + 2 tensors
        QCOMPARE(file.tensors().size(), std::size_t(2 + 2 * 12 + 2));
    }

    void incrementalSaveKeepsBlobs()
    {
        const fs::path path = newPath();
        NamedLanguageModel first = tinyModel("m1", "first");
        NamedLanguageModel second = tinyModel("m2", "second");
        write(path, contentWith({first, second}));
        const std::int64_t rowid = queryInt(path, "SELECT rowid FROM models WHERE id = 'm1'");
        // Renamed, reordered, the other removed: m1's row is updated, not replaced.
        first.name = "renamed";
        write(path, contentWith({first}));
        QCOMPARE(queryInt(path, "SELECT rowid FROM models WHERE id = 'm1'"), rowid);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM models"), std::int64_t(1));
        const WorkspaceContent content = read(path);
        QCOMPARE(content.models.size(), std::size_t(1));
        QCOMPARE(content.models.front().name, std::string("renamed"));
        QVERIFY(sameBits(*content.models.front().gpt, *first.gpt));
    }

    // A file of format 2 (no models table) reads with no models and is migrated on save.
    void migratesFromVersion2()
    {
        const fs::path path = newPath();
        write(path, contentWith({}));
        // Format 2 had neither models nor the later embeddings.
        exec(path, "DROP TABLE models; DROP TABLE embeddings; PRAGMA user_version = 2;"
                   " UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        QCOMPARE(queryInt(path, "PRAGMA user_version"), 2);
        WorkspaceContent content = read(path);
        QCOMPARE(content.corpora.size(), std::size_t(1));
        QVERIFY(content.models.empty());
        QCOMPARE(queryInt(path, "PRAGMA user_version"), 2); // reading changes nothing

        const NamedLanguageModel model = tinyModel("m1", "migrated");
        content.models.push_back(model);
        write(path, content);
        QCOMPARE(queryInt(path, "PRAGMA user_version"), WorkspaceFile::schemaVersion);
        const WorkspaceContent again = read(path);
        QCOMPARE(again.models.size(), std::size_t(1));
        QVERIFY(sameBits(*again.models.front().gpt, *model.gpt));
    }

    void damagedRowIsAnError_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated blob")
            << "UPDATE models SET weights = substr(weights, 1, 200)" << "weights";
        QTest::newRow("hostile header length")
            << "UPDATE models SET weights = x'ffffffffffffffff7b7d'" << "header length";
        QTest::newRow("empty blob") << "UPDATE models SET weights = x''" << "too short";
        QTest::newRow("not JSON header")
            << "UPDATE models SET weights = x'0200000000000000213f'" << "not well-formed JSON";
        QTest::newRow("config: more layers")
            << "UPDATE models SET config = json_set(config, '$.layers', 3)"
            << "values, but a GPT of 3 layers";
        QTest::newRow("config: wider")
            << "UPDATE models SET config = json_set(config, '$.channels', 16)"
            << "values, but a GPT";
        QTest::newRow("config: heads")
            << "UPDATE models SET config = json_set(config, '$.heads', 3)"
            << "cannot be split into 3 heads";
        QTest::newRow("config: huge")
            << "UPDATE models SET config = json_set(config, '$.vocab_size', 99999999999)"
            << "outside 1 ..";
        QTest::newRow("config: not JSON") << "UPDATE models SET config = '{'"
                                          << "configuration is not a JSON object";
        QTest::newRow("tokenizer") << "UPDATE models SET tokenizer = '[]'" << "tokenizer";
        QTest::newRow("history") << "UPDATE models SET history = '[[1, \"a\", null, 0, 0]]'"
                                 << "training history";
        QTest::newRow("kind") << "UPDATE models SET kind = 'rnn'" << "of kind \"rnn\"";
    }

    void damagedRowIsAnError()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const fs::path path = newPath();
        write(path, contentWith({tinyModel("m1", "dañado")}));
        exec(path, sql.toStdString());
        const QString error = errorOf([&] { read(path); });
        QVERIFY2(error.startsWith(QString::fromStdString(path.string()) + " is damaged ("),
                 qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("dañado")), qPrintable(error));
    }

    void nonFiniteWeightsAreRefused()
    {
        const NamedLanguageModel model = tinyModel("m1", "x");
        for (float bad : {std::numeric_limits<float>::quiet_NaN(),
                          std::numeric_limits<float>::infinity()}) {
            std::string bytes = ModelStore::gptWeights(*model.gpt);
            // The last 4 bytes are the last value of the last tensor in name order.
            std::memcpy(bytes.data() + bytes.size() - sizeof(float), &bad, sizeof(float));
            const QString error = errorOf(
                [&] { ModelStore::gptFromWeights(model.gpt->config(), bytes, "m"); });
            QVERIFY2(error.contains(std::isnan(bad) ? "NaN" : "an infinite value"), qPrintable(error));
        }
    }

    void wrongTensorsAreRefused()
    {
        const NamedLanguageModel model = tinyModel("m1", "x");
        const GptConfig config = model.gpt->config();
        std::map<std::string, SafetensorsTensor> tensors
            = Safetensors::fromBytes(ModelStore::gptWeights(*model.gpt), "b").tensors();

        auto renamed = tensors;
        auto node = renamed.extract("ln_f.bias");
        node.key() = "ln_f.beta";
        renamed.insert(std::move(node));
        QVERIFY(errorOf([&] {
                    ModelStore::gptFromWeights(config, Safetensors::toBytes(renamed), "m");
                }).contains("no tensor ln_f.bias"));

        auto reshaped = tensors;
        std::swap(reshaped["wte.weight"].shape[0], reshaped["wte.weight"].shape[1]);
        QVERIFY(errorOf([&] {
                    ModelStore::gptFromWeights(config, Safetensors::toBytes(reshaped), "m");
                }).contains("wte.weight has shape"));
    }

    void configAndHistoryJson()
    {
        GptConfig config = tinyConfig(300);
        config.seed = 4000000000u;
        const GptConfig back = ModelStore::configFromJson(ModelStore::configToJson(config), "m");
        QCOMPARE(back.vocabularySize, std::size_t(300));
        QCOMPARE(back.seed, 4000000000u);
        QVERIFY(errorOf([] { ModelStore::historyFromJson("[[1, 2, 3]]", "m"); })
                    .contains("not [step, train"));
        QVERIFY(ModelStore::historyFromJson("[]", "m").empty());
    }

    void unsavableModelIsRefused()
    {
        NamedLanguageModel model = tinyModel("m1", "x");
        model.tokenizer.reset();
        const fs::path path = newPath();
        QVERIFY(errorOf([&] { write(path, contentWith({model})); }).contains("no tokenizer"));
        QVERIFY(!fs::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
