// Reading and writing a workspace file in a test, poking its SQLite tables directly (to
// damage a row on purpose), and catching the Error a damaged file gives.
#pragma once

#include "core/Error.h"
#include "core/JobContext.h"
#include "store/SqliteDatabase.h"
#include "store/WorkspaceFile.h"

#include <QString>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace workspacefile {

inline void write(const std::filesystem::path& path, const lengua::WorkspaceContent& content)
{
    lengua::JobContext context;
    lengua::WorkspaceFile::write(path, content, context);
}

inline lengua::WorkspaceContent read(const std::filesystem::path& path)
{
    lengua::JobContext context;
    return lengua::WorkspaceFile::read(path, context);
}

inline void exec(const std::filesystem::path& path, const std::string& sql)
{
    lengua::SqliteDatabase database(path, SQLITE_OPEN_READWRITE);
    database.exec(sql);
}

inline std::int64_t queryInt(const std::filesystem::path& path, const std::string& sql)
{
    lengua::SqliteDatabase database(path, SQLITE_OPEN_READONLY);
    return database.queryInt(sql);
}

// The message of the Error the action throws; empty when it throws none.
inline QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const lengua::Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace workspacefile
