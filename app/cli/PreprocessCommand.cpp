#include "Commands.h"
#include "CorpusInput.h"
#include "JsonOutput.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "text/Pipeline.h"
#include "text/PipelineSettings.h"
#include "text/ProcessedCorpus.h"

#include <chrono>
#include <fstream>

int preprocessCommand(const Arguments& arguments)
{
    std::set<std::string> options = corpusInputOptions();
    options.insert({"lang", "steps", "output", "threads"});
    const CommandLine line(arguments, options, {});
    const auto start = std::chrono::steady_clock::now();

    const std::string language = line.value("lang", "auto");
    if (language != "es" && language != "en" && language != "auto")
        throw lengua::Error("--lang must be es, en or auto, not '" + language + "'");
    lengua::PipelineSettings settings = lengua::PipelineSettings::fromStepList(
        line.value("steps", "clean,nfc,lower,sentences"), language);
    if (line.has("threads"))
        settings.threads = static_cast<unsigned>(std::stoul(line.value("threads")));

    lengua::JobContext context;
    const lengua::Corpus corpus = readCorpusInput(line, context);
    const lengua::ProcessedCorpus processed = lengua::Pipeline(settings).run(corpus, context);

    // The output is the plain format every later command reads: one sentence a line,
    // tokens separated by single spaces.
    if (const std::string output = line.value("output"); !output.empty()) {
        std::ofstream out(output, std::ios::binary | std::ios::trunc);
        if (!out)
            throw lengua::Error(output + ": cannot be written");
        for (const auto& document : processed.documents) {
            for (const auto& sentence : document.sentences) {
                for (std::size_t i = 0; i < sentence.size(); ++i)
                    out << (i ? " " : "") << sentence[i];
                out << '\n';
            }
        }
        if (!out.flush())
            throw lengua::Error(output + ": writing failed");
    }

    std::uint64_t corrections = 0;
    for (const auto& correction : processed.corrections)
        corrections += correction.count;
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : processed.steps)
        steps.push_back({{"step", step.name}, {"tokens", step.tokens}, {"types", step.types}});
    const auto& first = processed.steps.front();
    const auto& last = processed.steps.back();
    printJson({
        {"documents", processed.documents.size()},
        {"sentences", processed.sentenceCount()},
        {"language", processed.language},
        {"steps", steps},
        {"tokens_before", first.tokens},
        {"tokens_after", last.tokens},
        {"types_before", first.types},
        {"types_after", last.types},
        {"corrections", corrections},
        {"warnings", processed.warnings},
        {"bytes", corpus.textBytes()},
        {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()},
        {"pipeline_seconds", processed.seconds},
    });
    return 0;
}
