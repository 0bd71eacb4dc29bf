// lengua-cli: the engine without the GUI. Each command prints one JSON object on
// stdout; an error prints {"error": "..."} on stderr and exits non-zero.
#include "CommandLine.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "text/Corpus.h"
#include "text/CorpusLoader.h"
#include "text/CorpusStatistics.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::json;

constexpr const char* usage = R"(Usage: lengua-cli <command> [options]

Commands:
  corpus-stats --input PATH [--format auto|text|folder|csv|tsv|jsonl|html|fortune]
               [--text-column NAME] [--label-column NAME]
      Loads a corpus and prints its statistics: documents, sentences, tokens,
      types, characters, type_token_ratio, encoding, labels (label -> documents),
      bytes (UTF-8 text), seconds (load_seconds + statistics_seconds).
      For CSV/TSV, columns are header names or 1-based numbers; for JSON
      Lines they are field names (default text field: "text").

Options:
  --help       this text
  --version    the version

Every command prints one JSON object on stdout. On an error it prints
{"error": "..."} on stderr and exits with status 1 (2 for a usage error).
)";

int corpusStats(const std::vector<std::string>& arguments)
{
    const CommandLine line(arguments, {"input", "format", "text-column", "label-column"}, {});
    const auto start = std::chrono::steady_clock::now();
    lengua::LoadOptions options;
    const std::string formatName = line.value("format", "auto");
    const auto format = lengua::parseFormatName(formatName);
    if (!format)
        throw lengua::Error("unknown --format '" + formatName +
                            "' (auto, text, folder, csv, tsv, jsonl, html, fortune)");
    options.format = *format;
    const std::string textColumn = line.value("text-column");
    const std::string labelColumn = line.value("label-column");
    options.textColumn = textColumn;
    options.labelColumn = labelColumn;
    if (!textColumn.empty())
        options.textField = textColumn;
    if (!labelColumn.empty())
        options.labelField = labelColumn;

    lengua::JobContext context;
    const lengua::Corpus corpus = lengua::loadCorpus(line.required("input"), options, context);
    const auto loaded = std::chrono::steady_clock::now();
    const lengua::CorpusStatistics statistics = lengua::CorpusStatistics::compute(corpus, context);
    const auto end = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(end - start).count();

    Json labels = Json::object();
    for (const auto& [label, count] : statistics.labels)
        labels[label] = count;
    const Json out = {
        {"documents", statistics.documents},
        {"sentences", statistics.sentences},
        {"tokens", statistics.tokens},
        {"types", statistics.types},
        {"characters", statistics.characters},
        {"type_token_ratio", statistics.typeTokenRatio()},
        {"encoding", corpus.decoding.encoding},
        {"encoding_fallback", corpus.decoding.fallback},
        {"replacements", corpus.decoding.replacements},
        {"format", corpus.format},
        {"labels", labels},
        {"warnings", corpus.warnings},
        {"bytes", corpus.textBytes()},
        {"seconds", seconds},
        {"load_seconds", std::chrono::duration<double>(loaded - start).count()},
        {"statistics_seconds", std::chrono::duration<double>(end - loaded).count()},
    };
    std::cout << out.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    return 0;
}

void printError(const std::string& message)
{
    std::cerr << Json{{"error", message}}.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty()) {
        std::cerr << usage;
        printError("no command given; see --help");
        return 2;
    }
    const std::string command = arguments.front();
    arguments.erase(arguments.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << usage;
        return 0;
    }
    if (command == "--version") {
        std::cout << "lengua-cli " << LENGUA_VERSION << '\n';
        return 0;
    }
    try {
        if (command == "corpus-stats")
            return corpusStats(arguments);
        printError("unknown command '" + command + "'; see --help");
        return 2;
    } catch (const lengua::Error& e) {
        printError(e.what());
        return 1;
    } catch (const std::bad_alloc&) {
        printError("out of memory");
        return 1;
    } catch (const std::exception& e) {
        printError(e.what());
        return 1;
    }
}
