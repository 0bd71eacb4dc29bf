// Word vectors in a workspace file (format 4): the vectors come back bit for bit, with
// their words, counts and metadata, in order; a second save keeps the stored blobs; a
// removed embedding loses its row; a format-3 file migrates; a damaged or hostile row is
// an Error naming the file and the embedding, never a crash.
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/Safetensors.h"
#include "embed/Word2VecTrainer.h"
#include "store/EmbeddingStore.h"
#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"
#include "store/WorkspaceFile.h"
#include "support/WorkspaceFileAccess.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>

using namespace lengua;
namespace fs = std::filesystem;
using namespace workspacefile;

namespace {

const char* const sampleText = "En un lugar de la Mancha, de cuyo nombre no quiero acordarme.";

// Values chosen to catch any lossy step: a negative zero, a subnormal, the largest and
// smallest normal floats, and a value with all mantissa bits set.
arma::fmat awkwardVectors()
{
    arma::fmat vectors = {{1.0f, -0.0f, 0.1f},
                          {std::numeric_limits<float>::denorm_min(), -3.0e38f, 1e-38f},
                          {std::numeric_limits<float>::max(), std::numeric_limits<float>::min(),
                           std::bit_cast<float>(0x3fffffffu)},
                          {-1.0f / 3.0f, 2.0f / 3.0f, 7.25f}};
    return vectors;
}

NamedWordVectors trained(const std::string& id, const std::string& name)
{
    NamedWordVectors embedding;
    embedding.id = id;
    embedding.name = name;
    embedding.method = "sg";
    // Words a line-based encoding must survive: a backslash, an escaped-looking "\n", a
    // line feed, accents and a CJK word.
    embedding.vectors = std::make_shared<const WordVectors>(
        std::vector<std::string>{"canción", "a\\n", "dos\nlíneas", "東京"}, awkwardVectors());
    embedding.counts = {12, 0, std::numeric_limits<std::uint64_t>::max(), 3};
    embedding.sourceCorpusId = "c1";
    embedding.description = "skip-gram, 3 dims, window 5, 2 epochs, 4 words";
    embedding.settingsJson = R"({"dimension":3,"window":5,"epochs":2})";
    embedding.epochLosses = {3.1415926535897931, 0.1 + 0.2};
    return embedding;
}

NamedWordVectors imported(const std::string& id, const std::string& name)
{
    NamedWordVectors embedding;
    embedding.id = id;
    embedding.name = name;
    embedding.method = "imported";
    arma::fmat vectors(3, 2);
    vectors = {{0.5f, -0.25f}, {1.0f, 2.0f}, {-8.0f, 0.125f}};
    embedding.vectors = std::make_shared<const WordVectors>(
        std::vector<std::string>{"king", "queen", "man"}, vectors);
    embedding.description = "glove.txt, 3 words, 2 dims";
    embedding.settingsJson = "{}";
    return embedding;
}

WorkspaceContent contentWith(std::vector<NamedWordVectors> embeddings)
{
    WorkspaceContent content = contentWithCorpus("muestra", sampleText);
    content.embeddings = std::move(embeddings);
    return content;
}

bool sameBits(const arma::fmat& a, const arma::fmat& b)
{
    return a.n_rows == b.n_rows && a.n_cols == b.n_cols
        && std::memcmp(a.memptr(), b.memptr(), a.n_elem * sizeof(float)) == 0;
}

void compareEmbedding(const NamedWordVectors& actual, const NamedWordVectors& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.sourceCorpusId, expected.sourceCorpusId);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.settingsJson, expected.settingsJson);
    QCOMPARE(actual.counts, expected.counts);
    QCOMPARE(actual.epochLosses.size(), expected.epochLosses.size());
    for (std::size_t i = 0; i < actual.epochLosses.size(); ++i)
        QCOMPARE(std::bit_cast<std::uint64_t>(actual.epochLosses[i]),
                 std::bit_cast<std::uint64_t>(expected.epochLosses[i]));
    QVERIFY(actual.vectors && expected.vectors);
    QCOMPARE(actual.vectors->words(), expected.vectors->words());
    QVERIFY(sameBits(actual.vectors->vectors(), expected.vectors->vectors()));
}

