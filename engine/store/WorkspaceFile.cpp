// The workspace file format (schema version 4) and its checks, reading, saving and
// migrations. The file keeps SQLite's default rollback journal (DELETE): a
// workspace is a document that people copy and mail, so it must be one
// self-contained file, with no -wal or -shm beside it once Lengua is done with it.
#include "WorkspaceFile.h"

#include "DamagedWorkspace.h"
#include "EmbeddingStore.h"
#include "ProcessedCorpusStore.h"
#include "SqliteDatabase.h"
#include "SqliteError.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "ModelStore.h"
#include "TokenizerStore.h"
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <random>
#include <unordered_map>
#include <unordered_set>

namespace lengua {
namespace {

namespace fs = std::filesystem;

// Version 1. A later version adds its tables in a migration step (see migrate())
// and keeps this text as it is, so that a new file and a migrated old file end up
// with the same schema.
//
// documents is a rowid table rather than WITHOUT ROWID: documents are often
// kilobytes long, and SQLite advises rowid tables for rows larger than about a
// twentieth of a page. Corpora are immutable, so a document never changes after
// it is inserted; saving only inserts and deletes whole corpora.
constexpr const char* schemaVersion1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE corpora (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    language TEXT NOT NULL,
    encoding TEXT NOT NULL,
    fallback INTEGER NOT NULL,
    replacements INTEGER NOT NULL,
    warnings TEXT NOT NULL
);
CREATE TABLE documents (
    corpus_id TEXT NOT NULL REFERENCES corpora(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (corpus_id, position)
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql";

// Version 2: the preprocessing lesson's processed corpora (documents as JSON arrays
// of sentences of tokens) and tokenizers (their tokenizer.json text).
constexpr const char* schemaStep2 = R"sql(
CREATE TABLE processed_corpora (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    source_corpus_id TEXT NOT NULL,
    settings TEXT NOT NULL,
    language TEXT NOT NULL,
    steps TEXT NOT NULL,
    corrections TEXT NOT NULL,
    warnings TEXT NOT NULL,
    milliseconds INTEGER NOT NULL
);
CREATE TABLE processed_documents (
    processed_id TEXT NOT NULL REFERENCES processed_corpora(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    label TEXT NOT NULL,
    sentences TEXT NOT NULL,
    PRIMARY KEY (processed_id, position)
);
CREATE TABLE tokenizers (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_corpus_id TEXT NOT NULL,
    description TEXT NOT NULL,
    definition TEXT NOT NULL,
    token_counts TEXT NOT NULL,
    merges TEXT NOT NULL
);
)sql";

// Version 3: language models. Each row is self-contained: the GPT's hyperparameters
// (JSON), its weights as a safetensors blob (F32, GPT-2's tensor names), the tokenizer
// it reads and writes (tokenizer.json text, a copy, so that removing the workspace
// tokenizer it was trained with does not orphan it) and the loss history (JSON).
constexpr const char* schemaStep3 = R"sql(
CREATE TABLE models (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_corpus_id TEXT NOT NULL,
    description TEXT NOT NULL,
    config TEXT NOT NULL,
    tokenizer TEXT NOT NULL,
    history TEXT NOT NULL,
    weights BLOB NOT NULL
);
)sql";

// Version 4: word vectors (see EmbeddingStore.h for the encoding of each column). The
// vectors are a safetensors blob, the words and counts compact blobs beside it, so
// that opening a workspace never parses text for the bulk of the data.
constexpr const char* schemaStep4 = R"sql(
CREATE TABLE embeddings (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    method TEXT NOT NULL,
    source_corpus_id TEXT NOT NULL,
    description TEXT NOT NULL,
    settings TEXT NOT NULL,
    epoch_losses TEXT NOT NULL,
    words BLOB NOT NULL,
    counts BLOB NOT NULL,
    vectors BLOB NOT NULL
);
)sql";

// The tables of version 1, checked before any migration runs.
const char* const requiredTables[] = {"meta", "corpora", "documents", "settings"};

// The first 16 bytes of every SQLite 3 database file, NUL included.
constexpr char sqliteHeader[16] = "SQLite format 3";

std::string displayName(const fs::path& path)
{
    return path.string();
}

Error damaged(const std::string& name, const std::string& detail)
{
    return damagedWorkspace(name, detail);
}

// What a failed SQLite call means to a person: the file's bytes are wrong
// (damaged), or the system would not let us read it.
Error explain(const SqliteError& error, const std::string& name)
{
    switch (error.primaryCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_ERROR: // a table or column that should be there is not
    case SQLITE_FORMAT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
        return damaged(name, error.sqliteMessage());
    default:
        return Error(name + " could not be read (" + error.sqliteMessage() + ")");
    }
}

// Checks that need no SQLite: the file is there, is a file, and starts like an
// SQLite database (so that a text file or a picture gets a plain message).
void checkFileBytes(const fs::path& path, const std::string& name)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw Error(name + ": the file does not exist");
    if (fs::is_directory(status))
        throw Error(name + " is a folder, not a Lengua workspace");
    if (!fs::is_regular_file(status))
        throw Error(name + " is not a Lengua workspace (not a regular file)");

    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(name + " could not be read (" + std::strerror(errno) + ")");
    char header[sizeof sqliteHeader] = {};
    in.read(header, sizeof header);
    const auto size = static_cast<std::size_t>(in.gcount());
    if (size == 0)
        throw Error(name + " is not a Lengua workspace (the file is empty)");
    if (std::memcmp(header, sqliteHeader, size) != 0)
        throw Error(name + " is not a Lengua workspace (not an SQLite database)");
    if (size < sizeof header)
        throw damaged(name, "the file is truncated");
}

std::optional<std::string> metaValue(SqliteDatabase& database, const std::string& key)
{
    SqliteStatement statement(database, "SELECT value FROM meta WHERE key = ?");
    statement.bind(1, key);
    if (!statement.step())
        return std::nullopt;
    return statement.columnText(0);
}

std::optional<int> parseVersion(const std::optional<std::string>& text)
{
    if (!text)
        return std::nullopt;
    int value = 0;
    const char* end = text->data() + text->size();
    const auto [rest, error] = std::from_chars(text->data(), end, value);
    if (error != std::errc() || rest != end)
        return std::nullopt;
    return value;
}

// Checks, in order, that an open SQLite database is a Lengua workspace that this
// version can read, and returns its format version.
int checkWorkspace(SqliteDatabase& database, const std::string& name)
{
    try {
        const std::int64_t application = database.queryInt("PRAGMA application_id");
        if (application != WorkspaceFile::applicationId || !database.tableExists("meta")
            || metaValue(database, "application") != "lengua") {
            throw Error(name + " is an SQLite database but not a Lengua workspace");
        }

        // The version is kept twice: in the header (user_version, which SQLite tools
        // show) and in meta (which a person reads). Either one being newer wins, so
        // that an old Lengua never writes over a newer workspace.
        const auto headerVersion = static_cast<int>(database.queryInt("PRAGMA user_version"));
        const std::optional<int> metaVersion = parseVersion(metaValue(database, "schema_version"));
        const int newest = std::max(headerVersion, metaVersion.value_or(0));
        if (newest > WorkspaceFile::schemaVersion) {
            throw Error(name + " was written by a newer version of Lengua (workspace format "
                        + std::to_string(newest) + ", this version reads up to "
                        + std::to_string(WorkspaceFile::schemaVersion) + ")");
        }
        if (!metaVersion || *metaVersion != headerVersion || headerVersion < 1)
            throw damaged(name, "its format version is missing or inconsistent");

        // quick_check reads every page and checks the b-trees (it skips only the
        // slow index-against-table comparison of integrity_check).
        SqliteStatement check(database, "PRAGMA quick_check(1)");
        if (check.step()) {
            std::string verdict = check.columnText(0);
            if (verdict != "ok") {
                // "*** in database main ***\nPage 41: ..." names the schema we always use.
                const std::string noise = "*** in database main ***\n";
                if (verdict.starts_with(noise))
                    verdict.erase(0, noise.size());
                throw damaged(name, "integrity check: " + verdict);
            }
        }
        for (const char* table : requiredTables) {
            if (!database.tableExists(table))
                throw damaged(name, std::string("the table '") + table + "' is missing");
        }
        return headerVersion;
    } catch (const SqliteError& error) {
        throw explain(error, name);
    }
}

// A read-only connection. When a save was interrupted (a crash, a kill), SQLite left
// a journal holding the pages from before that save; a read-only connection
// cannot put them back, so a short read-write connection does, which restores the
// file to its last complete save.
SqliteDatabase openForReading(const fs::path& path, const std::string& name, JobContext& context)
{
    try {
        for (int attempt = 0;; ++attempt) {
            SqliteDatabase database(path, SQLITE_OPEN_READONLY);
            database.interruptOn(context.stopToken());
            try {
                database.queryInt("SELECT count(*) FROM sqlite_master");
                return database;
            } catch (const SqliteError& error) {
                if (error.code() != SQLITE_READONLY_ROLLBACK || attempt > 0)
                    throw;
            }
            SqliteDatabase recovery(path, SQLITE_OPEN_READWRITE);
            recovery.queryInt("SELECT count(*) FROM sqlite_master");
            recovery.close();
        }
    } catch (const SqliteError& error) {
        throw explain(error, name);
    }
}

void configureForWriting(SqliteDatabase& database)
{
    // journal_mode: DELETE is the default, but WAL is persistent, so a file that some
    // tool switched to WAL goes back to one self-contained file.
    // cache_size: 8 MiB (negative means KiB). Inserts append pages, so a larger
    // cache does not make large saves faster; it only holds more memory.
    database.exec("PRAGMA journal_mode = DELETE;"
                  "PRAGMA foreign_keys = ON;"
                  "PRAGMA cache_size = -8192;"
                  "PRAGMA busy_timeout = 2000;");
}

void createSchema(SqliteDatabase& database)
{
    database.exec(schemaVersion1);
    database.exec("PRAGMA application_id = " + std::to_string(WorkspaceFile::applicationId));
    database.exec("PRAGMA user_version = 1");
    SqliteStatement insert(database, "INSERT INTO meta (key, value) VALUES (?, ?)");
    const std::pair<const char*, const char*> rows[] = {
        {"application", "lengua"},
        {"schema_version", "1"},
        {"created_by", LENGUA_VERSION},
    };
    for (const auto& [key, value] : rows) {
        insert.bind(1, key);
        insert.bind(2, value);
        insert.run();
    }
    // Then the same steps that upgrade an old file, so each table is defined once.
    WorkspaceFile::migrate(database, 1);
}

void checkContent(const WorkspaceContent& content)
{
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < content.corpora.size(); ++i) {
        const auto& corpus = content.corpora[i];
        if (!corpus)
            throw Error("WorkspaceFile::write(): corpus " + std::to_string(i) + " is null");
        if (corpus->id.empty())
            throw Error("WorkspaceFile::write(): the corpus \"" + corpus->name + "\" has no id");
        if (!ids.insert(corpus->id).second)
            throw Error("WorkspaceFile::write(): two corpora have the id " + corpus->id);
    }
    ids.clear();
    for (const auto& corpus : content.processedCorpora) {
        if (!corpus || corpus->id.empty())
            throw Error("WorkspaceFile::write(): a processed corpus is null or has no id");
        if (!ids.insert(corpus->id).second)
            throw Error("WorkspaceFile::write(): two processed corpora have the id " + corpus->id);
    }
    ids.clear();
    for (const auto& tokenizer : content.tokenizers) {
        if (!tokenizer.tokenizer || tokenizer.id.empty())
            throw Error("WorkspaceFile::write(): the tokenizer \"" + tokenizer.name
                        + "\" is empty or has no id");
        if (!ids.insert(tokenizer.id).second)
            throw Error("WorkspaceFile::write(): two tokenizers have the id " + tokenizer.id);
    }
    ids.clear();
    for (const auto& model : content.models) {
        if (!model.model || !model.tokenizer || model.id.empty())
            throw Error("WorkspaceFile::write(): the model \"" + model.name
                        + "\" has no network, no tokenizer or no id");
        if (!ids.insert(model.id).second)
            throw Error("WorkspaceFile::write(): two models have the id " + model.id);
    }
    EmbeddingStore::check(content.embeddings);
}

