// Reads and writes a workspace: one SQLite file (".lengua") holding the corpora,
// processed corpora, tokenizers, language models, word vectors and settings of a session. Every
// save is one transaction, so a crash, a kill or a cancellation never leaves a
// half-written workspace; reading never modifies it.
#pragma once

#include "WorkspaceContent.h"

#include <cstdint>
#include <filesystem>

namespace lengua {

class JobContext;
class SqliteDatabase;

class WorkspaceFile {
public:
    // The format this version writes and the newest it reads. Bump it together with
    // a new step in migrate() (see WorkspaceFile.cpp).
    static constexpr int schemaVersion = 4;
    // PRAGMA application_id: "LENG", so that `file` and SQLite tools can tell a
    // workspace from any other SQLite database.
    static constexpr std::int32_t applicationId = 0x4C454E47;

    // Throws Error naming the file when it is missing, not an SQLite database,
    // another application's database, written by a newer Lengua, or damaged.
    // Opens the file read-only; progress is by documents read; cancellable.
    static WorkspaceContent read(const std::filesystem::path& path, JobContext& context);

    // Saves in one transaction. A new file is written beside the target and renamed
    // over it; an existing workspace is updated in place (corpora, processed corpora,
    // tokenizers, models and embeddings are immutable and keyed by id: new ones are
    // inserted, missing ones deleted, names and order updated, a stored model's weights
    // or embedding's vectors never rewritten; settings replaced). Refuses (Error) to touch a file that is
    // not a valid workspace. A cancellation or an error leaves the file as it was.
    static void write(const std::filesystem::path& path, const WorkspaceContent& content,
                      JobContext& context);

    // Upgrades an open workspace of format fromVersion to schemaVersion, one step
    // per version, inside the caller's transaction. Public for the tests.
    static void migrate(SqliteDatabase& database, int fromVersion);
};

} // namespace lengua
