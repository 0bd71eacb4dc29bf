// Saving and reading processed corpora in a workspace file (format 2 and later).
// Like corpora, processed corpora are immutable and keyed by id: a save inserts the
// new ones, deletes the removed ones and updates names and order, never rewriting
// the documents of one already stored. Both run inside the caller's transaction.
#pragma once

#include "text/ProcessedCorpus.h"

#include <memory>
#include <string>
#include <vector>

namespace lengua {

class JobContext;
class SqliteDatabase;

class ProcessedCorpusStore {
public:
    static void save(SqliteDatabase& database,
                     const std::vector<std::shared_ptr<const ProcessedCorpus>>& corpora,
                     JobContext& context);
    // fileName is used in messages about damaged content.
    static std::vector<std::shared_ptr<const ProcessedCorpus>> read(SqliteDatabase& database,
                                                                    const std::string& fileName,
                                                                    JobContext& context);
};

} // namespace lengua