std::string warningsToJson(const std::vector<std::string>& warnings)
{
    // Replace invalid UTF-8 rather than fail a save over a warning's text.
    return nlohmann::json(warnings).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> warningsFromJson(const std::string& text, const std::string& name)
{
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_array())
        throw damaged(name, "the warnings of a corpus are not a JSON array");
    std::vector<std::string> warnings;
    for (const nlohmann::json& item : json) {
        if (!item.is_string())
            throw damaged(name, "the warnings of a corpus are not a JSON array of strings");
        warnings.push_back(item.get<std::string>());
    }
    return warnings;
}

// Binds the metadata of a corpus to parameters 2..10 of an insert or update.
void bindCorpusFields(SqliteStatement& statement, const Corpus& corpus, std::int64_t position)
{
    statement.bind(2, position);
    statement.bind(3, corpus.name);
    statement.bind(4, corpus.source);
    statement.bind(5, corpus.format);
    statement.bind(6, corpus.language);
    statement.bind(7, corpus.decoding.encoding);
    statement.bind(8, std::int64_t{corpus.decoding.fallback ? 1 : 0});
    statement.bind(9, static_cast<std::int64_t>(corpus.decoding.replacements));
    statement.bind(10, warningsToJson(corpus.warnings));
}

// Brings the open workspace's corpora and settings to `content`, inside the
// caller's transaction. Only corpora that are not stored yet have their documents
// written, so saving a session with one new corpus costs that corpus alone.
void saveContent(SqliteDatabase& database, const WorkspaceContent& content, JobContext& context)
{
    std::unordered_set<std::string> stored;
    {
        SqliteStatement select(database, "SELECT id FROM corpora");
        while (select.step())
            stored.insert(select.columnText(0));
    }

    std::unordered_set<std::string> wanted;
    for (const auto& corpus : content.corpora)
        wanted.insert(corpus->id);
    bool removedAny = false;
    {
        // Documents first, explicitly: the ON DELETE CASCADE is a safety net that
        // depends on a per-connection pragma.
        SqliteStatement deleteDocuments(database, "DELETE FROM documents WHERE corpus_id = ?");
        SqliteStatement deleteCorpus(database, "DELETE FROM corpora WHERE id = ?");
        for (const std::string& id : stored) {
            if (wanted.contains(id))
                continue;
            context.throwIfStopped();
            deleteDocuments.bind(1, id);
            deleteDocuments.run();
            deleteCorpus.bind(1, id);
            deleteCorpus.run();
            removedAny = true;
        }
    }

    std::size_t totalBytes = 0;
    for (const auto& corpus : content.corpora) {
        if (!stored.contains(corpus->id))
            totalBytes += corpus->textBytes() + 1; // +1: an empty corpus still counts
    }
    std::size_t doneBytes = 0;

    SqliteStatement insertCorpus(database,
        "INSERT INTO corpora (id, position, name, source, format, language, encoding, fallback,"
        " replacements, warnings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqliteStatement updateCorpus(database,
        "UPDATE corpora SET position = ?2, name = ?3, source = ?4, format = ?5, language = ?6,"
        " encoding = ?7, fallback = ?8, replacements = ?9, warnings = ?10 WHERE id = ?1");
    SqliteStatement insertDocument(database,
        "INSERT INTO documents (corpus_id, position, doc_id, label, text) VALUES (?, ?, ?, ?, ?)");

    for (std::size_t i = 0; i < content.corpora.size(); ++i) {
        const Corpus& corpus = *content.corpora[i];
        context.throwIfStopped();
        SqliteStatement& statement = stored.contains(corpus.id) ? updateCorpus : insertCorpus;
        statement.bind(1, corpus.id);
        bindCorpusFields(statement, corpus, static_cast<std::int64_t>(i));
        statement.run();
        if (stored.contains(corpus.id))
            continue;

        const std::string message = "saving “" + corpus.name + "”";
        for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
            const Document& document = corpus.documents[d];
            context.throwIfStopped();
            insertDocument.bind(1, corpus.id);
            insertDocument.bind(2, static_cast<std::int64_t>(d));
            insertDocument.bind(3, document.id);
            insertDocument.bind(4, document.label);
            insertDocument.bind(5, document.text);
            insertDocument.run();
            doneBytes += document.text.size();
            context.reportProgress(
                static_cast<double>(doneBytes) / static_cast<double>(totalBytes + 1), message);
        }
        doneBytes += 1;
    }

    ProcessedCorpusStore::save(database, content.processedCorpora, context);
    TokenizerStore::save(database, content.tokenizers, context);
    removedAny = ModelStore::save(database, content.models, context) || removedAny;
    removedAny = EmbeddingStore::save(database, content.embeddings, context) || removedAny;

    database.exec("DELETE FROM settings");
    SqliteStatement insertSetting(database, "INSERT INTO settings (key, value) VALUES (?, ?)");
    for (const auto& [key, value] : content.settings) {
        insertSetting.bind(1, key);
        insertSetting.bind(2, value);
        insertSetting.run();
    }

    // Hand the pages of deleted corpora back to the file system, so that removing a
    // large corpus makes the file smaller (the file is created with
    // auto_vacuum = INCREMENTAL; on other files this does nothing).
    if (removedAny)
        database.exec("PRAGMA incremental_vacuum");
}

