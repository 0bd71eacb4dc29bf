#include "CorpusInput.h"

#include "core/Error.h"
#include "text/CorpusLoader.h"

const std::set<std::string>& corpusInputOptions()
{
    static const std::set<std::string> options{"input", "format", "text-column", "label-column"};
    return options;
}

lengua::Corpus readCorpusInput(const CommandLine& line, lengua::JobContext& context)
{
    lengua::LoadOptions options;
    const std::string formatName = line.value("format", "auto");
    const auto format = lengua::parseFormatName(formatName);
    if (!format)
        throw lengua::Error("unknown --format '" + formatName
                            + "' (auto, text, folder, csv, tsv, jsonl, html, fortune)");
    options.format = *format;
    options.textColumn = line.value("text-column");
    options.labelColumn = line.value("label-column");
    if (!options.textColumn.empty())
        options.textField = options.textColumn;
    if (!options.labelColumn.empty())
        options.labelField = options.labelColumn;
    return lengua::loadCorpus(line.required("input"), options, context);
}
