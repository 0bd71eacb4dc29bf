#include "StoredRows.h"

#include "SqliteStatement.h"

namespace lengua {

StoredRows StoredRows::keepOnly(SqliteDatabase& database, std::string_view table,
                                const std::unordered_set<std::string>& wanted)
{
    const std::string name(table);
    StoredRows rows;
    {
        SqliteStatement select(database, "SELECT id FROM " + name);
        while (select.step())
            rows.m_ids.insert(select.columnText(0));
    }
    SqliteStatement remove(database, "DELETE FROM " + name + " WHERE id = ?");
    for (const std::string& id : rows.m_ids) {
        if (wanted.contains(id))
            continue;
        remove.bind(1, id);
        remove.run();
        rows.m_removedAny = true;
    }
    return rows;
}

} // namespace lengua
