// The ids a table keyed by id held when a save began, after the save has deleted the rows
// it no longer wants. The stores that rewrite a whole list (embeddings, models) then update
// the rows whose id is stored and insert the others.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace lengua {

class SqliteDatabase;

class StoredRows {
public:
    // Reads every id in `table` and deletes the rows whose id is not in `wanted`.
    static StoredRows keepOnly(SqliteDatabase& database, std::string_view table,
                               const std::unordered_set<std::string>& wanted);

    // True when the id was in the table before the save (its row is updated, not inserted).
    bool contains(const std::string& id) const { return m_ids.contains(id); }
    // True when keepOnly() deleted at least one row.
    bool removedAny() const { return m_removedAny; }

private:
    std::unordered_set<std::string> m_ids;
    bool m_removedAny = false;
};

} // namespace lengua
