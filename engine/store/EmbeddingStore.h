// Saving and reading word vectors in a workspace file (format 4 and later), one row per
// embedding. The vectors are a safetensors blob holding one F32 tensor "vectors" of shape
// V × dim (row i the vector of word i, so the blob copied out of the file opens in any
// safetensors reader); the words are a blob of V lines (UTF-8 as given, with "\" and line
// feeds escaped as "\\" and "\n"); the corpus counts are V little-endian uint64 values, or
// nothing when unknown; the settings are a JSON object and the per-epoch losses a JSON
// array (null for a value that was not finite).
// Embeddings are immutable and keyed by id: a save inserts new ones, deletes removed ones
// and updates names, descriptions and order, never rewriting a stored blob. Reading
// trusts nothing in the row: damaged or hostile data is an Error naming the file and the
// embedding, never a crash.
#pragma once

#include "embed/NamedWordVectors.h"

#include <armadillo>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class JobContext;
class SqliteDatabase;

class EmbeddingStore {
public:
    // Largest dimension read from a file (an empty store could otherwise claim any).
    static constexpr std::size_t maxDimension = std::size_t(1) << 16;
    // SQLite's default limit on one blob (SQLITE_MAX_LENGTH, 10^9 bytes), less room for
    // the safetensors header: larger vectors are refused with a clear message before a
    // save starts (GoogleNews' 3 million × 300 needs its top words kept, not all).
    static constexpr std::size_t maxVectorBytes = 999'000'000;

    // Throws Error when the embeddings cannot be saved: no id, an id twice, no vectors,
    // counts that are neither empty nor one per word, or vectors too large for one blob. WorkspaceFile::write() calls it
    // before it touches the file.
    static void check(const std::vector<NamedWordVectors>& embeddings);

    // Inside the caller's transaction. Returns true when a stored embedding was deleted
    // (the caller may then hand the freed pages back).
    static bool save(SqliteDatabase& database, const std::vector<NamedWordVectors>& embeddings,
                     JobContext& context);
    // fileName is used in messages about damaged content.
    static std::vector<NamedWordVectors> read(SqliteDatabase& database,
                                              const std::string& fileName, JobContext& context);

    // The parts of a row and back, each checked; name is used in messages. Public for
    // the tests.
    static std::string vectorsToBytes(const arma::fmat& vectors); // V × dim
    static arma::fmat vectorsFromBytes(std::string_view bytes, const std::string& name);
    static std::string wordsToBytes(const std::vector<std::string>& words);
    static std::vector<std::string> wordsFromBytes(std::string_view bytes, const std::string& name);
    static std::string countsToBytes(const std::vector<std::uint64_t>& counts);
    static std::vector<std::uint64_t> countsFromBytes(std::string_view bytes,
                                                      const std::string& name);
    static std::string lossesToJson(const std::vector<double>& losses);
    static std::vector<double> lossesFromJson(const std::string& text, const std::string& name);
};

} // namespace lengua