// Replaces one blob column of every embeddings row with bytes built in C++.
void setBlob(const fs::path& path, const std::string& column, const std::string& bytes)
{
    SqliteDatabase database(path, SQLITE_OPEN_READWRITE);
    SqliteStatement update(database, "UPDATE embeddings SET " + column + " = ?");
    update.bindBlob(1, bytes);
    update.run();
}

std::string blobOf(const std::vector<std::int64_t>& shape, std::vector<float> data,
                   const std::string& name = "vectors")
{
    std::map<std::string, SafetensorsTensor> tensors;
    tensors[name] = SafetensorsTensor{shape, std::move(data)};
    return Safetensors::toBytes(tensors);
}

} // namespace

class TestEmbeddingStore : public QObject {
    Q_OBJECT

private:
    WorkspacePaths m_paths;

    fs::path newPath() { return m_paths.next(); }

    // A saved workspace with one embedding called "dañado", then damaged by sql.
    void expectDamaged(const std::function<void(const fs::path&)>& damage, const QString& message)
    {
        const fs::path path = newPath();
        write(path, contentWith({imported("e1", "dañado")}));
        damage(path);
        const QString error = errorOf([&] { read(path); });
        QVERIFY2(error.startsWith(QString::fromStdString(path.string()) + " is damaged ("),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the embedding \"dañado\"")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

private slots:
    void initTestCase() { QVERIFY(m_paths.isValid()); }

    void roundTrip()
    {
        const fs::path path = newPath();
        const std::vector<NamedWordVectors> originals
            = {trained("e2", "word2vec · muestra"), imported("e1", "GloVe")};
        write(path, contentWith(originals));
        QCOMPARE(queryInt(path, "PRAGMA user_version"), std::int64_t(4));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM embeddings"), std::int64_t(2));

        const WorkspaceContent content = read(path);
        QCOMPARE(content.embeddings.size(), std::size_t(2));
        compareEmbedding(content.embeddings[0], originals[0]); // the user's order, not the ids'
        compareEmbedding(content.embeddings[1], originals[1]);
        QVERIFY(content.embeddings[1].counts.empty());
        QVERIFY(content.embeddings[1].epochLosses.empty());
        QCOMPARE(content.embeddings[0].vectors->word(2), std::string("dos\nlíneas"));
        // The store answers queries as before: the nearest word to "king" is found again.
        QCOMPARE(content.embeddings[1].vectors->nearest("king", 1).front().word,
                 originals[1].vectors->nearest("king", 1).front().word);
    }

    // An embedding as the word2vec panel makes it: vocabulary order, counts, per-epoch loss.
    void trainedEmbeddingRoundTrip()
    {
        Word2VecSettings settings;
        settings.dimension = 8;
        settings.minCount = 1;
        settings.epochs = 2;
        Word2VecTrainer trainer(settings);
        const std::vector<std::vector<std::string>> sentences
            = {{"el", "rey", "y", "la", "reina"}, {"el", "hombre", "y", "la", "mujer"}};
        const Word2VecResult result = trainer.train(sentences);
        NamedWordVectors embedding;
        embedding.id = "e1";
        embedding.name = "skip-gram · muestra";
        embedding.method = "sg";
        embedding.vectors = std::make_shared<const WordVectors>(result.vocabulary.words(),
                                                                arma::fmat(result.vectors.t()));
        embedding.counts = result.vocabulary.counts();
        for (const Word2VecProgress& epoch : result.epochs)
            embedding.epochLosses.push_back(epoch.loss);
        embedding.settingsJson = "{\"dimension\":8}";

        const fs::path path = newPath();
        write(path, contentWith({embedding}));
        const WorkspaceContent content = read(path);
        QCOMPARE(content.embeddings.size(), std::size_t(1));
        compareEmbedding(content.embeddings.front(), embedding);
        QCOMPARE(content.embeddings.front().epochLosses.size(), std::size_t(2));
        QCOMPARE(content.embeddings.front().counts.front(), std::uint64_t(2)); // "el" (or "y", "la")
    }

    // The vectors blob is a plain safetensors file: one F32 tensor, V × dim, row-major.
    void blobIsSafetensors()
    {
        const arma::fmat vectors = awkwardVectors();
        const Safetensors file = Safetensors::fromBytes(EmbeddingStore::vectorsToBytes(vectors), "b");
        QCOMPARE(file.tensors().size(), std::size_t(1));
        const SafetensorsTensor& tensor = file.tensor("vectors");
        QCOMPARE(tensor.shape, (std::vector<std::int64_t>{4, 3}));
        QCOMPARE(std::bit_cast<std::uint32_t>(tensor.data[1]), 0x80000000u); // row 0, col 1: -0
        QCOMPARE(tensor.data[3], std::numeric_limits<float>::denorm_min());   // row 1, col 0
        QCOMPARE(tensor.data[11], 7.25f);
        QVERIFY(sameBits(EmbeddingStore::vectorsFromBytes(EmbeddingStore::vectorsToBytes(vectors), "b"),
                         vectors));
        // Byte for byte what the general writer makes of the same tensor.
        arma::fmat rowMajor = vectors.t();
        QCOMPARE(EmbeddingStore::vectorsToBytes(vectors),
                 blobOf({4, 3}, std::vector<float>(rowMajor.begin(), rowMajor.end())));
        QCOMPARE(EmbeddingStore::vectorsToBytes(arma::fmat(0, 0)), blobOf({0, 0}, {}));
    }

    void partsRoundTrip()
    {
        const std::vector<std::string> words = {"\\", "\n", "\\n", "a\\\\b", "x\ry", "ñ"};
        QCOMPARE(EmbeddingStore::wordsFromBytes(EmbeddingStore::wordsToBytes(words), "e"), words);
        QCOMPARE(EmbeddingStore::wordsToBytes({"a", "b\nc", "d\\"}), std::string("a\nb\\nc\nd\\\\"));
        QVERIFY(EmbeddingStore::wordsFromBytes("", "e").empty());
        const std::vector<std::uint64_t> counts = {0, 1, 256, 0x0102030405060708u};
        const std::string bytes = EmbeddingStore::countsToBytes(counts);
        QCOMPARE(bytes.size(), std::size_t(32));
        QCOMPARE(bytes.substr(24, 8), std::string("\x08\x07\x06\x05\x04\x03\x02\x01", 8)); // LE
        QCOMPARE(EmbeddingStore::countsFromBytes(bytes, "e"), counts);
        const std::vector<double> losses
            = EmbeddingStore::lossesFromJson(EmbeddingStore::lossesToJson(
                                                 {1.5, std::numeric_limits<double>::infinity()}),
                                             "e");
        QCOMPARE(losses.size(), std::size_t(2));
        QCOMPARE(losses[0], 1.5);
        QVERIFY(std::isnan(losses[1])); // not finite is stored as null
    }

    void emptyStoreRoundTrip()
    {
        NamedWordVectors empty = imported("e1", "vacío");
        empty.vectors = std::make_shared<const WordVectors>();
        const fs::path path = newPath();
        write(path, contentWith({empty}));
        const WorkspaceContent content = read(path);
        QCOMPARE(content.embeddings.size(), std::size_t(1));
        QVERIFY(content.embeddings.front().vectors->empty());
    }

    void secondSaveKeepsBlobs()
    {
        const fs::path path = newPath();
        NamedWordVectors first = trained("e1", "first");
        const NamedWordVectors second = imported("e2", "second");
        write(path, contentWith({first, second}));
        const std::int64_t rowid = queryInt(path, "SELECT rowid FROM embeddings WHERE id = 'e1'");
        // Change the stored vectors behind Lengua's back: a save that rewrote the blob
        // would put the original values back.
        arma::fmat marked = awkwardVectors();
        marked(0, 0) = 42.0f;
        {
            SqliteDatabase database(path, SQLITE_OPEN_READWRITE);
            SqliteStatement update(database, "UPDATE embeddings SET vectors = ? WHERE id = 'e1'");
            const std::string bytes = EmbeddingStore::vectorsToBytes(marked);
            update.bindBlob(1, bytes);
            update.run();
        }
        // Renamed, reordered, the other removed: e1's row is updated, not replaced.
        first.name = "renamed";
        first.description = "new description";
        write(path, contentWith({first}));
        QCOMPARE(queryInt(path, "SELECT rowid FROM embeddings WHERE id = 'e1'"), rowid);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM embeddings"), std::int64_t(1));
        const WorkspaceContent content = read(path);
        QCOMPARE(content.embeddings.size(), std::size_t(1));
        QCOMPARE(content.embeddings.front().name, std::string("renamed"));
        QCOMPARE(content.embeddings.front().description, std::string("new description"));
        QCOMPARE(content.embeddings.front().vectors->vectors()(0, 0), 42.0f);
    }

    void removalDeletesTheRow()
    {
        const fs::path path = newPath();
        // Large enough that its pages are worth handing back.
        NamedWordVectors big = imported("e1", "big");
        std::vector<std::string> words;
        for (int i = 0; i < 2000; ++i)
            words.push_back(std::to_string(i) + "w"); // not "w" + …: GCC 12's -Wrestrict false alarm
        big.vectors = std::make_shared<const WordVectors>(words, arma::fmat(2000, 100, arma::fill::ones));
        write(path, contentWith({big, imported("e2", "small")}));
        const auto sizeWithBig = fs::file_size(path);
        write(path, contentWith({imported("e2", "small")}));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM embeddings WHERE id = 'e1'"), std::int64_t(0));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM embeddings"), std::int64_t(1));
        QCOMPARE(queryInt(path, "PRAGMA freelist_count"), std::int64_t(0));
        QVERIFY(fs::file_size(path) < sizeWithBig - 2000 * 100 * sizeof(float));
        write(path, contentWith({}));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM embeddings"), std::int64_t(0));
        QVERIFY(read(path).embeddings.empty());
    }

    // A file of format 3 (no embeddings table) reads with no embeddings and is migrated
    // on save.
    void migratesFromVersion3()
    {
        const fs::path path = newPath();
        write(path, contentWith({}));
        exec(path, "DROP TABLE embeddings; PRAGMA user_version = 3;"
                   " UPDATE meta SET value = '3' WHERE key = 'schema_version'");
        WorkspaceContent content = read(path);
        QCOMPARE(content.corpora.size(), std::size_t(1));
        QVERIFY(content.embeddings.empty());
        QCOMPARE(queryInt(path, "PRAGMA user_version"), std::int64_t(3)); // reading changes nothing

        const NamedWordVectors embedding = trained("e1", "migrated");
        content.embeddings.push_back(embedding);
        write(path, content);
        QCOMPARE(queryInt(path, "PRAGMA user_version"), std::int64_t(4));
        const WorkspaceContent again = read(path);
        QCOMPARE(again.embeddings.size(), std::size_t(1));
        compareEmbedding(again.embeddings.front(), embedding);
    }

    void damagedRowIsAnError_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated vectors")
            << "UPDATE embeddings SET vectors = substr(vectors, 1, length(vectors) - 4)" << "(vectors)";
        QTest::newRow("hostile header length")
            << "UPDATE embeddings SET vectors = x'ffffffffffffffff7b7d'" << "header length";
        QTest::newRow("empty vectors") << "UPDATE embeddings SET vectors = x''" << "too short";
        QTest::newRow("not JSON header")
            << "UPDATE embeddings SET vectors = x'0200000000000000213f'" << "not well-formed JSON";
        QTest::newRow("too few words")
            << "UPDATE embeddings SET words = CAST('king' || char(10) || 'queen' AS BLOB)"
            << "has 2 words for 3 vectors";
        QTest::newRow("too many words")
            << "UPDATE embeddings SET words = CAST('a' || char(10) || 'b' || char(10) || 'c'"
               " || char(10) || 'd' AS BLOB)"
            << "has 4 words for 3 vectors";
        QTest::newRow("no words") << "UPDATE embeddings SET words = x''" << "has 0 words for 3";
        QTest::newRow("repeated word")
            << "UPDATE embeddings SET words = CAST('a' || char(10) || 'b' || char(10) || 'a' AS BLOB)"
            << "the word \"a\" repeats";
        QTest::newRow("empty word")
            << "UPDATE embeddings SET words = CAST('a' || char(10) || char(10) || 'c' AS BLOB)"
            << "word 2 is empty";
        QTest::newRow("bad escape")
            << "UPDATE embeddings SET words = CAST('a' || char(10) || 'b\\x' || char(10) || 'c' AS BLOB)"
            << "word 2 has a backslash that escapes nothing";
        QTest::newRow("counts not whole") << "UPDATE embeddings SET counts = zeroblob(7)"
                                          << "not a whole number of 8-byte values";
        QTest::newRow("counts too few") << "UPDATE embeddings SET counts = zeroblob(16)"
                                        << "has 2 counts for 3 words";
        QTest::newRow("settings not JSON") << "UPDATE embeddings SET settings = '{'"
                                           << "the settings are not a JSON object";
        QTest::newRow("settings array") << "UPDATE embeddings SET settings = '[]'"
                                        << "the settings are not a JSON object";
        QTest::newRow("losses not array") << "UPDATE embeddings SET epoch_losses = '{}'"
                                          << "the epoch losses are not a JSON array";
        QTest::newRow("loss not number") << "UPDATE embeddings SET epoch_losses = '[1, \"a\"]'"
                                         << "epoch loss 2 is not a number";
        QTest::newRow("no id") << "UPDATE embeddings SET id = ''" << "has no id";
    }

    void damagedRowIsAnError()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        expectDamaged([&](const fs::path& path) { exec(path, sql.toStdString()); }, message);
    }

    // Blobs that are valid safetensors but not the vectors Lengua writes.
    void hostileVectorsAreRefused_data()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const std::string& blob, const char* message) {
            QTest::newRow(name) << QByteArray::fromStdString(blob) << QString::fromUtf8(message);
        };
        row("NaN", blobOf({3, 2}, {0, 1, 2, nan, 4, 5}), "NaN or an infinite value");
        row("infinity", blobOf({3, 2}, {0, 1, 2, 3, 4, -inf}), "NaN or an infinite value");
        row("one dimension", blobOf({6}, {0, 1, 2, 3, 4, 5}), "has shape [6], not words");
        row("three dimensions", blobOf({3, 2, 1}, {0, 1, 2, 3, 4, 5}), "has shape [3, 2, 1]");
        row("transposed", blobOf({2, 3}, {0, 1, 2, 3, 4, 5}), "has 3 words for 2 vectors");
        row("other name", blobOf({3, 2}, {0, 1, 2, 3, 4, 5}, "weights"),
            "unexpected tensor \"weights\"");
        row("no tensor", Safetensors::toBytes({}), "no tensor \"vectors\"");
        row("zero dimensions", blobOf({3, 0}, {}), "dimension is outside 1 .. 65536");
        row("huge dimension, no rows", blobOf({0, std::int64_t(1) << 40}, {}),
            "dimension is outside 1 .. 65536");
        // A header that claims far more data than the blob holds.
        std::string claimsTooMuch = blobOf({3, 2}, {0, 1, 2, 3, 4, 5});
        const std::string shape = "[3,2]";
        const auto at = claimsTooMuch.find(shape);
        QVERIFY(at != std::string::npos);
        claimsTooMuch.replace(at, shape.size(), "[9,9]");
        row("claims more data", claimsTooMuch, "(vectors)");
        std::map<std::string, SafetensorsTensor> two;
        two["vectors"] = {{3, 2}, {0, 1, 2, 3, 4, 5}};
        two["extra"] = {{1}, {0}};
        row("extra tensor", Safetensors::toBytes(two), "unexpected tensor \"extra\"");
    }

    void hostileVectorsAreRefused()
    {
        QFETCH(QByteArray, blob);
        QFETCH(QString, message);
        expectDamaged([&](const fs::path& path) { setBlob(path, "vectors", blob.toStdString()); },
                      message);
    }

    void unsavableEmbeddingIsRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << 0 << "WorkspaceFile::write(): the embedding \"x\" has no id";
        QTest::newRow("no vectors") << 1 << "WorkspaceFile::write(): the embedding \"x\" has no vectors";
        QTest::newRow("counts") << 2
                                << "WorkspaceFile::write(): the embedding \"x\" has 2 counts for 3 words";
        QTest::newRow("same id") << 3 << "WorkspaceFile::write(): two embeddings have the id e1";
    }

    void unsavableEmbeddingIsRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        NamedWordVectors embedding = imported("e1", "x");
        std::vector<NamedWordVectors> embeddings = {embedding};
        switch (fault) {
        case 0: embeddings[0].id.clear(); break;
        case 1: embeddings[0].vectors.reset(); break;
        case 2: embeddings[0].counts = {1, 2}; break;
        default: embeddings.push_back(embedding); break;
        }
        const fs::path path = newPath();
        QCOMPARE(errorOf([&] { write(path, contentWith(embeddings)); }), message);
        QVERIFY(!fs::exists(path));
        // An existing workspace is left as it was.
        write(path, contentWith({imported("e9", "kept")}));
        QCOMPARE(errorOf([&] { write(path, contentWith(embeddings)); }), message);
        QCOMPARE(read(path).embeddings.front().name, std::string("kept"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingStore)
#include "tst_embeddingstore.moc"
