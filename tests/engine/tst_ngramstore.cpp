// N-gram models in a workspace file (kind "ngram"): every estimator comes back with the same
// probabilities, vocabulary, counts, weights and tokenizer; the artefact's tokenizer has the
// model's ids; and a damaged or hostile row (truncated blob, counts of 0, ids out of range,
// absurd sizes, a config or tokenizer that does not fit) is an Error, never a crash.
#include "core/Error.h"
#include "core/JobContext.h"
#include "count/NgramLanguageModel.h"
#include "count/NgramModel.h"
#include "count/NgramModelCodec.h"
#include "count/NgramSmoothing.h"
#include "store/SqliteDatabase.h"
#include "store/WorkspaceFile.h"
#include "support/WorkspaceFileAccess.h"
#include "tokenize/WordLevelTokenizer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <random>

using namespace lengua;
namespace fs = std::filesystem;
using namespace workspacefile;

namespace {

using Sentences = NgramModel::Sentences;

Sentences sentences(std::initializer_list<const char*> lines)
{
    Sentences out;
    for (const char* line : lines) {
        std::vector<std::string> words;
        std::string word;
        for (const char* c = line;; ++c) {
            if (*c == ' ' || *c == '\0') {
                if (!word.empty())
                    words.push_back(word);
                word.clear();
                if (*c == '\0')
                    break;
            } else {
                word.push_back(*c);
            }
        }
        out.push_back(std::move(words));
    }
    return out;
}

const Sentences training = sentences({
    "el señorial chalet se encontraba a la izquierda de la casa",
    "la casa se encontraba a la derecha del chalet",
    "el chalet estaba a la izquierda de la plaza",
    "la izquierda de la plaza estaba vacía",
    "el perro estaba en la casa",
    "el perro estaba en la plaza",
    "la casa del perro",
});
const Sentences heldOut = sentences({"el perro estaba a la izquierda", "la casa de la plaza"});

std::shared_ptr<const NgramModel> trained(NgramSmoothing smoothing, int order = 3, std::size_t minCount = 1)
{
    NgramSettings settings;
    settings.order = order;
    settings.smoothing = smoothing;
    settings.k = 0.5;
    settings.minCount = minCount;
    return NgramModel::train(training, settings, heldOut);
}

NamedLanguageModel artefact(std::shared_ptr<const NgramModel> model, const std::string& id,
                            const std::string& name, bool lowercase = true)
{
    NamedLanguageModel named = NgramLanguageModel::wrap(std::move(model), lowercase);
    named.id = id;
    named.name = name;
    named.sourceCorpusId = "c1";
    return named;
}

WorkspaceContent contentWith(std::vector<NamedLanguageModel> models)
{
    WorkspaceContent content;
    auto corpus = std::make_shared<Corpus>();
    corpus->id = "c1";
    corpus->name = "chalet";
    corpus->documents.push_back({"d1", "el señorial chalet se encontraba a la izquierda", ""});
    content.corpora.push_back(corpus);
    content.models = std::move(models);
    return content;
}

// Every context of up to order-1 known ids, plus some with unknown and marker ids: the two
// models give exactly the same distribution after each.
bool sameProbabilities(const NgramModel& a, const NgramModel& b)
{
    if (a.vocabularySize() != b.vocabularySize())
        return false;
    std::vector<std::vector<TokenId>> contexts = {{}, {NgramVocabulary::sentenceStartId},
                                                  {NgramVocabulary::unknownId},
                                                  {NgramVocabulary::unknownId, NgramVocabulary::unknownId}};
    for (const auto& sentence : training) {
        const std::vector<TokenId> ids = a.vocabulary().encode(sentence, true);
        for (std::size_t end = 1; end <= ids.size(); ++end)
            contexts.emplace_back(ids.begin() + std::ptrdiff_t(end > 4 ? end - 4 : 0),
                                  ids.begin() + std::ptrdiff_t(end));
    }
    for (const auto& context : contexts) {
        if (a.distribution(context) != b.distribution(context))
            return false;
    }
    return true;
}

// The blob's parts, parsed and written back by the test's own reading of the layout in
// NgramModelCodec.h, so that hostile variants can be built by changing one thing.
struct Blob {
    std::uint8_t version = 0;
    std::uint8_t order = 0;
    std::vector<std::string> words;
    std::vector<std::uint64_t> wordCounts;
    std::vector<std::vector<std::vector<std::uint64_t>>> ngrams; // [n-1][i] = ids..., count