// A sibling of target that did not exist before: "name.lengua.tmp-1a2b3c4d".
fs::path createTemporarySibling(const fs::path& target, const std::string& name)
{
    std::random_device device;
    std::uniform_int_distribution<unsigned> digits(0, 15);
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix = ".tmp-";
        for (int i = 0; i < 8; ++i)
            suffix.push_back("0123456789abcdef"[digits(device)]);
        fs::path candidate = target;
        candidate += suffix;
        // "x": fail if the file exists (C11), so two saves never share a file.
        if (std::FILE* file = std::fopen(candidate.c_str(), "wbx")) {
            std::fclose(file);
            return candidate;
        }
        if (errno != EEXIST) {
            throw Error(name + " could not be saved (cannot create a file beside it: "
                        + std::strerror(errno) + ")");
        }
    }
    throw Error(name + " could not be saved (cannot find a free temporary name beside it)");
}

// Removes the temporary file and its journal unless released (after the rename).
class TemporaryFile {
public:
    explicit TemporaryFile(fs::path path) : m_path(std::move(path)) {}
    ~TemporaryFile()
    {
        if (m_path.empty())
            return;
        std::error_code ignored;
        fs::remove(m_path, ignored);
        fs::path journal = m_path;
        journal += "-journal";
        fs::remove(journal, ignored);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const fs::path& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    fs::path m_path;
};

void finishSave(SqliteDatabase& database, SqliteTransaction& transaction, const fs::path& path,
                JobContext& context)
{
    // A stop that arrives after the last document still cancels: nothing is kept
    // until COMMIT.
    context.reportProgress(1.0, "saving " + path.filename().string());
    context.throwIfStopped();
    transaction.commit();
    database.close();
}

void writeNew(const fs::path& path, const std::string& name, const WorkspaceContent& content,
              JobContext& context)
{
    TemporaryFile temporary(createTemporarySibling(path, name));
    try {
        SqliteDatabase database(temporary.path(), SQLITE_OPEN_READWRITE);
        database.interruptOn(context.stopToken());
        // Must come before the first table is created.
        database.exec("PRAGMA auto_vacuum = INCREMENTAL");
        configureForWriting(database);
        SqliteTransaction transaction(database);
        createSchema(database);
        saveContent(database, content, context);
        finishSave(database, transaction, path, context);
    } catch (const SqliteError& error) {
        throw Error(name + " could not be saved (" + error.sqliteMessage() + ")");
    }
    // rename() replaces atomically: whoever opens the target sees no file or a
    // complete one, never a half-written one.
    std::error_code error;
    fs::rename(temporary.path(), path, error);
    if (error)
        throw Error(name + " could not be saved (" + error.message() + ")");
    temporary.release();
}

void writeExisting(const fs::path& path, const std::string& name, const WorkspaceContent& content,
                   JobContext& context)
{
    const std::string refusal = "; it was not overwritten";
    try {
        checkFileBytes(path, name);
    } catch (const Error& error) {
        throw Error(error.what() + refusal);
    }
    std::optional<SqliteDatabase> database;
    int version = 0;
    try {
        database.emplace(path, SQLITE_OPEN_READWRITE);
        database->interruptOn(context.stopToken());
        version = checkWorkspace(*database, name);
    } catch (const SqliteError& error) {
        throw Error(explain(error, name).what() + refusal);
    } catch (const JobCancelled&) {
        throw;
    } catch (const Error& error) {
        throw Error(error.what() + refusal);
    }

    try {
        configureForWriting(*database);
        SqliteTransaction transaction(*database);
        if (version < WorkspaceFile::schemaVersion)
            WorkspaceFile::migrate(*database, version);
        saveContent(*database, content, context);
        finishSave(*database, transaction, path, context);
    } catch (const SqliteError& error) {
        throw Error(name + " could not be saved (" + error.sqliteMessage()
                    + "); it still holds the previous save");
    }
}

// Reads everything inside one read transaction, so that the corpora and documents
// come from the same save even if another process writes meanwhile.
WorkspaceContent readContent(SqliteDatabase& database, const std::string& name, JobContext& context)
{
    WorkspaceContent content;
    SqliteTransaction transaction(database, SqliteTransaction::Mode::Deferred);

    std::unordered_map<std::string, std::int64_t> documentCounts;
    std::int64_t totalDocuments = 0;
    {
        SqliteStatement count(database,
                              "SELECT corpus_id, count(*) FROM documents GROUP BY corpus_id");
        while (count.step()) {
            documentCounts[count.columnText(0)] = count.columnInt64(1);
            totalDocuments += count.columnInt64(1);
        }
    }

    SqliteStatement selectCorpora(database,
        "SELECT id, name, source, format, language, encoding, fallback, replacements, warnings"
        " FROM corpora ORDER BY position, rowid");
    SqliteStatement selectDocuments(database,
        "SELECT doc_id, label, text FROM documents WHERE corpus_id = ? ORDER BY position");
    std::int64_t readDocuments = 0;
    while (selectCorpora.step()) {
        context.throwIfStopped();
        auto corpus = std::make_shared<Corpus>();
        corpus->id = selectCorpora.columnText(0);
        corpus->name = selectCorpora.columnText(1);
        corpus->source = selectCorpora.columnText(2);
        corpus->format = selectCorpora.columnText(3);
        corpus->language = selectCorpora.columnText(4);
        corpus->decoding.encoding = selectCorpora.columnText(5);
        corpus->decoding.fallback = selectCorpora.columnInt64(6) != 0;
        const std::int64_t replacements = selectCorpora.columnInt64(7);
        if (replacements < 0)
            throw damaged(name, "a corpus has a negative count of replaced characters");
        corpus->decoding.replacements = static_cast<std::size_t>(replacements);
        corpus->warnings = warningsFromJson(selectCorpora.columnText(8), name);

        corpus->documents.reserve(static_cast<std::size_t>(documentCounts[corpus->id]));
        const std::string message = "reading “" + corpus->name + "”";
        selectDocuments.bind(1, corpus->id);
        while (selectDocuments.step()) {
            context.throwIfStopped();
            Document& document = corpus->documents.emplace_back();
            document.id = selectDocuments.columnText(0);
            document.label = selectDocuments.columnText(1);
            document.text = selectDocuments.columnText(2);
            ++readDocuments;
            const auto total = std::max<std::int64_t>(totalDocuments, 1);
            context.reportProgress(
                static_cast<double>(readDocuments) / static_cast<double>(total), message);
        }
        selectDocuments.reset();
        content.corpora.push_back(std::move(corpus));
    }

    content.processedCorpora = ProcessedCorpusStore::read(database, name, context);
    content.tokenizers = TokenizerStore::read(database, name, context);
    content.models = ModelStore::read(database, name, context);
    content.embeddings = EmbeddingStore::read(database, name, context);

    SqliteStatement selectSettings(database, "SELECT key, value FROM settings");
    while (selectSettings.step())
        content.settings[selectSettings.columnText(0)] = selectSettings.columnText(1);

    transaction.commit();
    return content;
}

} // namespace

