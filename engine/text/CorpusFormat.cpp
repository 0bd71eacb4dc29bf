// Names of the corpus formats, as stored in the workspace and typed on the command line.
#include "CorpusFormat.h"

#include <array>
#include <utility>

namespace lengua {

namespace {

constexpr std::array<std::pair<CorpusFormat, std::string_view>, 8> formatNames{{
    {CorpusFormat::Auto, "auto"},
    {CorpusFormat::Text, "text"},
    {CorpusFormat::Folder, "folder"},
    {CorpusFormat::Csv, "csv"},
    {CorpusFormat::Tsv, "tsv"},
    {CorpusFormat::JsonLines, "jsonl"},
    {CorpusFormat::Html, "html"},
    {CorpusFormat::Fortune, "fortune"},
}};

} // namespace

std::string formatName(CorpusFormat format)
{
    for (const auto& [value, name] : formatNames) {
        if (value == format)
            return std::string(name);
    }
    return "auto";
}

std::optional<CorpusFormat> parseFormatName(std::string_view name)
{
    for (const auto& [value, formatText] : formatNames) {
        if (formatText == name)
            return value;
    }
    return std::nullopt;
}

} // namespace lengua
