#include "EmbeddingStore.h"

#include "DamagedWorkspace.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "StoredRows.h"
#include "core/Error.h"
#include "core/JobContext.h"
#include "core/Safetensors.h"

#include <nlohmann/json.hpp>

#include <bit>
#include <cmath>
#include <limits>
#include <memory>
#include <unordered_set>

namespace lengua {
namespace {

using Json = nlohmann::json;

constexpr const char* tensorName = "vectors";
constexpr const char* wordVectorsPrefix = "WordVectors: ";

std::string embeddingLabel(const std::string& name)
{
    return "the embedding \"" + name + "\"";
}

std::string shapeText(const std::vector<std::int64_t>& shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

// The words, the vectors and the rest of one row, checked against each other.
void readRow(NamedWordVectors& embedding, SqliteStatement& select, const std::string& name)
{
    embedding.settingsJson = select.columnText(5);
    const Json settings = Json::parse(embedding.settingsJson, nullptr, false);
    if (settings.is_discarded() || !settings.is_object())
        throw Error(name + ": the settings are not a JSON object");
    embedding.epochLosses = EmbeddingStore::lossesFromJson(select.columnText(6), name);

    arma::fmat vectors = EmbeddingStore::vectorsFromBytes(select.columnBlob(9), name);
    std::vector<std::string> words = EmbeddingStore::wordsFromBytes(select.columnBlob(7), name);
    if (words.size() != vectors.n_rows)
        throw Error(name + " has " + std::to_string(words.size()) + " words for "
                    + std::to_string(vectors.n_rows) + " vectors");
    embedding.counts = EmbeddingStore::countsFromBytes(select.columnBlob(8), name);
    if (!embedding.counts.empty() && embedding.counts.size() != words.size())
        throw Error(name + " has " + std::to_string(embedding.counts.size()) + " counts for "
                    + std::to_string(words.size()) + " words");
    try {
        // Checks what is left: empty or repeated words, NaN and infinities.
        embedding.vectors = std::make_shared<const WordVectors>(std::move(words), std::move(vectors));
    } catch (const Error& error) {
        std::string detail = error.what();
        if (detail.starts_with(wordVectorsPrefix))
            detail.erase(0, std::string_view(wordVectorsPrefix).size());
        throw Error(name + ": " + detail);
    }
}

} // namespace

void EmbeddingStore::check(const std::vector<NamedWordVectors>& embeddings)
{
    std::unordered_set<std::string> ids;
    for (const NamedWordVectors& embedding : embeddings) {
        const std::string where = "WorkspaceFile::write(): " + embeddingLabel(embedding.name);
        if (embedding.id.empty())
            throw Error(where + " has no id");
        if (!ids.insert(embedding.id).second)
            throw Error("WorkspaceFile::write(): two embeddings have the id " + embedding.id);
        if (!embedding.vectors)
            throw Error(where + " has no vectors");
        if (!embedding.counts.empty() && embedding.counts.size() != embedding.vectors->size())
            throw Error(where + " has " + std::to_string(embedding.counts.size())
                        + " counts for " + std::to_string(embedding.vectors->size()) + " words");
        const std::size_t bytes = embedding.vectors->vectors().n_elem * sizeof(float);
        if (bytes > maxVectorBytes)
            throw Error(where + " has " + std::to_string(bytes / 1'000'000)
                        + " MB of vectors; a workspace holds at most "
                        + std::to_string(maxVectorBytes / 1'000'000)
                        + " MB per embedding (keep fewer words)");
    }
}

std::string EmbeddingStore::vectorsToBytes(const arma::fmat& vectors)
{
    if constexpr (std::endian::native == std::endian::little) {
        // The bytes Safetensors::toBytes() writes for this one tensor, with the transpose
        // written straight into them: a save of large vectors makes one copy, not three.
        const std::uint64_t dataBytes = std::uint64_t(vectors.n_elem) * sizeof(float);
        const Json entry = {{"dtype", "F32"},
                            {"shape", {vectors.n_rows, vectors.n_cols}},
                            {"data_offsets", {0, dataBytes}}};
        std::string header = Json{{tensorName, entry}}.dump();
        header.append((8 - header.size() % 8) % 8, ' '); // aligns the data, as toBytes does
        std::string bytes(8 + header.size() + dataBytes, '\0');
        for (int i = 0; i < 8; ++i)
            bytes[std::size_t(i)] = char(std::uint64_t(header.size()) >> (8 * i));
        header.copy(bytes.data() + 8, header.size());
        if (vectors.n_elem > 0) {
            // Armadillo is column-major, safetensors row-major: write the transpose.
            // The data starts at a multiple of 8 bytes, so it is aligned for float.
            float* data = reinterpret_cast<float*>(bytes.data() + 8 + header.size());
            arma::fmat rowMajor(data, vectors.n_cols, vectors.n_rows, false, true);
            rowMajor = vectors.t();
        }
        return bytes;
    }
    SafetensorsTensor tensor;
    tensor.shape = {std::int64_t(vectors.n_rows), std::int64_t(vectors.n_cols)};
    tensor.data.resize(vectors.n_elem);
    if (!tensor.data.empty()) {
        arma::fmat rowMajor(tensor.data.data(), vectors.n_cols, vectors.n_rows, false, true);
        rowMajor = vectors.t();
    }
    std::map<std::string, SafetensorsTensor> tensors;
    tensors.emplace(tensorName, std::move(tensor));
    return Safetensors::toBytes(tensors);
}

arma::fmat EmbeddingStore::vectorsFromBytes(std::string_view bytes, const std::string& name)
{
    // Bounded by the blob's size before anything is allocated.
    Safetensors file = Safetensors::fromBytes(bytes, name + " (vectors)");
    if (!file.skippedTensors().empty()) // Lengua writes F32 only
        throw Error(name + ": the vectors hold tensor \"" + file.skippedTensors().begin()->first
                    + "\" of dtype " + file.skippedTensors().begin()->second
                    + ", which Lengua never writes");
    for (const auto& [key, tensor] : file.tensors()) {
        if (key != tensorName)
            throw Error(name + ": the vectors have an unexpected tensor \"" + key + "\"");
    }
    const auto found = file.tensors().find(tensorName);
    if (found == file.tensors().end())
        throw Error(name + ": the vectors have no tensor \"vectors\"");
    SafetensorsTensor& tensor = found->second;
    if (tensor.shape.size() != 2)
        throw Error(name + ": the tensor \"vectors\" has shape " + shapeText(tensor.shape)
                    + ", not words × dimensions");
    const auto rows = std::uint64_t(tensor.shape[0]);
    const auto columns = std::uint64_t(tensor.shape[1]);
    if (columns > maxDimension || (columns == 0 && rows > 0))
        throw Error(name + ": the tensor \"vectors\" has shape " + shapeText(tensor.shape)
                    + ", whose dimension is outside 1 .. " + std::to_string(maxDimension));
    if (rows > std::numeric_limits<arma::uword>::max() / (columns ? columns : 1))
        throw Error(name + ": the tensor \"vectors\" has shape " + shapeText(tensor.shape)
                    + ", too large");
    if (tensor.data.empty())
        return arma::fmat(arma::uword(rows), arma::uword(columns));
    const arma::fmat rowMajor(tensor.data.data(), arma::uword(columns), arma::uword(rows), false,
                              true);
    return rowMajor.t();
}

std::string EmbeddingStore::wordsToBytes(const std::vector<std::string>& words)
{
    std::size_t size = words.size();
    for (const std::string& word : words)
        size += word.size();
    std::string bytes;
    bytes.reserve(size);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            bytes.push_back('\n');
        for (const char c : words[i]) {
            if (c == '\\')
                bytes += "\\\\";
            else if (c == '\n')
                bytes += "\\n";
            else
                bytes.push_back(c);
        }
    }
    return bytes;
}

std::vector<std::string> EmbeddingStore::wordsFromBytes(std::string_view bytes,
                                                        const std::string& name)
{
    std::vector<std::string> words;
    if (bytes.empty())
        return words;
    words.emplace_back();
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            words.emplace_back();
        } else if (c != '\\') {
            words.back().push_back(c);
        } else if (i + 1 < bytes.size() && (bytes[i + 1] == '\\' || bytes[i + 1] == 'n')) {
            words.back().push_back(bytes[i + 1] == 'n' ? '\n' : '\\');
            ++i;
        } else {
            throw Error(name + ": word " + std::to_string(words.size())
                        + " has a backslash that escapes nothing");
        }
    }
    return words;
}

