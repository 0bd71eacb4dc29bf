// Saving and reading tokenizers in a workspace file (format 2 and later), each as
// its Hugging Face tokenizer.json text, so a tokenizer reads back exactly as it was
// and could be copied out of the file by any SQLite tool. Inside the caller's
// transaction; tokenizers are immutable and keyed by id.
#pragma once

#include "tokenize/NamedTokenizer.h"

#include <string>
#include <vector>

namespace lengua {

class JobContext;
class SqliteDatabase;

class TokenizerStore {
public:
    static void save(SqliteDatabase& database, const std::vector<NamedTokenizer>& tokenizers,
                     JobContext& context);
    static std::vector<NamedTokenizer> read(SqliteDatabase& database, const std::string& fileName,
                                            JobContext& context);
};

} // namespace lengua
