// Reads a corpus from a file, a folder or bytes in memory, in any CorpusFormat,
// decoding UTF-8 / UTF-16 (BOM) / windows-1252 to UTF-8. Large files are read in
// chunks with progress and cancellation; memory stays within a small multiple of
// the text. Every problem is an Error naming the file and what is wrong: problems
// with the file as a whole (missing, empty, too large, unreadable) give its path,
// problems inside it give its file name and the line ("data.csv: line 12 has ...").
// Formats: TextDecoder.h (encodings), TableLoader.h (CSV/TSV columns, ids),
// JsonLinesLoader.h, HtmlText.h; fortune files are entries separated by "%" lines,
// labelled by the file name without ".fortunes"/".txt"; a fortune folder reads the fortune
// files directly inside it (never subfolders such as off/, nor the .u8 links); a
// plain folder reads every non-hidden file below it, sorted by relative path,
// skipping (with a warning) binary, empty, unreadable and too large files.
#pragma once

#include "Corpus.h"
#include "LoadOptions.h"

#include <filesystem>
#include <string>
#include <vector>

namespace lengua {

class JobContext;

// The first rows of a table (or the fields of the first JSON objects), so that a
// person can pick the text and label columns before loading.
struct TablePreview {
    CorpusFormat format = CorpusFormat::Auto;
    char delimiter = ',';
    bool hasHeader = false;
    std::vector<std::string> columns; // header names, or "1", "2", ... without a header
    std::vector<std::vector<std::string>> rows;
    DecodingReport decoding;
};

// The format a path is read as under CorpusFormat::Auto (folder, extension, content).
CorpusFormat detectCorpusFormat(const std::filesystem::path& path);

Corpus loadCorpus(const std::filesystem::path& path, const LoadOptions& options, JobContext& context);

// For sources that are not files (the embedded sample, drag-and-dropped bytes).
// format must not be Auto or Folder.
Corpus loadCorpusFromMemory(std::string bytes, const std::string& name, const LoadOptions& options,
                            JobContext& context);

TablePreview previewTable(const std::filesystem::path& path, const LoadOptions& options,
                          std::size_t maxRows = 20);

} // namespace lengua
