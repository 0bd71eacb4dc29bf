#include "SqliteDatabase.h"

#include "SqliteError.h"
#include "SqliteStatement.h"
#include "core/JobCancelled.h"

#include <utility>

namespace lengua {

SqliteDatabase::SqliteDatabase(const std::filesystem::path& path, int flags)
    : m_fileName(path.string())
{
    const int code = sqlite3_open_v2(path.c_str(), &m_handle, flags, nullptr);
    if (code != SQLITE_OK) {
        // sqlite3_open_v2 hands back a handle even on failure (unless out of memory);
        // it holds the message and must still be closed.
        const std::string message = m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(code);
        const int extended = m_handle ? sqlite3_extended_errcode(m_handle) : code;
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
        throw SqliteError(m_fileName, extended, message);
    }
    sqlite3_extended_result_codes(m_handle, 1);
}

SqliteDatabase::~SqliteDatabase()
{
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)),
      m_fileName(std::move(other.m_fileName)),
      m_stop(std::move(other.m_stop))
{
    if (m_handle && m_stop.stop_possible())
        sqlite3_progress_handler(m_handle, 1000, &SqliteDatabase::progressHandler, this);
}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            sqlite3_close_v2(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_fileName = std::move(other.m_fileName);
        m_stop = std::move(other.m_stop);
        if (m_handle && m_stop.stop_possible())
            sqlite3_progress_handler(m_handle, 1000, &SqliteDatabase::progressHandler, this);
    }
    return *this;
}

void SqliteDatabase::exec(const std::string& sql)
{
    char* message = nullptr;
    const int code = sqlite3_exec(m_handle, sql.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message); // the same text is still in sqlite3_errmsg
    if (code != SQLITE_OK)
        throwError(code);
}

SqliteStatement SqliteDatabase::prepare(std::string_view sql)
{
    return SqliteStatement(*this, sql);
}

std::int64_t SqliteDatabase::queryInt(std::string_view sql)
{
    SqliteStatement statement(*this, sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

bool SqliteDatabase::tableExists(const std::string& name)
{
    SqliteStatement statement(*this,
                              "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    statement.bind(1, name);
    return statement.step();
}

void SqliteDatabase::interruptOn(std::stop_token token)
{
    m_stop = std::move(token);
    // Every ~1000 virtual machine instructions: far below a millisecond.
    if (m_stop.stop_possible())
        sqlite3_progress_handler(m_handle, 1000, &SqliteDatabase::progressHandler, this);
    else
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int SqliteDatabase::progressHandler(void* self)
{
    return static_cast<SqliteDatabase*>(self)->m_stop.stop_requested() ? 1 : 0;
}

void SqliteDatabase::close()
{
    if (!m_handle)
        return;
    // Statements are RAII objects that the caller has destroyed by now; a failure
    // here is an I/O problem that the caller must hear about.
    const int code = sqlite3_close(m_handle);
    if (code != SQLITE_OK)
        throwError(code);
    m_handle = nullptr;
}

void SqliteDatabase::throwError(int code) const
{
    if ((code & 0xff) == SQLITE_INTERRUPT && m_stop.stop_requested())
        throw JobCancelled();
    const int extended = m_handle ? sqlite3_extended_errcode(m_handle) : code;
    // sqlite3_errmsg describes the most recent failure, which is this one; when the
    // code came from elsewhere, fall back on the generic text of the code.
    const std::string message = m_handle && (extended & 0xff) == (code & 0xff)
        ? std::string(sqlite3_errmsg(m_handle))
        : std::string(sqlite3_errstr(code));
    throw SqliteError(m_fileName, (extended & 0xff) == (code & 0xff) ? extended : code, message);
}

} // namespace lengua
