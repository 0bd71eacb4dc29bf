// The file formats a corpus can be read from.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lengua {

enum class CorpusFormat { Auto, Text, Folder, Csv, Tsv, JsonLines, Html, Fortune };

// "auto", "text", "folder", "csv", "tsv", "jsonl", "html", "fortune".
std::string formatName(CorpusFormat format);
std::optional<CorpusFormat> parseFormatName(std::string_view name);

} // namespace lengua