    static std::uint64_t varint(const std::string& bytes, std::size_t& at)
    {
        std::uint64_t value = 0;
        for (int shift = 0;; shift += 7) {
            const auto b = std::uint8_t(bytes.at(at++));
            value |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
        }
    }
    static void put(std::string& out, std::uint64_t value)
    {
        while (value >= 0x80) {
            out.push_back(char(std::uint8_t(value) | 0x80));
            value >>= 7;
        }
        out.push_back(char(value));
    }

    static Blob parse(const std::string& bytes)
    {
        Blob blob;
        if (bytes.substr(0, 4) != "LNGM")
            qFatal("no LNGM mark");
        std::size_t at = 4;
        blob.version = std::uint8_t(bytes.at(at++));
        blob.order = std::uint8_t(bytes.at(at++));
        const std::uint64_t words = varint(bytes, at);
        for (std::uint64_t i = 0; i < words; ++i) {
            const std::uint64_t length = varint(bytes, at);
            blob.words.push_back(bytes.substr(at, length));
            at += length;
            blob.wordCounts.push_back(varint(bytes, at));
        }
        for (int n = 1; n <= blob.order; ++n) {
            blob.ngrams.emplace_back();
            const std::uint64_t number = varint(bytes, at);
            for (std::uint64_t i = 0; i < number; ++i) {
                std::vector<std::uint64_t> entry;
                for (int j = 0; j <= n; ++j)
                    entry.push_back(varint(bytes, at));
                blob.ngrams.back().push_back(std::move(entry));
            }
        }
        if (at != bytes.size())
            qFatal("trailing bytes");
        return blob;
    }

    std::string bytes() const
    {
        std::string out = "LNGM";
        out.push_back(char(version));
        out.push_back(char(order));
        put(out, words.size());
        for (std::size_t i = 0; i < words.size(); ++i) {
            put(out, words[i].size());
            out += words[i];
            put(out, wordCounts[i]);
        }
        for (const auto& level : ngrams) {
            put(out, level.size());
            for (const auto& entry : level) {
                for (const std::uint64_t value : entry)
                    put(out, value);
            }
        }
        return out;
    }
};

} // namespace

class TestNgramStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    fs::path newPath()
    {
        return fs::path(m_dir.path().toStdString()) / ("n" + std::to_string(++m_counter) + ".lengua");
    }

