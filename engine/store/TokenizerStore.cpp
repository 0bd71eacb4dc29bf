#include "TokenizerStore.h"

#include "DamagedWorkspace.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "core/JobContext.h"
#include "tokenize/TokenizerFile.h"

#include <nlohmann/json.hpp>

#include <unordered_set>

namespace lengua {
namespace {

using Json = nlohmann::json;

std::string mergesToJson(const std::vector<WordPieceMerge>& merges)
{
    Json out = Json::array();
    for (const WordPieceMerge& m : merges)
        out.push_back({m.left, m.right, m.merged, m.pairCount, m.leftCount, m.rightCount});
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<WordPieceMerge> mergesFromJson(const std::string& text)
{
    std::vector<WordPieceMerge> merges;
    for (const Json& m : Json::parse(text)) {
        WordPieceMerge merge;
        merge.left = m.at(0).get<std::string>();
        merge.right = m.at(1).get<std::string>();
        merge.merged = m.at(2).get<std::string>();
        merge.pairCount = m.at(3).get<std::uint64_t>();
        merge.leftCount = m.at(4).get<std::uint64_t>();
        merge.rightCount = m.at(5).get<std::uint64_t>();
        merges.push_back(std::move(merge));
    }
    return merges;
}

} // namespace

void TokenizerStore::save(SqliteDatabase& database, const std::vector<NamedTokenizer>& tokenizers,
                          JobContext& context)
{
    std::unordered_set<std::string> stored;
    {
        SqliteStatement select(database, "SELECT id FROM tokenizers");
        while (select.step())
            stored.insert(select.columnText(0));
    }
    std::unordered_set<std::string> wanted;
    for (const NamedTokenizer& tokenizer : tokenizers)
        wanted.insert(tokenizer.id);
    {
        SqliteStatement remove(database, "DELETE FROM tokenizers WHERE id = ?");
        for (const std::string& id : stored) {
            if (wanted.contains(id))
                continue;
            remove.bind(1, id);
            remove.run();
        }
    }
    SqliteStatement insert(database,
        "INSERT INTO tokenizers (id, position, name, kind, source_corpus_id, description,"
        " definition, token_counts, merges) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    SqliteStatement update(database,
        "UPDATE tokenizers SET position = ?2, name = ?3, source_corpus_id = ?5, description = ?6"
        " WHERE id = ?1");
    for (std::size_t i = 0; i < tokenizers.size(); ++i) {
        const NamedTokenizer& entry = tokenizers[i];
        if (!entry.tokenizer)
            throw Error("TokenizerStore::save(): the tokenizer \"" + entry.name + "\" is empty");
        context.throwIfStopped();
        const bool known = stored.contains(entry.id);
        SqliteStatement& statement = known ? update : insert;
        statement.bind(1, entry.id);
        statement.bind(2, static_cast<std::int64_t>(i));
        statement.bind(3, entry.name);
        statement.bind(5, entry.sourceCorpusId);
        statement.bind(6, entry.description);
        if (!known) {
            statement.bind(4, entry.tokenizer->kind());
            statement.bind(7, TokenizerFile::toJson(*entry.tokenizer));
            statement.bind(8, Json(entry.tokenCounts).dump());
            statement.bind(9, mergesToJson(entry.wordPieceMerges));
        }
        statement.run();
    }
}

std::vector<NamedTokenizer> TokenizerStore::read(SqliteDatabase& database, const std::string& fileName,
                                                 JobContext& context)
{
    std::vector<NamedTokenizer> tokenizers;
    SqliteStatement select(database,
        "SELECT id, name, source_corpus_id, description, definition, token_counts, merges"
        " FROM tokenizers ORDER BY position, rowid");
    while (select.step()) {
        context.throwIfStopped();
        NamedTokenizer entry;
        entry.id = select.columnText(0);
        entry.name = select.columnText(1);
        entry.sourceCorpusId = select.columnText(2);
        entry.description = select.columnText(3);
        try {
            entry.tokenizer = TokenizerFile::parseJson(select.columnText(4), "the tokenizer \"" + entry.name + "\"");
            entry.tokenCounts = Json::parse(select.columnText(5)).get<std::vector<std::uint64_t>>();
            entry.wordPieceMerges = mergesFromJson(select.columnText(6));
        } catch (const Error& error) {
            throw damagedWorkspace(fileName, error.what());
        } catch (const Json::exception& error) {
            throw damagedWorkspace(fileName, "the training data of the tokenizer \"" + entry.name
                                                 + "\" is malformed: " + error.what());
        }
        tokenizers.push_back(std::move(entry));
    }
    return tokenizers;
}

} // namespace lengua
