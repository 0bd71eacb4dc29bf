#include "CorpusStatistics.h"

#include "Corpus.h"
#include "WordScanner.h"
#include "core/JobContext.h"
#include "core/StringCounter.h"
#include "core/StringHash.h"

#include <algorithm>
#include <exception>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace lengua {
namespace {

using CountMap = StringMap<std::uint64_t>;
// Words as spelled, keyed by views into the corpus text (which outlives the count):
// no copy and no case folding per token; only the distinct spellings are folded.
using SpellingMap = StringCounter;

struct PartialCounts {
    std::uint64_t sentences = 0;
    std::uint64_t tokens = 0;
    std::uint64_t characters = 0;
    SpellingMap spellings;
    std::exception_ptr error;
};

std::uint64_t countCodePoints(std::string_view text)
{
    std::uint64_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

bool isSentenceEnd(std::string_view text, std::size_t i, std::size_t& after)
{
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?') {
        after = i + 1;
    } else if (c == '\xE2' && text.substr(i, 3) == "\xE2\x80\xA6") { // …
        after = i + 3;
    } else {
        return false;
    }
    // Closing quotes and brackets may follow the terminator.
    while (after < text.size()) {
        const char d = text[after];
        if (d == '"' || d == '\'' || d == ')' || d == ']' || d == '.' || d == '!' || d == '?') {
            ++after;
        } else if (text.substr(after, 2) == "\xC2\xBB") { // »
            after += 2;
        } else if (text.substr(after, 3) == "\xE2\x80\x9D" || text.substr(after, 3) == "\xE2\x80\x99") {
            after += 3; // ” ’
        } else {
            break;
        }
    }
    if (after >= text.size())
        return true;
    const char d = text[after];
    return d == ' ' || d == '\n' || d == '\r' || d == '\t';
}

// Counts sentences holding at least one word: each terminator after a word closes one,
// and words after the last terminator make one more.
std::uint64_t countSentences(std::string_view text, std::uint64_t& tokens, SpellingMap& spellings)
{
    std::uint64_t sentences = 0;
    WordScanner scanner(text);
    std::size_t scanFrom = 0;
    bool open = false;
    while (scanner.next()) {
        // Look for sentence terminators between the previous word and this one.
        for (std::size_t i = scanFrom; i < scanner.begin() && open; ++i) {
            std::size_t after = 0;
            if (isSentenceEnd(text, i, after)) {
                ++sentences;
                open = false;
            }
        }
        open = true;
        scanFrom = scanner.end();
        ++tokens;
        spellings.add(scanner.word());
    }
    if (open)
        ++sentences;
    return sentences;
}

void countRange(const Corpus& corpus, std::size_t first, std::size_t last, PartialCounts& out,
                JobContext* context)
{
    try {
        const std::size_t total = last - first;
        for (std::size_t d = first; d < last; ++d) {
            const std::string& text = corpus.documents[d].text;
            out.characters += countCodePoints(text);
            out.sentences += countSentences(text, out.tokens, out.spellings);
            if (context && (d - first) % 256 == 0) {
                context->throwIfStopped();
                context->reportProgress(0.95 * double(d - first) / double(total ? total : 1),
                                        "counting words");
            }
        }
    } catch (...) {
        out.error = std::current_exception();
    }
}

} // namespace

CorpusStatistics CorpusStatistics::compute(const Corpus& corpus, JobContext& context,
                                           unsigned threads)
{
    if (threads == 0)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    const std::size_t documentCount = corpus.documents.size();
    if (documentCount < 64)
        threads = 1;

    // Split the documents into ranges of roughly equal text size.
    std::vector<std::size_t> bounds{0};
    const std::size_t totalBytes = corpus.textBytes();
    std::size_t accumulated = 0;
    for (std::size_t d = 0; d < documentCount && bounds.size() < threads; ++d) {
        accumulated += corpus.documents[d].text.size();
        if (accumulated >= totalBytes * bounds.size() / threads)
            bounds.push_back(d + 1);
    }
    bounds.push_back(documentCount);
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    const std::size_t parts = bounds.size() - 1;
    std::vector<PartialCounts> partials(parts);
    {
        std::stop_source stopWorkers;
        std::vector<std::jthread> workers;
        // The job's own thread takes the first range and reports progress; the others
        // watch its stop token through the same context's token.
        for (std::size_t p = 1; p < parts; ++p) {
            workers.emplace_back([&, p] {
                JobContext silent(context.stopToken());
                countRange(corpus, bounds[p], bounds[p + 1], partials[p], &silent);
            });
        }
        if (parts > 0)
            countRange(corpus, bounds[0], bounds[1], partials[0], &context);
    }
    for (const PartialCounts& partial : partials)
        if (partial.error)
            std::rethrow_exception(partial.error);
    context.throwIfStopped();

    CorpusStatistics statistics;
    statistics.documents = documentCount;
    CountMap merged;
    std::string folded;
    for (std::size_t p = 0; p < parts; ++p) {
        statistics.sentences += partials[p].sentences;
        statistics.tokens += partials[p].tokens;
        statistics.characters += partials[p].characters;
        partials[p].spellings.forEach([&](std::string_view spelling, std::uint64_t count) {
            WordScanner::fold(spelling, folded);
            if (auto it = merged.find(std::string_view(folded)); it != merged.end())
                it->second += count;
            else
                merged.emplace(folded, count);
        });
        partials[p].spellings = StringCounter();
    }
    for (const Document& document : corpus.documents)
        if (!document.label.empty())
            ++statistics.labels[document.label];

    context.reportProgress(0.97, "sorting frequencies");
    statistics.types = merged.size();
    statistics.frequencies.reserve(merged.size());
    for (auto& [term, count] : merged)
        statistics.frequencies.push_back(TermCount{term, count});
    std::sort(statistics.frequencies.begin(), statistics.frequencies.end(),
              [](const TermCount& a, const TermCount& b) {
                  return a.count != b.count ? a.count > b.count : a.term < b.term;
              });
    context.reportProgress(1.0, "done");
    return statistics;
}

} // namespace lengua
