// Reading and writing a workspace file in a test, poking its SQLite tables directly (to
// damage a row on purpose), and catching the Error a damaged file gives; the content the
// store tests save around their artefacts (one corpus "c1" of one document).
#pragma once

#include "core/Error.h"
#include "core/JobContext.h"
#include "store/SqliteDatabase.h"
#include "store/WorkspaceFile.h"
#include "support/ErrorOf.h"

#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace workspacefile {

// A new workspace file name at each call (w1.lengua, w2.lengua, ...) in a temporary folder
// that lives as long as this object.
class WorkspacePaths {
public:
    bool isValid() const { return m_dir.isValid(); }
    std::filesystem::path next()
    {
        return std::filesystem::path(m_dir.path().toStdString())
             / ("w" + std::to_string(++m_counter) + ".lengua");
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

// A workspace holding one corpus "c1" of one document "d1", which the artefacts under test
// name as their source.
inline lengua::WorkspaceContent contentWithCorpus(const std::string& name, const std::string& text)
{
    lengua::WorkspaceContent content;
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->id = "c1";
    corpus->name = name;
    corpus->documents.push_back({"d1", text, ""});
    content.corpora.push_back(corpus);
    return content;
}

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
using ::errorOf;

} // namespace workspacefile