private slots:
    void artefactTokenizerHasTheModelsIds()
    {
        const auto model = trained(NgramSmoothing::ModifiedKneserNey);
        const NamedLanguageModel named = NgramLanguageModel::wrap(model, true);
        QCOMPARE(named.kind, std::string("ngram"));
        QVERIFY(!named.gpt);
        QCOMPARE(named.model.get(), static_cast<const NextTokenModel*>(model.get()));
        QCOMPARE(named.tokenizer->vocabulary().size(), model->vocabularySize());
        QCOMPARE(named.tokenizer->vocabulary().tokens(), model->vocabulary().words());
        for (TokenId id : {NgramVocabulary::unknownId, NgramVocabulary::sentenceStartId,
                           NgramVocabulary::sentenceEndId})
            QVERIFY(named.tokenizer->vocabulary().isSpecial(id));
        QVERIFY(!named.tokenizer->vocabulary().isSpecial(3));
        QCOMPARE(named.tokenizer->unknownId(), NgramVocabulary::unknownId);
        const auto* word = dynamic_cast<const WordLevelTokenizer*>(named.tokenizer.get());
        QVERIFY(word && word->lowercase());
        QCOMPARE(word->unknownToken(), std::string("<unk>"));
        // A prompt goes to the model's own ids (case-folded), unknown words to <unk>.
        const Encoding encoded = named.tokenizer->encode("El Chalet zzz");
        QCOMPARE(encoded.ids, (std::vector<TokenId>{model->vocabulary().id("el"),
                                                    model->vocabulary().id("chalet"),
                                                    NgramVocabulary::unknownId}));
        // "Trigram, modified Kneser–Ney, N words, M n-grams" with the model's own numbers.
        const std::string expected = "Trigram, modified Kneser–Ney, "
            + std::to_string(model->vocabularySize() - 3) + " words, "
            + std::to_string(model->distinctNgrams()) + " n-grams";
        QCOMPARE(named.description, expected);
        QCOMPARE(NgramLanguageModel::describe(*trained(NgramSmoothing::AddK, 5)).substr(0, 23),
                 std::string("5-gram, add-k (k = 0.5)"));
    }

    void roundTripEveryEstimator_data()
    {
        QTest::addColumn<int>("smoothing");
        QTest::addColumn<int>("order");
        for (NgramSmoothing s : {NgramSmoothing::Mle, NgramSmoothing::AddK, NgramSmoothing::Interpolated,
                                 NgramSmoothing::StupidBackoff, NgramSmoothing::KneserNey,
                                 NgramSmoothing::ModifiedKneserNey}) {
            for (int order : {1, 3, 5})
                QTest::newRow((ngramSmoothingName(s) + " order " + std::to_string(order)).c_str())
                    << int(s) << order;
        }
    }

    void roundTripEveryEstimator()
    {
        QFETCH(int, smoothing);
        QFETCH(int, order);
        const auto original = trained(NgramSmoothing(smoothing), order, order == 5 ? 2 : 1);
        const fs::path path = newPath();
        write(path, contentWith({artefact(original, "m1", "n-gramas · chalet", false)}));
        const WorkspaceContent content = read(path);
        QCOMPARE(content.models.size(), std::size_t(1));
        const NamedLanguageModel& back = content.models.front();
        QCOMPARE(back.id, std::string("m1"));
        QCOMPARE(back.name, std::string("n-gramas · chalet"));
        QCOMPARE(back.kind, std::string("ngram"));
        QCOMPARE(back.sourceCorpusId, std::string("c1"));
        QCOMPARE(back.description, NgramLanguageModel::describe(*original));
        QVERIFY(!back.gpt);
        const auto* model = dynamic_cast<const NgramModel*>(back.model.get());
        QVERIFY(model);
        QCOMPARE(model->settings().order, order);
        QCOMPARE(model->settings().smoothing, NgramSmoothing(smoothing));
        QCOMPARE(model->settings().k, original->settings().k);
        QCOMPARE(model->settings().minCount, original->settings().minCount);
        QCOMPARE(model->vocabulary().words(), original->vocabulary().words());
        for (std::size_t id = 0; id < original->vocabularySize(); ++id)
            QCOMPARE(model->vocabulary().count(TokenId(id)), original->vocabulary().count(TokenId(id)));
        QCOMPARE(model->distinctNgrams(), original->distinctNgrams());
        QCOMPARE(model->trainingTokens(), original->trainingTokens());
        QCOMPARE(model->lambdas(), original->lambdas());
        QCOMPARE(model->discounts().size(), original->discounts().size());
        QVERIFY(sameProbabilities(*model, *original));
        const PerplexityReport a = model->perplexity(heldOut);
        const PerplexityReport b = original->perplexity(heldOut);
        QVERIFY((std::isinf(a.perplexity) && std::isinf(b.perplexity)) || a.perplexity == b.perplexity);
        const auto* word = dynamic_cast<const WordLevelTokenizer*>(back.tokenizer.get());
        QVERIFY(word && !word->lowercase());
        QCOMPARE(word->vocabulary().tokens(), original->vocabulary().words());
        QCOMPARE(back.tokenizer->encode("la casa").ids,
                 (std::vector<TokenId>{original->vocabulary().id("la"), original->vocabulary().id("casa")}));
    }

    // The same model gives the same bytes, and the codec alone round-trips.
    void codecIsDeterministic()
    {
        const auto model = trained(NgramSmoothing::KneserNey);
        const std::string bytes = NgramModelCodec::toBytes(*model);
        QCOMPARE(NgramModelCodec::toBytes(*model), bytes);
        const auto config = NgramModelCodec::configFromJson(NgramModelCodec::configToJson(*model), "m");
        const auto back = NgramModelCodec::fromBytes(bytes, config, "m");
        QCOMPARE(NgramModelCodec::toBytes(*back), bytes);
        const Blob blob = Blob::parse(bytes);
        QCOMPARE(blob.words, model->vocabulary().words());
        QCOMPARE(blob.order, std::uint8_t(3));
        std::size_t stored = 0;
        for (const auto& level : blob.ngrams)
            stored += level.size();
        QCOMPARE(stored, std::size_t(model->distinctNgrams()));
        QCOMPARE(blob.bytes(), bytes); // the test reads the layout as documented
    }

    void hostileBlobsAreErrors_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("mark") << "mark" << "do not start with";
        QTest::newRow("version") << "version" << "format 9";
        QTest::newRow("order") << "order" << "order 2";
        QTest::newRow("count 0") << "count0" << "count of 0";
        QTest::newRow("word count 0") << "wordcount0" << "count of 0";
        QTest::newRow("id out of range") << "id" << "out of range";
        QTest::newRow("huge vocabulary") << "hugevocab" << "cannot be in";
        QTest::newRow("huge n-gram number") << "hugengrams" << "cannot be in";
        QTest::newRow("huge word length") << "hugeword" << "truncated";
        QTest::newRow("65-bit varint") << "varint" << "64 bits";
        QTest::newRow("trailing bytes") << "trailing" << "follow the last n-gram";
        QTest::newRow("duplicate word") << "duplicate" << "vocabulary is damaged";
        QTest::newRow("markers missing") << "markers" << "vocabulary is damaged";
        QTest::newRow("trigram not covered") << "uncovered" << "inconsistent";
        QTest::newRow("empty") << "empty" << "do not start with";
    }

    void hostileBlobsAreErrors()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        const auto model = trained(NgramSmoothing::ModifiedKneserNey);
        const auto config = NgramModelCodec::configFromJson(NgramModelCodec::configToJson(*model), "m");
        Blob blob = Blob::parse(NgramModelCodec::toBytes(*model));
        std::string bytes;
        if (change == "mark") {
            bytes = blob.bytes();
            bytes[0] = 'X';
        } else if (change == "version") {
            blob.version = 9;
        } else if (change == "order") {
            blob.order = 2;
            blob.ngrams.pop_back();
        } else if (change == "count0") {
            blob.ngrams[2][0].back() = 0;
        } else if (change == "wordcount0") {
            blob.wordCounts[3] = 0;
        } else if (change == "id") {
            blob.ngrams[1][0][1] = blob.words.size();
        } else if (change == "hugevocab" || change == "hugengrams" || change == "hugeword"
                   || change == "varint") {
            // Hand-made: the header, then one absurd number.
            bytes = std::string("LNGM") + char(1) + char(3);
            if (change == "hugengrams") {
                Blob::put(bytes, 3);
                for (const char* w : {"<unk>", "<s>", "</s>"}) {
                    Blob::put(bytes, std::string(w).size());
                    bytes += w;
                    Blob::put(bytes, 1);
                }
                Blob::put(bytes, std::uint64_t(1) << 60);
            } else if (change == "hugeword") {
                Blob::put(bytes, 3);
                Blob::put(bytes, std::uint64_t(1) << 40);
                bytes += "abcdef";
            } else if (change == "varint") {
                bytes += std::string(10, char(0xff));
                bytes.push_back(char(0x01));
            } else {
                Blob::put(bytes, std::uint64_t(1) << 62);
                bytes += "xyz";
            }
        } else if (change == "trailing") {
            bytes = blob.bytes() + "!";
        } else if (change == "duplicate") {
            blob.words[4] = blob.words[3];
        } else if (change == "markers") {
            std::swap(blob.words[0], blob.words[3]); // counts stay: id 3 keeps a count > 0
        } else if (change == "uncovered") {
            // A trigram over a bigram that is not stored.
            const std::uint64_t last = blob.words.size() - 1;
            blob.ngrams[2].push_back({last, last, last, 1});
        }
        if (bytes.empty() && change != "empty")
            bytes = blob.bytes();
        const QString error = errorOf([&] { NgramModelCodec::fromBytes(bytes, config, "the model \"x\""); });
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("the model \"x\"")), qPrintable(error));
    }

    // Every prefix of a real blob, and random damage, is refused (or, for damage that keeps
    // the blob consistent, read) without a crash.
    void truncatedAndRandomDamageNeverCrash()
    {
        const auto model = trained(NgramSmoothing::KneserNey, 2);
        const auto config = NgramModelCodec::configFromJson(NgramModelCodec::configToJson(*model), "m");
        const std::string bytes = NgramModelCodec::toBytes(*model);
        for (std::size_t size = 0; size < bytes.size(); ++size)
            QVERIFY(!errorOf([&] { NgramModelCodec::fromBytes(bytes.substr(0, size), config, "m"); }).isEmpty());
        std::mt19937 random(5);
        int refused = 0;
        for (int trial = 0; trial < 2000; ++trial) {
            std::string damaged = bytes;
            const int changes = 1 + int(random() % 3);
            for (int c = 0; c < changes; ++c)
                damaged[random() % damaged.size()] = char(random() % 256);
            try {
                NgramModelCodec::fromBytes(damaged, config, "m");
            } catch (const Error&) {
                ++refused;
            }
        }
        QVERIFY(refused > 1000);
    }

    void badConfigsAreErrors()
    {
        const auto model = trained(NgramSmoothing::Interpolated);
        const std::string good = NgramModelCodec::configToJson(*model);
        QCOMPARE(NgramModelCodec::configFromJson(good, "m").lambdas, model->lambdas());
        const auto bad = [&](const std::string& text) { return errorOf([&] { NgramModelCodec::configFromJson(text, "m"); }); };
        QVERIFY(bad("[").contains("not a JSON object"));
        QVERIFY(bad(R"({"order": 0})").contains("outside 1 .. 5"));
        QVERIFY(bad(R"({"order": 3, "smoothing": "wb"})").contains("smoothing"));
        auto json = [&](const std::string& key, const std::string& value) {
            std::string text = good;
            const std::size_t at = text.find("\"" + key + "\":");
            const std::size_t begin = at + key.size() + 3;
            std::size_t end = begin;
            int depth = 0;
            while (end < text.size() && (depth > 0 || (text[end] != ',' && text[end] != '}'))) {
                depth += text[end] == '[' ? 1 : text[end] == ']' ? -1 : 0;
                ++end;
            }
            return text.replace(begin, end - begin, value);
        };
        QVERIFY(bad(json("discount", "1.5")).contains("discount"));
        QVERIFY(bad(json("k", "\"x\"")).contains("\"k\""));
        QVERIFY(bad(json("lambdas_in_use", "[0.5, 0.5]")).contains("2 interpolation weights for order 3"));
        QVERIFY(bad(json("lambdas_in_use", "[2, 0, 0]")).contains("outside [0, 1]"));
        QVERIFY(bad(json("min_count", "0")).contains("min_count"));
        QVERIFY(bad(json("discounts", "[[1, 2]]")).contains("discounts"));

        // Discounts that the counts do not give.
        const auto kn = trained(NgramSmoothing::ModifiedKneserNey);
        auto config = NgramModelCodec::configFromJson(NgramModelCodec::configToJson(*kn), "m");
        QVERIFY(!config.discounts.empty());
        config.discounts.back()[0] += 0.125;
        QVERIFY(errorOf([&] { NgramModelCodec::fromBytes(NgramModelCodec::toBytes(*kn), config, "m"); })
                    .contains("discounts do not match"));
    }

    // Through a real file: a damaged row names the file and the model.
    void damagedRowIsAnError_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated blob") << "UPDATE models SET weights = substr(weights, 1, 40)"
                                        << "the n-gram counts are damaged";
        QTest::newRow("empty blob") << "UPDATE models SET weights = x''" << "do not start with";
        QTest::newRow("config order") << "UPDATE models SET config = json_set(config, '$.order', 2)"
                                      << "the configuration says 2";
        QTest::newRow("config") << "UPDATE models SET config = '{'" << "not a JSON object";
        QTest::newRow("tokenizer") << "UPDATE models SET tokenizer = '[]'" << "tokenizer";
        QTest::newRow("tokenizer of other words")
            << "UPDATE models SET tokenizer = replace(tokenizer, '\"chalet\"', '\"chalé\"')"
            << "n-gram vocabulary's is \"chalet\"";
        QTest::newRow("history") << "UPDATE models SET history = '{}'" << "training history";
    }

    void damagedRowIsAnError()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const fs::path path = newPath();
        write(path, contentWith({artefact(trained(NgramSmoothing::KneserNey), "m1", "dañado")}));
        exec(path, sql.toStdString());
        const QString error = errorOf([&] { read(path); });
        QVERIFY2(error.startsWith(QString::fromStdString(path.string()) + " is damaged ("), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("dañado")), qPrintable(error));
    }

    void unsavableNgramIsRefused()
    {
        NamedLanguageModel model = artefact(trained(NgramSmoothing::KneserNey), "m1", "x");
        // A tokenizer over other words would give the model the wrong ids.
        model.tokenizer = NgramLanguageModel::tokenizerFor(trained(NgramSmoothing::KneserNey, 3, 2)->vocabulary(), true);
        const fs::path path = newPath();
        QVERIFY(errorOf([&] { write(path, contentWith({model})); }).contains("tokenizer"));
        model.tokenizer.reset();
        QVERIFY(errorOf([&] { write(path, contentWith({model})); }).contains("no tokenizer"));
        QVERIFY(!fs::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestNgramStore)
#include "tst_ngramstore.moc"
