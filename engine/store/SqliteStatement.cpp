#include "SqliteStatement.h"

#include "SqliteDatabase.h"

#include <limits>
#include <utility>

namespace lengua {

SqliteStatement::SqliteStatement(SqliteDatabase& database, std::string_view sql)
    : m_database(&database)
{
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw std::length_error("SqliteStatement: statement too long");
    const int code = sqlite3_prepare_v2(database.handle(), sql.data(), static_cast<int>(sql.size()),
                                        &m_statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        database.throwError(code);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_database(other.m_database), m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_database = other.m_database;
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

void SqliteStatement::bind(int index, std::string_view text)
{
    // sqlite3_bind_text64 takes the length, so embedded NUL bytes survive.
    check(sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
}

void SqliteStatement::bindBlob(int index, std::string_view bytes)
{
    // SQLITE_STATIC: a model's weights can be hundreds of megabytes; no second copy.
    check(sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_STATIC));
}

void SqliteStatement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index));
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    // With sqlite3_prepare_v2 the step's own code is the detailed one; reset so that
    // the statement can be reused or finalized cleanly.
    sqlite3_reset(m_statement);
    m_database->throwError(code);
}

void SqliteStatement::run()
{
    step();
    reset();
}

void SqliteStatement::reset()
{
    // A failure of the last step was already reported by step(); reset only repeats it.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column); // after column_text, as documented
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

std::string SqliteStatement::columnBlob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column); // after column_blob, as documented
    return bytes ? std::string(bytes, static_cast<std::size_t>(size)) : std::string();
}

void SqliteStatement::check(int code) const
{
    if (code != SQLITE_OK)
        m_database->throwError(code);
}

} // namespace lengua
