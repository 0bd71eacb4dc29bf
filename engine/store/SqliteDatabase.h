// An open SQLite connection (RAII over sqlite3*): open with SQLITE_OPEN_* flags,
// exec, prepare. Every failure throws SqliteError naming the file. Not thread-safe:
// one connection belongs to one job.
#pragma once

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <stop_token>
#include <string>
#include <string_view>

namespace lengua {

class SqliteDatabase {
public:
    // flags: SQLITE_OPEN_READONLY, or SQLITE_OPEN_READWRITE [| SQLITE_OPEN_CREATE].
    // Extended result codes are switched on.
    SqliteDatabase(const std::filesystem::path& path, int flags);
    ~SqliteDatabase();

    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;

    sqlite3* handle() const noexcept { return m_handle; }
    // The name used in error messages (the path as given).
    const std::string& fileName() const noexcept { return m_fileName; }

    // Runs one or more statements that return no rows.
    void exec(const std::string& sql);
    SqliteStatement prepare(std::string_view sql);
    // The first column of the first row of a query (0 when there is no row).
    std::int64_t queryInt(std::string_view sql);
    bool tableExists(const std::string& name);

    // Long statements (an integrity check, a large delete) are interrupted when this
    // token is stopped; the interrupted call then throws JobCancelled.
    void interruptOn(std::stop_token token);

    // Closes now and reports a failure; the destructor closes silently.
    void close();

    // Throws the SqliteError for a result code of this connection (JobCancelled for
    // an interrupt that the stop token asked for).
    [[noreturn]] void throwError(int code) const;

private:
    static int progressHandler(void* self);

    sqlite3* m_handle = nullptr;
    std::string m_fileName;
    std::stop_token m_stop;
};

} // namespace lengua
