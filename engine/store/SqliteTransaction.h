// A transaction as a scope: BEGIN in the constructor, ROLLBACK in the destructor
// unless commit() was called, so an exception or a cancellation leaves the
// database as it was before.
#pragma once

namespace lengua {

class SqliteDatabase;

class SqliteTransaction {
public:
    enum class Mode {
        Deferred,  // takes locks when first needed (reading)
        Immediate, // takes the write lock now, so a save never fails half-way on a busy lock
    };

    explicit SqliteTransaction(SqliteDatabase& database, Mode mode = Mode::Immediate);
    ~SqliteTransaction();

    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();
    // Rolls back now (the destructor then does nothing).
    void rollback();
    bool isActive() const noexcept { return m_active; }

private:
    SqliteDatabase& m_database;
    bool m_active = false;
};

} // namespace lengua
