#include "SqliteTransaction.h"

#include "SqliteDatabase.h"

namespace lengua {

SqliteTransaction::SqliteTransaction(SqliteDatabase& database, Mode mode) : m_database(database)
{
    m_database.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    m_active = true;
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_active)
        return;
    // Some errors (SQLITE_FULL, SQLITE_IOERR) already rolled back the transaction;
    // a second ROLLBACK would only fail. A destructor must not throw.
    if (m_database.handle() && !sqlite3_get_autocommit(m_database.handle()))
        sqlite3_exec(m_database.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_database.exec("COMMIT");
    m_active = false;
}

void SqliteTransaction::rollback()
{
    m_active = false;
    if (!sqlite3_get_autocommit(m_database.handle()))
        m_database.exec("ROLLBACK");
}

} // namespace lengua
