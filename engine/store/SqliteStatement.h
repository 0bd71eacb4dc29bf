// A prepared SQLite statement (RAII over sqlite3_stmt*): bind by 1-based index,
// step, read columns by 0-based index, reset to run it again with new values.
// Reusing one statement for many rows is what makes large inserts fast.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace lengua {

class SqliteDatabase;

class SqliteStatement {
public:
    // The database must outlive the statement.
    SqliteStatement(SqliteDatabase& database, std::string_view sql);
    ~SqliteStatement();

    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;

    // The text is copied, so temporaries are fine.
    void bind(int index, std::string_view text);
    void bind(int index, std::int64_t value);
    void bindNull(int index);
    // Binds bytes as a BLOB without copying them: they must stay valid until the
    // statement has been run or reset.
    void bindBlob(int index, std::string_view bytes);

    // Runs until the next row: true when a row is available, false when done.
    bool step();
    // step() for a statement that returns no rows, then reset() so that it can be
    // bound and run again.
    void run();
    // Back to the start, bindings cleared.
    void reset();

    bool columnIsNull(int column) const;
    std::int64_t columnInt64(int column) const;
    std::string columnText(int column) const; // UTF-8; empty for NULL
    std::string columnBlob(int column) const; // the bytes; empty for NULL

private:
    void check(int code) const;

    SqliteDatabase* m_database = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace lengua
