// Tests of the workspace file (engine/store): round trip, incremental saves, every
// kind of bad file, refusal to overwrite, cancellation, and read-only reading.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "embed/NamedWordVectors.h"
#include "store/SqliteDatabase.h"
#include "store/WorkspaceFile.h"
#include "tokenize/WordPiece.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <cstring>
#include <functional>
#include <iterator>
#include <stop_token>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

using namespace lengua;
namespace fs = std::filesystem;

namespace {

QByteArray bytes(const std::string& text)
{
    return QByteArray::fromStdString(text);
}

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const fs::path& path, const std::string& data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// The message of the Error that `action` throws, or "(no error)".
QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("(no error)");
}

WorkspaceContent readWorkspace(const fs::path& path)
{
    JobContext context;
    return WorkspaceFile::read(path, context);
}

void writeWorkspace(const fs::path& path, const WorkspaceContent& content)
{
    JobContext context;
    WorkspaceFile::write(path, content, context);
}

// Runs one statement with the plain SQLite API, as another program would.
void sqliteExec(const fs::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
        SQLITE_OK);
    char* message = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    const QString text = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(code == SQLITE_OK, qPrintable(text));
}

std::int64_t sqliteInt(const fs::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    std::int64_t value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

std::string sqliteText(const fs::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    std::string value = "(none)";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

// The names of the files in a folder, sorted.
QStringList filesIn(const fs::path& folder)
{
    QStringList names;
    for (const auto& entry : fs::directory_iterator(folder))
        names << QString::fromStdString(entry.path().filename().string());
    names.sort();
    return names;
}

std::shared_ptr<const Corpus> songs()
{
    auto corpus = std::make_shared<Corpus>();
    corpus->id = "0123456789abcdef0123456789abcdef";
    corpus->name = "Canciones";
    corpus->source = "/home/ana/canciones.csv";
    corpus->format = "csv";
    corpus->language = "es";
    corpus->decoding = DecodingReport{"windows-1252", true, 3};
    corpus->warnings = {"line 4: empty text, skipped", "3 invalid bytes replaced by “�”"};
    corpus->documents = {
        {"line 2", "La canción del pirata", "poesía"},
        {"line 3", "Con diez cañones por banda,\nviento en popa, a toda vela", "poesía"},
        {"line 5", "", ""},
        {"line 6", std::string("bytes\0after NUL", 15), "prosa"},
    };
    return corpus;
}

std::shared_ptr<const Corpus> bible()
{
    auto corpus = std::make_shared<Corpus>();
    corpus->id = "fedcba9876543210fedcba9876543210";
    corpus->name = "King James";
    corpus->source = "engKJV2006eb";
    corpus->format = "sword";
    corpus->language = "en";
    corpus->documents = {
        {"Genesis 1:1", "In the beginning God created the heaven and the earth.", ""},
        {"Genesis 1:2", "And the earth was without form, and void.", ""},
    };
    return corpus;
}

// A corpus of `count` documents of `size` bytes each.
std::shared_ptr<const Corpus> generated(const std::string& id, const std::string& name, int count,
                                        std::size_t size)
{
    auto corpus = std::make_shared<Corpus>();
    corpus->id = id;
    corpus->name = name;
    corpus->source = "generated";
    corpus->format = "text";
    for (int i = 0; i < count; ++i) {
        std::string text(size, 'a' + static_cast<char>(i % 26));
        text.replace(0, std::min<std::size_t>(size, 9),
                     std::to_string(100000000 + i).substr(0, size));
        corpus->documents.push_back({"doc " + std::to_string(i), text, i % 2 ? "odd" : "even"});
    }
    return corpus;
}

WorkspaceContent twoCorpora()
{
    WorkspaceContent content;
    content.corpora = {songs(), bible()};
    content.settings = {{"ui.language", "es"}, {"seed", "42"}, {"vacío", ""}};
    return content;
}

void compareCorpus(const Corpus& actual, const Corpus& expected)
{
    QCOMPARE(bytes(actual.id), bytes(expected.id));
    QCOMPARE(bytes(actual.name), bytes(expected.name));
    QCOMPARE(bytes(actual.source), bytes(expected.source));
    QCOMPARE(bytes(actual.format), bytes(expected.format));
    QCOMPARE(bytes(actual.language), bytes(expected.language));
    QCOMPARE(bytes(actual.decoding.encoding), bytes(expected.decoding.encoding));
    QCOMPARE(actual.decoding.fallback, expected.decoding.fallback);
    QCOMPARE(actual.decoding.replacements, expected.decoding.replacements);
    QCOMPARE(actual.warnings.size(), expected.warnings.size());
    for (std::size_t i = 0; i < actual.warnings.size(); ++i)
        QCOMPARE(bytes(actual.warnings[i]), bytes(expected.warnings[i]));
    QCOMPARE(actual.documents.size(), expected.documents.size());
    for (std::size_t i = 0; i < actual.documents.size(); ++i) {
        QCOMPARE(bytes(actual.documents[i].id), bytes(expected.documents[i].id));
        QCOMPARE(bytes(actual.documents[i].text), bytes(expected.documents[i].text));
        QCOMPARE(bytes(actual.documents[i].label), bytes(expected.documents[i].label));
    }
}

void compareContent(const WorkspaceContent& actual, const WorkspaceContent& expected)
{
    QCOMPARE(actual.corpora.size(), expected.corpora.size());
    for (std::size_t i = 0; i < actual.corpora.size(); ++i) {
        compareCorpus(*actual.corpora[i], *expected.corpora[i]);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(actual.processedCorpora.size(), expected.processedCorpora.size());
    for (std::size_t i = 0; i < actual.processedCorpora.size(); ++i) {
        const ProcessedCorpus& a = *actual.processedCorpora[i];
        const ProcessedCorpus& e = *expected.processedCorpora[i];
        QCOMPARE(bytes(a.id), bytes(e.id));
        QCOMPARE(bytes(a.name), bytes(e.name));
        QCOMPARE(bytes(a.sourceCorpusId), bytes(e.sourceCorpusId));
        QCOMPARE(bytes(a.settings.toJson()), bytes(e.settings.toJson()));
        QCOMPARE(bytes(a.language), bytes(e.language));
        QCOMPARE(a.seconds, e.seconds);
        QCOMPARE(a.documents.size(), e.documents.size());
        for (std::size_t d = 0; d < a.documents.size(); ++d) {
            QCOMPARE(bytes(a.documents[d].id), bytes(e.documents[d].id));
            QCOMPARE(bytes(a.documents[d].label), bytes(e.documents[d].label));
            QVERIFY(a.documents[d].sentences == e.documents[d].sentences);
        }
        QCOMPARE(a.steps.size(), e.steps.size());
        for (std::size_t s = 0; s < a.steps.size(); ++s) {
            QCOMPARE(bytes(a.steps[s].name), bytes(e.steps[s].name));
            QCOMPARE(a.steps[s].tokens, e.steps[s].tokens);
            QCOMPARE(a.steps[s].types, e.steps[s].types);
        }
        QCOMPARE(a.corrections.size(), e.corrections.size());
        for (std::size_t c = 0; c < a.corrections.size(); ++c) {
            QCOMPARE(bytes(a.corrections[c].original), bytes(e.corrections[c].original));
            QCOMPARE(bytes(a.corrections[c].corrected), bytes(e.corrections[c].corrected));
            QCOMPARE(a.corrections[c].count, e.corrections[c].count);
            QCOMPARE(bytes(a.corrections[c].exampleDocument), bytes(e.corrections[c].exampleDocument));
        }
        QVERIFY(a.warnings == e.warnings);
    }
    QCOMPARE(actual.tokenizers.size(), expected.tokenizers.size());
    for (std::size_t i = 0; i < actual.tokenizers.size(); ++i) {
        const NamedTokenizer& a = actual.tokenizers[i];
        const NamedTokenizer& e = expected.tokenizers[i];
        QCOMPARE(bytes(a.id), bytes(e.id));
        QCOMPARE(bytes(a.name), bytes(e.name));
        QCOMPARE(bytes(a.sourceCorpusId), bytes(e.sourceCorpusId));
        QCOMPARE(bytes(a.description), bytes(e.description));
        QCOMPARE(bytes(a.tokenizer->kind()), bytes(e.tokenizer->kind()));
        QVERIFY(a.tokenCounts == e.tokenCounts);
        QCOMPARE(a.wordPieceMerges.size(), e.wordPieceMerges.size());
        for (std::size_t m = 0; m < a.wordPieceMerges.size(); ++m) {
            QCOMPARE(bytes(a.wordPieceMerges[m].merged), bytes(e.wordPieceMerges[m].merged));
            QCOMPARE(a.wordPieceMerges[m].pairCount, e.wordPieceMerges[m].pairCount);
            QCOMPARE(a.wordPieceMerges[m].rightCount, e.wordPieceMerges[m].rightCount);
        }
        QVERIFY(a.tokenizer->vocabulary().tokens() == e.tokenizer->vocabulary().tokens());
        const std::string probe = "unaffable canción";
        QVERIFY(a.tokenizer->encode(probe).ids == e.tokenizer->encode(probe).ids);
    }
    QCOMPARE(actual.embeddings.size(), expected.embeddings.size());
    for (std::size_t i = 0; i < actual.embeddings.size(); ++i) {
        const NamedWordVectors& a = actual.embeddings[i];
        const NamedWordVectors& e = expected.embeddings[i];
        QCOMPARE(bytes(a.id), bytes(e.id));
        QCOMPARE(bytes(a.name), bytes(e.name));
        QCOMPARE(bytes(a.method), bytes(e.method));
        QCOMPARE(bytes(a.sourceCorpusId), bytes(e.sourceCorpusId));
        QCOMPARE(bytes(a.description), bytes(e.description));
        QCOMPARE(bytes(a.settingsJson), bytes(e.settingsJson));
        QVERIFY(a.counts == e.counts);
        QVERIFY(a.epochLosses == e.epochLosses);
        QVERIFY(a.vectors && e.vectors);
        QVERIFY(a.vectors->words() == e.vectors->words());
        const arma::fmat& av = a.vectors->vectors();
        const arma::fmat& ev = e.vectors->vectors();
        QVERIFY(av.n_rows == ev.n_rows && av.n_cols == ev.n_cols
                && std::memcmp(av.memptr(), ev.memptr(), av.n_elem * sizeof(float)) == 0);
    }
    QCOMPARE(actual.settings.size(), expected.settings.size());
    for (const auto& [key, value] : expected.settings) {
        QVERIFY2(actual.settings.contains(key), key.c_str());
        QCOMPARE(bytes(actual.settings.at(key)), bytes(value));
    }
}

// A processed corpus and a WordPiece tokenizer, the artefacts of format 2.
void addArtefacts(WorkspaceContent& content)
{
    auto processed = std::make_shared<ProcessedCorpus>();
    processed->id = "p1";
    processed->name = "muestra · procesada (es)";
    processed->sourceCorpusId = content.corpora.empty() ? "" : content.corpora.front()->id;
    processed->settings = PipelineSettings::fromStepList("clean,nfc,lower,sentences,stopwords", "es");
    processed->language = "es";
    processed->documents.push_back({"d1", "es", {{"canción", "corazón"}, {"banco"}}});
    processed->documents.push_back({"d2", "", {{"río"}}});
    processed->steps = {{"input", 10, 8}, {"lower", 10, 7}, {"stopwords", 4, 4}};
    processed->corrections = {{"cancion", "canción", 2, "d1"}};
    processed->warnings = {"spelling correction is off: no dictionary"};
    processed->seconds = 0.125;
    content.processedCorpora.push_back(processed);

    Vocabulary vocabulary;
    for (const char* token : {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"})
        vocabulary.add(token, true);
    for (const char* token : {"un", "##aff", "##able", "can", "##ción"})
        vocabulary.add(token);
    NamedTokenizer tokenizer{"t1", "WordPiece · muestra", std::make_shared<WordPiece>(vocabulary),
                             "c1", "WordPiece, 10 tokens", {}, {}};
    tokenizer.tokenCounts = {0, 3, 0, 0, 0, 7, 2, 2, 5, 4};
    tokenizer.wordPieceMerges = {{"##a", "##ble", "##able", 2, 9, 2}};
    content.tokenizers.push_back(tokenizer);
}

// Word vectors, the artefacts of format 4: one trained (counts, losses), one imported.
void addEmbeddings(WorkspaceContent& content)
{
    NamedWordVectors trained;
    trained.id = "e1";
    trained.name = "skip-gram · muestra";
    trained.method = "sg";
    arma::fmat vectors = {{0.25f, -1.5f}, {-0.0f, 3.0e-39f}, {1.0f / 3.0f, 100.0f}};
    trained.vectors = std::make_shared<const WordVectors>(
        std::vector<std::string>{"canción", "corazón", "río"}, vectors);
    trained.counts = {5, 3, 1};
    trained.sourceCorpusId = content.corpora.empty() ? "" : content.corpora.front()->id;
    trained.description = "skip-gram, 2 dims, window 5, 2 epochs, 3 words";
    trained.settingsJson = R"({"dimension":2,"window":5})";
    trained.epochLosses = {4.25, 3.125};
    content.embeddings.push_back(trained);

    NamedWordVectors imported;
    imported.id = "e2";
    imported.name = "GloVe";
    imported.method = "imported";
    imported.vectors = std::make_shared<const WordVectors>(
        std::vector<std::string>{"king", "queen"}, arma::fmat(arma::fvec{1.0f, -1.0f}));
    imported.description = "glove.txt";
    imported.settingsJson = "{}";
    content.embeddings.push_back(imported);
}

} // namespace

class TestWorkspaceFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A fresh, empty folder for one test function.
    fs::path folder()
    {
        const fs::path path
            = fs::path(m_dir.path().toStdString()) / ("t" + std::to_string(++m_counter));
        fs::create_directories(path);
        return path;
    }

    fs::path validWorkspace(const fs::path& folder)
    {
        const fs::path path = folder / "valid.lengua";
        writeWorkspace(path, twoCorpora());
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const fs::path dir = folder();
        const fs::path path = dir / "sesión.lengua";
        const WorkspaceContent content = twoCorpora();
        writeWorkspace(path, content);

        // One self-contained file: no temporary, no journal left beside it.
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("sesión.lengua")});
        QCOMPARE(sqliteInt(path, "PRAGMA application_id"), 0x4C454E47);
        QCOMPARE(sqliteInt(path, "PRAGMA user_version"), WorkspaceFile::schemaVersion);
        QCOMPARE(sqliteText(path, "PRAGMA journal_mode"), std::string("delete"));
        QCOMPARE(sqliteText(path, "SELECT value FROM meta WHERE key = 'application'"),
                 std::string("lengua"));
        QCOMPARE(sqliteText(path, "SELECT value FROM meta WHERE key = 'schema_version'"),
                 std::to_string(WorkspaceFile::schemaVersion));
        QCOMPARE(sqliteText(path, "SELECT value FROM meta WHERE key = 'created_by'"),
                 std::string(LENGUA_VERSION));
        QCOMPARE(
            sqliteText(path, "SELECT warnings FROM corpora WHERE name = 'Canciones'"),
            std::string(R"(["line 4: empty text, skipped","3 invalid bytes replaced by “�”"])"));
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM documents"), 6);
        QCOMPARE(sqliteText(path, "SELECT text FROM documents WHERE doc_id = 'line 2'"),
                 std::string("La canción del pirata"));

        const WorkspaceContent back = readWorkspace(path);
        compareContent(back, content);
        QCOMPARE(bytes(back.corpora[0]->documents[3].text), QByteArray("bytes\0after NUL", 15));
        QCOMPARE(bytes(back.corpora[1]->name), QByteArray("King James"));
        QCOMPARE(back.corpora[1]->decoding.encoding, std::string("UTF-8"));
        QCOMPARE(back.corpora[1]->decoding.fallback, false);
        QCOMPARE(back.corpora[1]->decoding.replacements, std::size_t{0});
        QCOMPARE(back.settings.at("seed"), std::string("42"));
    }

    void artefactsRoundTripAndIncrementalSave()
    {
        const fs::path path = folder() / "artefacts.lengua";
        WorkspaceContent content = twoCorpora();
        addArtefacts(content);
        writeWorkspace(path, content);
        compareContent(readWorkspace(path), content);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM processed_documents"), 2);
        // Renaming and removing artefacts saves in place.
        content.tokenizers.front().name = "renombrado";
        content.processedCorpora.clear();
        writeWorkspace(path, content);
        compareContent(readWorkspace(path), content);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM processed_documents"), 0);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM tokenizers"), 1);
    }

    void damagedTokenizerIsReported()
    {
        const fs::path path = folder() / "bad-tokenizer.lengua";
        WorkspaceContent content = twoCorpora();
        addArtefacts(content);
        writeWorkspace(path, content);
        sqliteExec(path, "UPDATE tokenizers SET definition = '{\"model\": {\"type\": \"Magic\"}}'");
        const QString message = errorOf([&] { readWorkspace(path); });
        QVERIFY2(message.startsWith(QString::fromStdString(path.string()) + " is damaged ("),
                 qPrintable(message));
    }

    void emptyWorkspace()
    {
        const fs::path path = folder() / "empty.lengua";
        writeWorkspace(path, WorkspaceContent{});
        const WorkspaceContent back = readWorkspace(path);
        QCOMPARE(back.corpora.size(), std::size_t{0});
        QCOMPARE(back.settings.size(), std::size_t{0});
    }

    void incrementalSave()
    {
        const fs::path dir = folder();
        const fs::path path = dir / "work.lengua";
        const auto a = songs();
        const auto b = bible();
        const auto c = generated("cccccccccccccccccccccccccccccccc", "Generado", 300, 2000);

        WorkspaceContent content;
        content.corpora = {a, b};
        content.settings = {{"one", "1"}, {"two", "2"}};
        writeWorkspace(path, content);
        const std::int64_t firstRowOfB
            = sqliteInt(path, "SELECT min(rowid) FROM documents WHERE corpus_id = "
                              "'fedcba9876543210fedcba9876543210'");

        // Add a corpus and change the settings.
        content.corpora = {a, b, c};
        content.settings = {{"two", "dos"}, {"three", "3"}};
        writeWorkspace(path, content);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("work.lengua")});
        compareContent(readWorkspace(path), content);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM documents"), 4 + 2 + 300);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM settings"), 2);
        // b was not rewritten: its documents keep their rows.
        QCOMPARE(sqliteInt(path, "SELECT min(rowid) FROM documents WHERE corpus_id = "
                                 "'fedcba9876543210fedcba9876543210'"),
                 firstRowOfB);

        // Remove one: its documents go with it and its pages go back to the system.
        const auto sizeWithC = fs::file_size(path);
        content.corpora = {a, b};
        writeWorkspace(path, content);
        compareContent(readWorkspace(path), content);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM documents WHERE corpus_id = "
                                 "'cccccccccccccccccccccccccccccccc'"),
                 0);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM documents"), 6);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM corpora"), 2);
        QCOMPARE(sqliteInt(path, "PRAGMA freelist_count"), 0);
        QVERIFY(fs::file_size(path) < sizeWithC - 300 * 2000);

        // Rename one and reorder: same id, new name, new position.
        auto renamed = std::make_shared<Corpus>(*b);
        renamed->name = "Biblia del rey Jacobo";
        content.corpora = {renamed, a};
        writeWorkspace(path, content);
        const WorkspaceContent back = readWorkspace(path);
        compareContent(back, content);
        QCOMPARE(bytes(back.corpora[0]->name), QByteArray("Biblia del rey Jacobo"));
        QCOMPARE(bytes(back.corpora[1]->name), QByteArray("Canciones"));
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM corpora WHERE name = 'King James'"), 0);
        QCOMPARE(sqliteInt(path, "SELECT min(rowid) FROM documents WHERE corpus_id = "
                                 "'fedcba9876543210fedcba9876543210'"),
                 firstRowOfB);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("work.lengua")});
    }

    void badContentIsRefused()
    {
        const fs::path path = folder() / "bad.lengua";
        WorkspaceContent duplicate;
        duplicate.corpora = {songs(), songs()};
        QCOMPARE(errorOf([&] { writeWorkspace(path, duplicate); }),
                 QStringLiteral("WorkspaceFile::write(): two corpora have the id "
                                "0123456789abcdef0123456789abcdef"));
        WorkspaceContent nullCorpus;
        nullCorpus.corpora = {songs(), nullptr};
        QCOMPARE(errorOf([&] { writeWorkspace(path, nullCorpus); }),
                 QStringLiteral("WorkspaceFile::write(): corpus 1 is null"));
        auto noId = std::make_shared<Corpus>(*bible());
        noId->id.clear();
        WorkspaceContent withoutId;
        withoutId.corpora = {noId};
        QCOMPARE(errorOf([&] { writeWorkspace(path, withoutId); }),
                 QStringLiteral("WorkspaceFile::write(): the corpus \"King James\" has no id"));
        QVERIFY(!fs::exists(path));
    }

    void missingFile()
    {
        const fs::path path = folder() / "nowhere.lengua";
        QCOMPARE(errorOf([&] { readWorkspace(path); }),
                 QString::fromStdString(path.string() + ": the file does not exist"));
    }

    void notAWorkspace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text file")
            << QByteArray("Hola, mundo.\nEsto no es un espacio de trabajo.\n")
            << QStringLiteral(" is not a Lengua workspace (not an SQLite database)");
        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);
        QTest::newRow("png") << png
                             << QStringLiteral(" is not a Lengua workspace (not an SQLite database)");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral(" is not a Lengua workspace (the file is empty)");
        QTest::newRow("ten bytes of header")
            << QByteArray("SQLite for") << QStringLiteral(" is damaged (the file is truncated)");
    }

    void notAWorkspace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const fs::path path = folder() / "x.lengua";
        writeBytes(path, content.toStdString());
        const QString name = QString::fromStdString(path.string());
        QCOMPARE(errorOf([&] { readWorkspace(path); }), name + problem);
        // Saving over it is refused, and the file is left byte for byte.
        QCOMPARE(errorOf([&] { writeWorkspace(path, twoCorpora()); }),
                 name + problem + QStringLiteral("; it was not overwritten"));
        QCOMPARE(bytes(readBytes(path)), content);
        QCOMPARE(filesIn(path.parent_path()), QStringList{QStringLiteral("x.lengua")});
    }

    void folderIsNotAWorkspace()
    {
        const fs::path path = folder() / "folder.lengua";
        fs::create_directories(path);
        QCOMPARE(errorOf([&] { readWorkspace(path); }),
                 QString::fromStdString(path.string() + " is a folder, not a Lengua workspace"));
        QCOMPARE(
            errorOf([&] { writeWorkspace(path, twoCorpora()); }),
            QString::fromStdString(
                path.string() + " is a folder, not a Lengua workspace; it was not overwritten"));
    }

    void foreignSqlite_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("another application")
            << "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
               "INSERT INTO notes VALUES (1, 'hola');";
        QTest::newRow("meta table, no application id")
            << "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
               "INSERT INTO meta VALUES ('application', 'lengua');";
        QTest::newRow("application id, no meta table")
            << "PRAGMA application_id = 1279610439; CREATE TABLE corpora (id TEXT);";
        QTest::newRow("application id, meta of someone else")
            << "PRAGMA application_id = 1279610439;"
               "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
               "INSERT INTO meta VALUES ('application', 'lenguado');";
    }

    void foreignSqlite()
    {
        QFETCH(QString, sql);
        QCOMPARE(WorkspaceFile::applicationId, 1279610439);
        const fs::path path = folder() / "other.db";
        sqliteExec(path, sql.toStdString());
        const std::string before = readBytes(path);
        const QString name = QString::fromStdString(path.string());
        QCOMPARE(errorOf([&] { readWorkspace(path); }),
                 name + " is an SQLite database but not a Lengua workspace");
        QCOMPARE(errorOf([&] { writeWorkspace(path, twoCorpora()); }),
                 name
                     + " is an SQLite database but not a Lengua workspace; it was not overwritten");
        QVERIFY(readBytes(path) == before);
        QCOMPARE(filesIn(path.parent_path()), QStringList{QStringLiteral("other.db")});
    }

    void newerVersion_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("user_version") << "PRAGMA user_version = 99";
        QTest::newRow("meta") << "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
        QTest::newRow("both") << "PRAGMA user_version = 99;"
                                 "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
    }

    void newerVersion()
    {
        QFETCH(QString, sql);
        const fs::path path = validWorkspace(folder());
        sqliteExec(path, sql.toStdString());
        const std::string before = readBytes(path);
        const QString expected = QString::fromStdString(path.string())
                                 + " was written by a newer version of Lengua (workspace format "
                                   "99, this version reads up to "
                                 + QString::number(WorkspaceFile::schemaVersion) + ")";
        QCOMPARE(errorOf([&] { readWorkspace(path); }), expected);
        QCOMPARE(errorOf([&] { writeWorkspace(path, twoCorpora()); }),
                 expected + "; it was not overwritten");
        QVERIFY(readBytes(path) == before);
    }

    void damagedSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no settings table") << "DROP TABLE settings"
                                           << "the table 'settings' is missing";
        QTest::newRow("version 0") << "PRAGMA user_version = 0"
                                   << "its format version is missing or inconsistent";
        QTest::newRow("no schema_version") << "DELETE FROM meta WHERE key = 'schema_version'"
                                           << "its format version is missing or inconsistent";
        QTest::newRow("bad warnings") << "UPDATE corpora SET warnings = '{\"a\": 1}'"
                                      << "the warnings of a corpus are not a JSON array";
        QTest::newRow("missing column") << "ALTER TABLE documents DROP COLUMN label"
                                        << "no such column: label";
    }

    void damagedSchema()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        const fs::path path = validWorkspace(folder());
        sqliteExec(path, sql.toStdString());
        QCOMPARE(errorOf([&] { readWorkspace(path); }),
                 QString::fromStdString(path.string()) + " is damaged (" + problem + ")");
    }

    void damagedBytes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("problem"); // a regular expression
        QTest::newRow("middle overwritten") << 0 << R"(integrity check: Page \d+: .+)";
        QTest::newRow("truncated to half") << 1 << "database disk image is malformed";
        QTest::newRow("truncated to 100 bytes") << 2 << "database disk image is malformed";
        QTest::newRow("header page overwritten") << 3 << "database disk image is malformed";
    }

    void damagedBytes()
    {
        QFETCH(int, kind);
        QFETCH(QString, problem);
        const fs::path dir = folder();
        const fs::path path = dir / "broken.lengua";
        WorkspaceContent content = twoCorpora();
        // Many small documents: the middle of the file is b-tree pages.
        content.corpora.push_back(
            generated("dddddddddddddddddddddddddddddddd", "pequeño", 2000, 40));
        writeWorkspace(path, content);
        std::string data = readBytes(path);
        QVERIFY(data.size() >= 16 * 4096);
        switch (kind) {
        case 0:
            std::fill(data.begin() + data.size() / 2 - 4096, data.begin() + data.size() / 2 + 4096,
                      '\xa5');
            break;
        case 1:
            data.resize(data.size() / 2);
            break;
        case 2:
            data.resize(100);
            break;
        case 3:
            std::fill(data.begin() + 100, data.begin() + 4096, '\x5a');
            break;
        }
        writeBytes(path, data);

        const QString name = QRegularExpression::escape(QString::fromStdString(path.string()));
        const QRegularExpression expected("^" + name + " is damaged \\(" + problem + "\\)$");
        const QString message = errorOf([&] { readWorkspace(path); });
        QVERIFY2(expected.match(message).hasMatch(), qPrintable(message));
        const QRegularExpression refusal("^" + name + " is damaged \\(" + problem
                                         + "\\); it was not overwritten$");
        const QString refused = errorOf([&] { writeWorkspace(path, content); });
        QVERIFY2(refusal.match(refused).hasMatch(), qPrintable(refused));
        QVERIFY(readBytes(path) == data);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("broken.lengua")});
    }

    void readDoesNotModify()
    {
        const fs::path dir = folder();
        const fs::path path = validWorkspace(dir);
        const std::string before = readBytes(path);
        const auto modified = fs::last_write_time(path);
        readWorkspace(path);
        readWorkspace(path);
        QVERIFY(readBytes(path) == before);
        QVERIFY(fs::last_write_time(path) == modified);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("valid.lengua")});
        // A file that cannot be written to still reads.
        fs::permissions(path, fs::perms::owner_read, fs::perm_options::replace);
        compareContent(readWorkspace(path), twoCorpora());
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace);
    }

    void cancelledUpdateLeavesFileAsItWas()
    {
        const fs::path dir = folder();
        const fs::path path = dir / "keep.lengua";
        WorkspaceContent original;
        original.corpora = {songs()};
        original.settings = {{"k", "v"}};
        writeWorkspace(path, original);
        const std::string before = readBytes(path);

        // 4000 documents of 4 KB, stopped three quarters of the way: 12 MB is more than
        // the 8 MB page cache of a save, so changed pages have reached the file itself
        // and must be put back from the journal.
        WorkspaceContent bigger;
        bigger.corpora = {
            songs(), generated("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "grande", 4000, 4096), bible()};
        bigger.settings = {{"k", "w"}};
        std::stop_source stop;
        double stoppedAt = -1;
        std::uintmax_t sizeAtStop = 0;
        JobContext context(stop.get_token(), [&](const JobProgress& progress) {
            if (progress.fraction >= 0.75 && !stop.stop_requested()) {
                stoppedAt = progress.fraction;
                sizeAtStop = fs::file_size(path);
                stop.request_stop();
            }
        });
        bool cancelled = false;
        try {
            WorkspaceFile::write(path, bigger, context);
        } catch (const JobCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(stoppedAt >= 0.75);
        QVERIFY2(sizeAtStop > before.size() + 4 * 1024 * 1024,
                 qPrintable(QString::number(sizeAtStop)));
        QVERIFY(readBytes(path) == before);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("keep.lengua")});
        compareContent(readWorkspace(path), original);
    }

    void cancelledFirstSaveLeavesNoFile()
    {
        const fs::path dir = folder();
        const fs::path path = dir / "new.lengua";
        WorkspaceContent content;
        content.corpora = {generated("ffffffffffffffffffffffffffffffff", "grande", 2000, 4096)};
        std::stop_source stop;
        int reports = 0;
        JobContext context(stop.get_token(), [&](const JobProgress& progress) {
            ++reports;
            if (progress.fraction > 0)
                stop.request_stop();
        });
        bool cancelled = false;
        try {
            WorkspaceFile::write(path, content, context);
        } catch (const JobCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(reports >= 1);
        QCOMPARE(filesIn(dir), QStringList{});
    }

    void cancelledRead()
    {
        const fs::path path = validWorkspace(folder());
        std::stop_source stop;
        JobContext context(stop.get_token(), [&](const JobProgress&) { stop.request_stop(); });
        bool cancelled = false;
        try {
            WorkspaceFile::read(path, context);
        } catch (const JobCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
    }

    void progressReachesOne()
    {
        const fs::path path = folder() / "progress.lengua";
        std::vector<double> fractions;
        JobContext context(std::stop_token{},
                           [&](const JobProgress& p) { fractions.push_back(p.fraction); });
        WorkspaceFile::write(path, twoCorpora(), context);
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        fractions.clear();
        JobContext readContext(std::stop_token{},
                               [&](const JobProgress& p) { fractions.push_back(p.fraction); });
        WorkspaceFile::read(path, readContext);
        QCOMPARE(fractions.front(), 0.0);
        QCOMPARE(fractions.back(), 1.0); // 6 documents read of 6
    }

    // A save killed half-way leaves a journal beside the file; the next read puts the
    // previous save back instead of failing or showing half a save.
    void interruptedSaveIsRolledBack()
    {
        const fs::path dir = folder();
        const fs::path path = validWorkspace(dir);
        const std::string before = readBytes(path);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            sqlite3* db = nullptr;
            sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
            // A tiny cache forces the changed pages into the file before the "kill".
            const int code = sqlite3_exec(
                db,
                "PRAGMA cache_size = 1; BEGIN IMMEDIATE; DELETE FROM documents;"
                "UPDATE corpora SET name = 'half'; INSERT INTO documents"
                " SELECT corpus_id, position + 100, doc_id, label, text FROM documents;",
                nullptr, nullptr, nullptr);
            _exit(code == SQLITE_OK ? 0 : 1); // no COMMIT, no ROLLBACK, no close
        }
        int status = 0;
        waitpid(child, &status, 0);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        fs::path journal = path;
        journal += "-journal";
        QVERIFY(fs::exists(journal));
        QVERIFY(readBytes(path) != before); // the file itself is half-written

        compareContent(readWorkspace(path), twoCorpora());
        QVERIFY(!fs::exists(journal));
        QVERIFY(readBytes(path) == before);
    }

    void migrateMechanism()
    {
        const fs::path path = validWorkspace(folder());
        {
            SqliteDatabase database(path, SQLITE_OPEN_READWRITE);
            // The current version: no step runs, the version stays.
            const int current = WorkspaceFile::schemaVersion;
            WorkspaceFile::migrate(database, current);
            QCOMPARE(database.queryInt("PRAGMA user_version"), current);
            QCOMPARE(errorOf([&] { WorkspaceFile::migrate(database, 0); }),
                     QString::fromStdString(
                         "WorkspaceFile::migrate(): no migration from workspace format 0 to "
                         + std::to_string(current)));
            QCOMPARE(errorOf([&] { WorkspaceFile::migrate(database, current + 1); }),
                     QString::fromStdString("WorkspaceFile::migrate(): no migration from workspace "
                                            "format " + std::to_string(current + 1) + " to "
                                            + std::to_string(current)));
        }
        compareContent(readWorkspace(path), twoCorpora());
    }

    // A workspace written by this first version is kept in tests/data, so that every
    // later version is tested against a real version-1 file.
    void versionOneFixtureOpens()
    {
        const fs::path fixture = fs::path(LENGUA_TEST_DATA_DIR) / "workspace-v1.lengua";
        if (!fs::exists(fixture))
            QSKIP("tests/data/workspace-v1.lengua is missing");
        const fs::path copy = folder() / "v1.lengua";
        fs::copy_file(fixture, copy);
        QCOMPARE(sqliteInt(copy, "PRAGMA user_version"), 1);
        const std::string before = readBytes(copy);
        // Reading migrates a copy in memory: the file stays format 1, byte for byte.
        compareContent(readWorkspace(copy), twoCorpora());
        QVERIFY(readBytes(copy) == before);
        // Saving over it migrates it in place (to the current format) and keeps it
        // readable, with the artefacts that format 1 could not hold.
        WorkspaceContent content = twoCorpora();
        content.corpora.pop_back();
        addArtefacts(content);
        addEmbeddings(content);
        writeWorkspace(copy, content);
        QCOMPARE(sqliteInt(copy, "PRAGMA user_version"), WorkspaceFile::schemaVersion);
        compareContent(readWorkspace(copy), content);
    }

    // Every kind of artefact in one file: one save, one read, the same content back;
    // then a second save with an embedding renamed and another removed.
    void embeddingsRoundTripWithTheRest()
    {
        const fs::path path = folder() / "embeddings.lengua";
        WorkspaceContent content = twoCorpora();
        addArtefacts(content);
        addEmbeddings(content);
        writeWorkspace(path, content);
        compareContent(readWorkspace(path), content);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM embeddings"), 2);

        content.embeddings.front().name = "renombrado";
        content.embeddings.pop_back();
        writeWorkspace(path, content);
        compareContent(readWorkspace(path), content);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM embeddings"), 1);
    }

    // A file of format 3 as Lengua 3 wrote it: its tables exactly as schema step 3 left
    // them, no embeddings table. It opens (migrated in memory, the file untouched) and a
    // save migrates it in place.
    void versionThreeMigrates()
    {
        const fs::path path = folder() / "v3.lengua";
        WorkspaceContent content = twoCorpora();
        addArtefacts(content);
        writeWorkspace(path, content);
        sqliteExec(path, "DROP TABLE embeddings; PRAGMA user_version = 3;"
                         "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
        sqliteExec(path, "VACUUM");
        const std::string before = readBytes(path);
        compareContent(readWorkspace(path), content);
        QVERIFY(readBytes(path) == before);

        addEmbeddings(content);
        writeWorkspace(path, content);
        QCOMPARE(sqliteInt(path, "PRAGMA user_version"), 4);
        QCOMPARE(sqliteText(path, "SELECT value FROM meta WHERE key = 'schema_version'"),
                 std::string("4"));
        compareContent(readWorkspace(path), content);
        // The migrated table is the one a new file gets.
        const fs::path fresh = folder() / "fresh.lengua";
        writeWorkspace(fresh, content);
        const std::string schema = "SELECT sql FROM sqlite_master WHERE name = 'embeddings'";
        QCOMPARE(sqliteText(path, schema), sqliteText(fresh, schema));
    }

    // The migration step itself, on a format-3 database, inside a transaction that is
    // rolled back: nothing of it stays.
    void migrationStepFourRollsBack()
    {
        const fs::path path = validWorkspace(folder());
        sqliteExec(path, "DROP TABLE embeddings; PRAGMA user_version = 3;"
                         "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
        {
            SqliteDatabase database(path, SQLITE_OPEN_READWRITE);
            database.exec("BEGIN");
            WorkspaceFile::migrate(database, 3);
            QCOMPARE(database.queryInt("PRAGMA user_version"), 4);
            QVERIFY(database.tableExists("embeddings"));
            database.exec("ROLLBACK");
        }
        QCOMPARE(sqliteInt(path, "PRAGMA user_version"), 3);
        QCOMPARE(sqliteInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'embeddings'"), 0);
        compareContent(readWorkspace(path), twoCorpora());
    }

    void damagedEmbeddingIsReported()
    {
        const fs::path path = folder() / "bad-embedding.lengua";
        WorkspaceContent content = twoCorpora();
        addEmbeddings(content);
        writeWorkspace(path, content);
        sqliteExec(path, "UPDATE embeddings SET vectors = substr(vectors, 1, 20) WHERE id = 'e2'");
        const QString message = errorOf([&] { readWorkspace(path); });
        QVERIFY2(message.startsWith(QString::fromStdString(path.string())
                                    + " is damaged (the embedding \"GloVe\""),
                 qPrintable(message));
    }

    void sqliteErrorsNameTheFile()
    {
        const fs::path path = validWorkspace(folder());
        SqliteDatabase database(path, SQLITE_OPEN_READONLY);
        QCOMPARE(errorOf([&] { database.exec("INSERT INTO settings VALUES ('a', 'b')"); }),
                 QString::fromStdString(path.string() + ": attempt to write a readonly database"));
        QCOMPARE(errorOf([&] { database.prepare("SELECT word FROM nowhere"); }),
                 QString::fromStdString(path.string() + ": no such table: nowhere"));
        const fs::path missing = path.parent_path() / "no" / "such.db";
        QCOMPARE(errorOf([&] { SqliteDatabase(missing, SQLITE_OPEN_READONLY); }),
                 QString::fromStdString(missing.string() + ": unable to open database file"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
