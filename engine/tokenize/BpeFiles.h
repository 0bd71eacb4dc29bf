// GPT-2's tokenizer files: vocab.json (token -> id, tokens in byte-to-unicode form) and
// merges.txt (one merge "Ġ t" per line, in rank order, after a "#version" line).
#pragma once

#include "ByteLevelBpe.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

// Special tokens are not marked in these files; on reading, a token that is neither one
// of the 256 byte symbols nor the result of a merge (GPT-2's "<|endoftext|>") is taken
// as special, since BPE could never produce it. Every problem is an Error that names the
// file and what is wrong (malformed or truncated JSON, an id that is not a whole number,
// duplicate or missing ids, a merge line that is not two tokens, a merge naming a token
// that vocab.json lacks).
class BpeFiles {
public:
    static ByteLevelBpe read(const std::filesystem::path& vocabJson,
                             const std::filesystem::path& mergesTxt);
    // Writes both files (UTF-8, vocab.json ordered by id, merges.txt with "#version: 0.2").
    static void write(const ByteLevelBpe& tokenizer, const std::filesystem::path& vocabJson,
                      const std::filesystem::path& mergesTxt);

    // The same from text in memory; fileName is only used in messages.
    static ByteLevelBpe parse(std::string_view vocabJson, std::string_view mergesTxt,
                              const std::string& vocabName = "vocab.json",
                              const std::string& mergesName = "merges.txt");
    static std::string vocabularyJson(const ByteLevelBpe& tokenizer);
    static std::string mergesText(const ByteLevelBpe& tokenizer);
};

} // namespace lengua