std::string EmbeddingStore::countsToBytes(const std::vector<std::uint64_t>& counts)
{
    std::string bytes(counts.size() * 8, '\0');
    for (std::size_t i = 0; i < counts.size(); ++i) {
        for (int b = 0; b < 8; ++b)
            bytes[8 * i + std::size_t(b)] = char(counts[i] >> (8 * b));
    }
    return bytes;
}

std::vector<std::uint64_t> EmbeddingStore::countsFromBytes(std::string_view bytes,
                                                           const std::string& name)
{
    if (bytes.size() % 8 != 0)
        throw Error(name + ": the counts take " + std::to_string(bytes.size())
                    + " bytes, not a whole number of 8-byte values");
    std::vector<std::uint64_t> counts(bytes.size() / 8);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        std::uint64_t value = 0;
        for (int b = 0; b < 8; ++b)
            value |= std::uint64_t(static_cast<unsigned char>(bytes[8 * i + std::size_t(b)]))
                     << (8 * b);
        counts[i] = value;
    }
    return counts;
}

std::string EmbeddingStore::lossesToJson(const std::vector<double>& losses)
{
    Json json = Json::array();
    for (const double loss : losses)
        json.push_back(std::isfinite(loss) ? Json(loss) : Json(nullptr));
    return json.dump();
}

