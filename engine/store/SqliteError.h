// The Error thrown for a failed SQLite call: the message names the file and
// carries sqlite3_errmsg; the (extended) result code lets callers tell a damaged
// file (SQLITE_CORRUPT, SQLITE_NOTADB) from an I/O problem.
#pragma once

#include "core/Error.h"

#include <string>

namespace lengua {

class SqliteError : public Error {
public:
    SqliteError(const std::string& fileName, int code, const std::string& sqliteMessage)
        : Error(fileName + ": " + sqliteMessage), m_code(code), m_sqliteMessage(sqliteMessage)
    {
    }

    int code() const noexcept { return m_code; }               // extended result code
    int primaryCode() const noexcept { return m_code & 0xff; } // SQLITE_CORRUPT, ...
    const std::string& sqliteMessage() const noexcept { return m_sqliteMessage; }

private:
    int m_code;
    std::string m_sqliteMessage;
};

} // namespace lengua
