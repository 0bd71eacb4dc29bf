#include "Commands.h"
#include "CorpusInput.h"
#include "JsonOutput.h"

#include "core/JobContext.h"
#include "text/CorpusStatistics.h"

#include <chrono>

int corpusStatsCommand(const Arguments& arguments)
{
    const CommandLine line(arguments, corpusInputOptions(), {});
    const auto start = std::chrono::steady_clock::now();
    lengua::JobContext context;
    const lengua::Corpus corpus = readCorpusInput(line, context);
    const auto loaded = std::chrono::steady_clock::now();
    const lengua::CorpusStatistics statistics = lengua::CorpusStatistics::compute(corpus, context);
    const auto end = std::chrono::steady_clock::now();

    nlohmann::json labels = nlohmann::json::object();
    for (const auto& [label, count] : statistics.labels)
        labels[label] = count;
    printJson({
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
        {"seconds", std::chrono::duration<double>(end - start).count()},
        {"load_seconds", std::chrono::duration<double>(loaded - start).count()},
        {"statistics_seconds", std::chrono::duration<double>(end - loaded).count()},
    });
    return 0;
}