std::vector<double> EmbeddingStore::lossesFromJson(const std::string& text, const std::string& name)
{
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_array())
        throw Error(name + ": the epoch losses are not a JSON array");
    std::vector<double> losses;
    losses.reserve(json.size());
    for (const Json& item : json) {
        if (item.is_null())
            losses.push_back(std::numeric_limits<double>::quiet_NaN());
        else if (item.is_number())
            losses.push_back(item.get<double>());
        else
            throw Error(name + ": epoch loss " + std::to_string(losses.size() + 1)
                        + " is not a number");
    }
    return losses;
}

bool EmbeddingStore::save(SqliteDatabase& database, const std::vector<NamedWordVectors>& embeddings,
                          JobContext& context)
{
    check(embeddings);
    std::unordered_set<std::string> wanted;
    for (const NamedWordVectors& embedding : embeddings)
        wanted.insert(embedding.id);
    const StoredRows stored = StoredRows::keepOnly(database, "embeddings", wanted);
    SqliteStatement insert(database,
        "INSERT INTO embeddings (id, position, name, source_corpus_id, description, method,"
        " settings, epoch_losses, words, counts, vectors)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    SqliteStatement update(database,
        "UPDATE embeddings SET position = ?2, name = ?3, source_corpus_id = ?4, description = ?5"
        " WHERE id = ?1");
    for (std::size_t i = 0; i < embeddings.size(); ++i) {
        const NamedWordVectors& embedding = embeddings[i];
        context.throwIfStopped();
        const bool known = stored.contains(embedding.id);
        SqliteStatement& statement = known ? update : insert;
        statement.bind(1, embedding.id);
        statement.bind(2, static_cast<std::int64_t>(i));
        statement.bind(3, embedding.name);
        statement.bind(4, embedding.sourceCorpusId);
        statement.bind(5, embedding.description);
        // Kept alive until run(): the blobs are bound without a copy.
        std::string words;
        std::string counts;
        std::string vectors;
        if (!known) {
            context.reportProgress(1.0, "saving “" + embedding.name + "”");
            statement.bind(6, embedding.method);
            statement.bind(7, embedding.settingsJson.empty() ? std::string("{}")
                                                             : embedding.settingsJson);
            statement.bind(8, lossesToJson(embedding.epochLosses));
            words = wordsToBytes(embedding.vectors->words());
            counts = countsToBytes(embedding.counts);
            vectors = vectorsToBytes(embedding.vectors->vectors());
            statement.bindBlob(9, words);
            statement.bindBlob(10, counts);
            statement.bindBlob(11, vectors);
        }
        statement.run();
    }
    return stored.removedAny();
}

std::vector<NamedWordVectors> EmbeddingStore::read(SqliteDatabase& database,
                                                   const std::string& fileName, JobContext& context)
{
    std::vector<NamedWordVectors> embeddings;
    SqliteStatement select(database,
        "SELECT id, name, method, source_corpus_id, description, settings, epoch_losses, words,"
        " counts, vectors FROM embeddings ORDER BY position, rowid");
    while (select.step()) {
        context.throwIfStopped();
        NamedWordVectors embedding;
        embedding.id = select.columnText(0);
        embedding.name = select.columnText(1);
        embedding.method = select.columnText(2);
        embedding.sourceCorpusId = select.columnText(3);
        embedding.description = select.columnText(4);
        const std::string name = embeddingLabel(embedding.name);
        context.reportProgress(0.95, "reading “" + embedding.name + "”");
        try {
            if (embedding.id.empty())
                throw Error(name + " has no id");
            readRow(embedding, select, name);
        } catch (const Error& error) {
            throw damagedWorkspace(fileName, error.what());
        }
        embeddings.push_back(std::move(embedding));
    }
    return embeddings;
}

} // namespace lengua
