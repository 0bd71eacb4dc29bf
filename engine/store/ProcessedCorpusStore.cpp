#include "ProcessedCorpusStore.h"

#include "DamagedWorkspace.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "core/JobContext.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <unordered_set>

namespace lengua {
namespace {

using Json = nlohmann::json;

std::string dump(const Json& json)
{
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json parse(const std::string& text, const std::string& fileName, const char* what)
{
    Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        throw damagedWorkspace(fileName, std::string("the ") + what + " of a processed corpus are not JSON");
    return json;
}

Json stepsToJson(const ProcessedCorpus& corpus)
{
    Json steps = Json::array();
    for (const auto& step : corpus.steps)
        steps.push_back({{"name", step.name}, {"tokens", step.tokens}, {"types", step.types}});
    return steps;
}

Json correctionsToJson(const ProcessedCorpus& corpus)
{
    Json corrections = Json::array();
    for (const auto& c : corpus.corrections)
        corrections.push_back({{"original", c.original}, {"corrected", c.corrected},
                               {"count", c.count}, {"example", c.exampleDocument}});
    return corrections;
}

void bindFields(SqliteStatement& statement, const ProcessedCorpus& corpus, std::int64_t position)
{
    statement.bind(1, corpus.id);
    statement.bind(2, position);
    statement.bind(3, corpus.name);
    statement.bind(4, corpus.sourceCorpusId);
    statement.bind(5, corpus.settings.toJson());
    statement.bind(6, corpus.language);
    statement.bind(7, dump(stepsToJson(corpus)));
    statement.bind(8, dump(correctionsToJson(corpus)));
    statement.bind(9, dump(Json(corpus.warnings)));
    statement.bind(10, static_cast<std::int64_t>(std::llround(corpus.seconds * 1000.0)));
}

} // namespace

void ProcessedCorpusStore::save(SqliteDatabase& database,
                                const std::vector<std::shared_ptr<const ProcessedCorpus>>& corpora,
                                JobContext& context)
{
    std::unordered_set<std::string> stored;
    {
        SqliteStatement select(database, "SELECT id FROM processed_corpora");
        while (select.step())
            stored.insert(select.columnText(0));
    }
    std::unordered_set<std::string> wanted;
    for (const auto& corpus : corpora)
        wanted.insert(corpus->id);
    {
        SqliteStatement deleteDocuments(database,
                                        "DELETE FROM processed_documents WHERE processed_id = ?");
        SqliteStatement deleteCorpus(database, "DELETE FROM processed_corpora WHERE id = ?");
        for (const std::string& id : stored) {
            if (wanted.contains(id))
                continue;
            context.throwIfStopped();
            deleteDocuments.bind(1, id);
            deleteDocuments.run();
            deleteCorpus.bind(1, id);
            deleteCorpus.run();
        }
    }

    SqliteStatement insert(database,
        "INSERT INTO processed_corpora (id, position, name, source_corpus_id, settings, language,"
        " steps, corrections, warnings, milliseconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqliteStatement update(database,
        "UPDATE processed_corpora SET position = ?2, name = ?3, source_corpus_id = ?4,"
        " settings = ?5, language = ?6, steps = ?7, corrections = ?8, warnings = ?9,"
        " milliseconds = ?10 WHERE id = ?1");
    SqliteStatement insertDocument(database,
        "INSERT INTO processed_documents (processed_id, position, doc_id, label, sentences)"
        " VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < corpora.size(); ++i) {
        const ProcessedCorpus& corpus = *corpora[i];
        context.throwIfStopped();
        const bool known = stored.contains(corpus.id);
        SqliteStatement& statement = known ? update : insert;
        bindFields(statement, corpus, static_cast<std::int64_t>(i));
        statement.run();
        if (known)
            continue;
        const std::string message = "saving “" + corpus.name + "”";
        for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
            const auto& document = corpus.documents[d];
            if (d % 256 == 0) {
                context.throwIfStopped();
                context.reportProgress(-1.0, message);
            }
            insertDocument.bind(1, corpus.id);
            insertDocument.bind(2, static_cast<std::int64_t>(d));
            insertDocument.bind(3, document.id);
            insertDocument.bind(4, document.label);
            insertDocument.bind(5, dump(Json(document.sentences)));
            insertDocument.run();
        }
    }
}

std::vector<std::shared_ptr<const ProcessedCorpus>> ProcessedCorpusStore::read(
    SqliteDatabase& database, const std::string& fileName, JobContext& context)
{
    std::vector<std::shared_ptr<const ProcessedCorpus>> corpora;
    SqliteStatement select(database,
        "SELECT id, name, source_corpus_id, settings, language, steps, corrections, warnings,"
        " milliseconds FROM processed_corpora ORDER BY position, rowid");
    SqliteStatement selectDocuments(database,
        "SELECT doc_id, label, sentences FROM processed_documents WHERE processed_id = ?"
        " ORDER BY position");
    try {
        while (select.step()) {
            context.throwIfStopped();
            auto corpus = std::make_shared<ProcessedCorpus>();
            corpus->id = select.columnText(0);
            corpus->name = select.columnText(1);
            corpus->sourceCorpusId = select.columnText(2);
            corpus->settings = PipelineSettings::fromJson(select.columnText(3));
            corpus->language = select.columnText(4);
            for (const Json& step : parse(select.columnText(5), fileName, "steps"))
                corpus->steps.push_back({step.at("name").get<std::string>(),
                                         step.at("tokens").get<std::uint64_t>(),
                                         step.at("types").get<std::uint64_t>()});
            for (const Json& c : parse(select.columnText(6), fileName, "corrections"))
                corpus->corrections.push_back({c.at("original").get<std::string>(),
                                               c.at("corrected").get<std::string>(),
                                               c.at("count").get<std::uint64_t>(),
                                               c.at("example").get<std::string>()});
            corpus->warnings = parse(select.columnText(7), fileName, "warnings")
                                   .get<std::vector<std::string>>();
            corpus->seconds = static_cast<double>(select.columnInt64(8)) / 1000.0;

            selectDocuments.bind(1, corpus->id);
            std::size_t count = 0;
            while (selectDocuments.step()) {
                if (++count % 256 == 0)
                    context.throwIfStopped();
                ProcessedCorpus::Document& document = corpus->documents.emplace_back();
                document.id = selectDocuments.columnText(0);
                document.label = selectDocuments.columnText(1);
                document.sentences = parse(selectDocuments.columnText(2), fileName, "sentences")
                                         .get<std::vector<std::vector<std::string>>>();
            }
            selectDocuments.reset();
            corpora.push_back(std::move(corpus));
        }
    } catch (const Json::exception& error) {
        throw damagedWorkspace(fileName, std::string("a processed corpus is malformed: ") + error.what());
    } catch (const Error& error) {
        // PipelineSettings::fromJson names what it did not understand.
        const std::string what = error.what();
        if (what.find(" is damaged (") != std::string::npos)
            throw;
        throw damagedWorkspace(fileName, "a processed corpus is malformed: " + what);
    }
    return corpora;
}

} // namespace lengua