WorkspaceContent WorkspaceFile::read(const std::filesystem::path& path, JobContext& context)
{
    const std::string name = displayName(path);
    checkFileBytes(path, name);
    context.throwIfStopped();
    SqliteDatabase database = openForReading(path, name, context);
    const int version = checkWorkspace(database, name);
    try {
        if (version < schemaVersion) {
            // An older format: upgrade a copy in memory, never the file itself (reading
            // does not modify a workspace; the next save migrates it for good).
            SqliteDatabase copy(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            sqlite3_backup* backup
                = sqlite3_backup_init(copy.handle(), "main", database.handle(), "main");
            if (!backup)
                copy.throwError(sqlite3_errcode(copy.handle()));
            const int code = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (code != SQLITE_DONE)
                copy.throwError(code);
            copy.interruptOn(context.stopToken());
            SqliteTransaction transaction(copy);
            migrate(copy, version);
            transaction.commit();
            database = std::move(copy);
        }
        context.reportProgress(0.0, "reading " + path.filename().string());
        return readContent(database, name, context);
    } catch (const SqliteError& error) {
        throw explain(error, name);
    }
}

void WorkspaceFile::write(const std::filesystem::path& path, const WorkspaceContent& content,
                          JobContext& context)
{
    const std::string name = displayName(path);
    checkContent(content);
    context.throwIfStopped();
    std::error_code error;
    if (fs::exists(fs::status(path, error)))
        writeExisting(path, name, content, context);
    else
        writeNew(path, name, content, context);
}

// How the format grows: each new version adds one step below that upgrades a file
// from version N to N + 1 (CREATE TABLE for tokenizers, models, runs...), and bumps
// WorkspaceFile::schemaVersion. A file several versions old runs every step in
// order, inside the caller's transaction, so a failed migration changes nothing.
// New files are made by schemaVersion1 followed by the same steps, so there is
// one definition of each table.
void WorkspaceFile::migrate(SqliteDatabase& database, int fromVersion)
{
    if (fromVersion < 1 || fromVersion > schemaVersion) {
        throw Error("WorkspaceFile::migrate(): no migration from workspace format "
                    + std::to_string(fromVersion) + " to " + std::to_string(schemaVersion));
    }
    for (int version = fromVersion; version < schemaVersion; ++version) {
        switch (version) {
        case 1:
            database.exec(schemaStep2);
            break;
        case 2:
            database.exec(schemaStep3);
            break;
        case 3:
            database.exec(schemaStep4);
            break;
        default:
            throw Error("WorkspaceFile::migrate(): no step from workspace format "
                        + std::to_string(version));
        }
    }
    database.exec("PRAGMA user_version = " + std::to_string(schemaVersion));
    SqliteStatement update(database, "UPDATE meta SET value = ? WHERE key = 'schema_version'");
    update.bind(1, std::to_string(schemaVersion));
    update.run();
}

} // namespace lengua
