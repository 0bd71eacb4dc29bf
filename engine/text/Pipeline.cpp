#include "Pipeline.h"

#include "Corpus.h"
#include "HunspellDictionary.h"
#include "LanguageGuesser.h"
#include "SentenceSplitter.h"
#include "Stemmer.h"
#include "StopWordList.h"
#include "TextCleaner.h"
#include "TextNormalizer.h"
#include "WordSegmenter.h"
#include "core/Error.h"
#include "core/StringHash.h"
#include "core/JobContext.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>

namespace lengua {
namespace {

constexpr std::uint32_t dropped = std::numeric_limits<std::uint32_t>::max();


// Spelling, lemmas and stems only concern words with a letter: not numbers, not
// punctuation.
bool hasLetter(std::string_view s)
{
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto size = static_cast<std::int32_t>(s.size());
    for (std::int32_t i = 0; i < size;) {
        UChar32 c;
        U8_NEXT(bytes, i, size, c);
        if (c >= 0 && u_isalpha(c))
            return true;
    }
    return false;
}

// The steps that act on one token at a time, in pipeline order.
enum class TokenStep { Spell, Lemma, Lower, StopWords, Accents, Stem };

const char* stepName(TokenStep step)
{
    switch (step) {
    case TokenStep::Spell: return "spell";
    case TokenStep::Lemma: return "lemma";
    case TokenStep::Lower: return "lower";
    case TokenStep::StopWords: return "stopwords";
    case TokenStep::Accents: return "accents";
    case TokenStep::Stem: return "stem";
    }
    return "";
}

std::vector<TokenStep> tokenSteps(const PipelineSettings& s)
{
    std::vector<TokenStep> steps;
    if (s.spell)
        steps.push_back(TokenStep::Spell);
    if (s.lemma)
        steps.push_back(TokenStep::Lemma);
    if (s.lower)
        steps.push_back(TokenStep::Lower);
    if (s.stopWords)
        steps.push_back(TokenStep::StopWords);
    if (s.accents)
        steps.push_back(TokenStep::Accents);
    if (s.stem)
        steps.push_back(TokenStep::Stem);
    return steps;
}

// What every thread shares, read-only.
struct Shared {
    PipelineSettings settings; // effective: steps that cannot run are off
    std::string language;
    TextCleaner cleaner;
    TextNormalizer normalizer;
    StopWordList stopWords;
    std::unique_ptr<SentenceSplitter> splitter; // prototypes, cloned per thread
    std::unique_ptr<WordSegmenter> segmenter;
    std::vector<std::string> warnings;
};

// What each thread owns: ICU iterators, the Snowball stemmer and Hunspell are not
// thread-safe, so every thread has its own.
struct Tools {
    std::unique_ptr<SentenceSplitter> splitter;
    std::unique_ptr<WordSegmenter> segmenter;
    std::unique_ptr<Stemmer> stemmer;
    std::unique_ptr<HunspellDictionary> dictionary;
    // The other supported language's dictionary, when installed: spelling correction
    // leaves a word alone when it is correct there, so the English sentences of a
    // mixed corpus are not "corrected" into Spanish ("the" -> "te") and vice versa.
    std::unique_ptr<HunspellDictionary> otherDictionary;
};

Shared prepare(const PipelineSettings& settings, const std::string& language)
{
    Shared shared;
    shared.settings = settings;
    shared.language = language;
    shared.cleaner = TextCleaner(settings.cleanOptions);
    if (settings.stopWords)
        shared.stopWords = settings.stopWordList.empty() ? StopWordList::defaults(language)
                                                         : StopWordList(settings.stopWordList);
    std::vector<std::string> abbreviations = settings.abbreviations.empty()
                                                 ? SentenceSplitter::defaultAbbreviations(language)
                                                 : settings.abbreviations;
    shared.splitter = std::make_unique<SentenceSplitter>(language, std::move(abbreviations));
    shared.segmenter = std::make_unique<WordSegmenter>(language);
    return shared;
}

std::filesystem::path dictionaryDirectory(const PipelineSettings& settings)
{
    return settings.dictionaryDirectory.empty() ? HunspellDictionary::defaultDirectory()
                                                : std::filesystem::path(settings.dictionaryDirectory);
}

// Loads the dictionary for the first thread; when it is missing, spelling and
// lemmas are switched off with a warning instead of failing the whole run.
std::unique_ptr<HunspellDictionary> loadDictionary(Shared& shared)
{
    if (!shared.settings.spell && !shared.settings.lemma)
        return nullptr;
    try {
        return std::make_unique<HunspellDictionary>(HunspellDictionary::forLanguage(
            shared.language, dictionaryDirectory(shared.settings)));
    } catch (const Error& error) {
        std::string steps = shared.settings.spell && shared.settings.lemma ? "spelling correction and lemmatisation are"
                            : shared.settings.spell                         ? "spelling correction is"
                                                                            : "lemmatisation is";
        shared.warnings.push_back(steps + " off: " + error.what());
        shared.settings.spell = false;
        shared.settings.lemma = false;
        return nullptr;
    }
}

Tools makeTools(const Shared& shared, std::unique_ptr<HunspellDictionary> dictionary = nullptr)
{
    Tools tools;
    tools.splitter = std::make_unique<SentenceSplitter>(*shared.splitter);
    tools.segmenter = std::make_unique<WordSegmenter>(*shared.segmenter);
    if (shared.settings.stem)
        tools.stemmer = std::make_unique<Stemmer>(shared.language);
    if (shared.settings.spell || shared.settings.lemma) {
        tools.dictionary = dictionary ? std::move(dictionary)
                                      : std::make_unique<HunspellDictionary>(HunspellDictionary::forLanguage(
                                          shared.language, dictionaryDirectory(shared.settings)));
    }
    if (shared.settings.spell) {
        try {
            tools.otherDictionary = std::make_unique<HunspellDictionary>(HunspellDictionary::forLanguage(
                shared.language == "es" ? "en" : "es", dictionaryDirectory(shared.settings)));
        } catch (const Error&) {
            // Without it every word is checked against the corpus's language only.
        }
    }
    return tools;
}

// One token step on one distinct string; nullopt when the token is removed.
std::optional<std::string> apply(TokenStep step, const std::string& token, const Shared& shared,
                                 Tools& tools)
{
    switch (step) {
    case TokenStep::Spell:
        if (!hasLetter(token) || (tools.otherDictionary && tools.otherDictionary->spell(token)))
            return token;
        return tools.dictionary->correct(token);
    case TokenStep::Lemma:
        return hasLetter(token) ? tools.dictionary->lemma(token) : token;
    case TokenStep::Lower:
        return shared.normalizer.foldCase(token);
    case TokenStep::StopWords:
        if (shared.stopWords.contains(token))
            return std::nullopt;
        return token;
    case TokenStep::Accents:
        return shared.normalizer.stripAccents(token);
    case TokenStep::Stem:
        return hasLetter(token) ? tools.stemmer->stem(token) : token;
    }
    return token;
}

// Runs work(thread) for thread = 0..threads-1, thread 0 on the calling thread (it
// is the one allowed to report progress), and rethrows the first error.
void runThreads(int threads, const std::function<void(int)>& work)
{
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(threads));
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < threads; ++t) {
            workers.emplace_back([&, t] {
                try {
                    work(t);
                } catch (...) {
                    errors[static_cast<std::size_t>(t)] = std::current_exception();
                }
            });
        }
        try {
            work(0);
        } catch (...) {
            errors[0] = std::current_exception();
        }
    }
    for (const auto& error : errors)
        if (error)
            std::rethrow_exception(error);
}

// The documents of one thread, with their tokens as ids into its own type table.
struct Slice {
    std::size_t firstDocument = 0;
    std::size_t lastDocument = 0;
    StringMap<std::uint32_t> index;
    std::vector<std::string> names;
    std::vector<std::uint64_t> counts;
    std::vector<std::uint32_t> firstSeen; // document index
    std::vector<std::uint32_t> tokens;    // all tokens of the slice, in order
    std::vector<std::uint32_t> sentenceEnds;
    std::vector<std::uint32_t> documentEnds; // into sentenceEnds, one per document
    // For the vocabulary chart: how the tokens of "input" and "clean" differ from
    // the final text's, kept only for the documents where they differ.
    StringMap<std::int64_t> inputDelta;
    StringMap<std::int64_t> cleanDelta;
    std::atomic<std::uint64_t> bytesDone{0};

    std::uint32_t typeOf(std::string_view word, std::size_t document)
    {
        auto it = index.find(word);
        if (it != index.end()) {
            ++counts[it->second];
            return it->second;
        }
        const auto id = static_cast<std::uint32_t>(names.size());
        index.emplace(std::string(word), id);
        names.emplace_back(word);
        counts.push_back(1);
        firstSeen.push_back(static_cast<std::uint32_t>(document));
        return id;
    }
};

void addDelta(StringMap<std::int64_t>& delta, std::string_view text,
              const std::vector<WordSegmenter::Token>& tokens, std::int64_t sign)
{
    for (const auto& token : tokens) {
        const std::string_view word = text.substr(token.begin, token.end - token.begin);
        auto it = delta.find(word);
        if (it == delta.end())
            delta.emplace(std::string(word), sign);
        else
            it->second += sign;
    }
}

void processSlice(const Corpus& corpus, const Shared& shared, Tools& tools, Slice& slice,
                  JobContext& context, bool reporter, const std::function<double()>& progress)
{
    const PipelineSettings& s = shared.settings;
    std::vector<WordSegmenter::Token> tokens;
    std::vector<WordSegmenter::Token> otherTokens;
    std::vector<TextSpan> spans;
    std::string cleaned;
    std::string normalized;
    for (std::size_t d = slice.firstDocument; d < slice.lastDocument; ++d) {
        if (reporter) {
            context.throwIfStopped();
            context.reportProgress(progress(), "cleaning and splitting");
        } else if (context.stopRequested()) {
            return; // thread 0 throws JobCancelled
        }
        const std::string& raw = corpus.documents[d].text;
        std::string_view current = raw;
        bool cleanChanged = false;
        bool nfcChanged = false;
        if (s.clean) {
            cleaned = shared.cleaner.clean(current);
            cleanChanged = cleaned != current;
            current = cleaned;
        }
        const std::string_view afterClean = current;
        if (s.nfc && !shared.normalizer.isNfc(current)) {
            normalized = shared.normalizer.nfc(current);
            nfcChanged = true;
            current = normalized;
        }
        tokens.clear();
        tools.segmenter->segment(current, tokens, s.keepPunctuation);
        if (cleanChanged || nfcChanged) {
            otherTokens.clear();
            tools.segmenter->segment(raw, otherTokens, s.keepPunctuation);
            addDelta(slice.inputDelta, raw, otherTokens, +1);
            addDelta(slice.inputDelta, current, tokens, -1);
        }
        if (s.clean && nfcChanged) {
            otherTokens.clear();
            tools.segmenter->segment(afterClean, otherTokens, s.keepPunctuation);
            addDelta(slice.cleanDelta, afterClean, otherTokens, +1);
            addDelta(slice.cleanDelta, current, tokens, -1);
        }
        spans.clear();
        if (s.sentences)
            spans = tools.splitter->split(current);
        else
            spans.push_back({0, current.size()});
        // A sentence holds the tokens that start inside it; empty sentences vanish.
        std::size_t sentence = 0;
        std::size_t open = slice.tokens.size();
        for (const auto& token : tokens) {
            while (sentence + 1 < spans.size() && token.begin >= spans[sentence].end) {
                if (slice.tokens.size() > open)
                    slice.sentenceEnds.push_back(static_cast<std::uint32_t>(slice.tokens.size()));
                open = slice.tokens.size();
                ++sentence;
            }
            slice.tokens.push_back(slice.typeOf(current.substr(token.begin, token.end - token.begin), d));
        }
        if (slice.tokens.size() > open)
            slice.sentenceEnds.push_back(static_cast<std::uint32_t>(slice.tokens.size()));
        slice.documentEnds.push_back(static_cast<std::uint32_t>(slice.sentenceEnds.size()));
        slice.bytesDone.fetch_add(raw.size(), std::memory_order_relaxed);
    }
}

// Types after a text step: the final text's counts corrected by the step's delta.
ProcessedCorpus::Step textStepRow(const char* name, const StringMap<std::uint64_t>& finalCounts,
                                  std::uint64_t finalTokens, std::uint64_t finalTypes,
                                  const std::vector<std::unique_ptr<Slice>>& slices, bool clean)
{
    StringMap<std::int64_t> delta;
    for (const auto& slice : slices)
        for (const auto& [word, change] : clean ? slice->cleanDelta : slice->inputDelta)
            delta[word] += change;
    std::int64_t tokens = static_cast<std::int64_t>(finalTokens);
    std::int64_t types = static_cast<std::int64_t>(finalTypes);
    for (const auto& [word, change] : delta) {
        if (change == 0)
            continue;
        const auto it = finalCounts.find(word);
        const std::int64_t before = it == finalCounts.end() ? 0 : static_cast<std::int64_t>(it->second);
        const std::int64_t after = before + change;
        tokens += change;
        types += (after > 0) - (before > 0);
    }
    return {name, static_cast<std::uint64_t>(tokens), static_cast<std::uint64_t>(types)};
}

// --- trace helpers ------------------------------------------------------------------

struct JoinedTokens {
    std::string text;
    std::vector<std::vector<TextSpan>> spans; // per sentence, per token
    std::vector<TextSpan> lines;              // per sentence
};

JoinedTokens join(const std::vector<std::vector<std::string>>& sentences)
{
    JoinedTokens joined;
    for (const auto& sentence : sentences) {
        if (!joined.text.empty())
            joined.text += '\n';
        const std::size_t lineBegin = joined.text.size();
        auto& spans = joined.spans.emplace_back();
        for (std::size_t i = 0; i < sentence.size(); ++i) {
            if (i > 0)
                joined.text += ' ';
            spans.push_back({joined.text.size(), joined.text.size() + sentence[i].size()});
            joined.text += sentence[i];
        }
        joined.lines.push_back({lineBegin, joined.text.size()});
    }
    return joined;
}

void removeLine(const JoinedTokens& joined, std::size_t line, const char* kind,
                std::vector<TextChange>& changes)
{
    const TextSpan span = joined.lines[line];
    if (span.end < joined.text.size())
        changes.push_back({span.begin, span.end + 1, {}, kind});
    else if (span.begin > 0 && (changes.empty() || changes.back().end < span.begin))
        changes.push_back({span.begin - 1, span.end, {}, kind});
    else
        changes.push_back({span.begin, span.end, {}, kind});
}

} // namespace

Pipeline::Pipeline(PipelineSettings settings) : m_settings(std::move(settings))
{
    if (m_settings.language != "es" && m_settings.language != "en" && m_settings.language != "auto")
        throw Error("Pipeline: unknown language \"" + m_settings.language + "\" (use es, en or auto)");
    if (m_settings.threads < 1)
        throw Error("Pipeline: threads must be at least 1");
}

std::string Pipeline::resolveLanguage(const PipelineSettings& settings, const Corpus& corpus)
{
    if (settings.language != "auto")
        return settings.language;
    const LanguageGuesser::Guess guess = LanguageGuesser().guess(corpus);
    if (!guess.language.empty())
        return guess.language;
    if (corpus.language == "es" || corpus.language == "en")
        return corpus.language;
    return "es";
}

ProcessedCorpus Pipeline::run(const Corpus& corpus, JobContext& context) const
{
    const auto started = std::chrono::steady_clock::now();
    context.reportProgress(0.0, "preparing");
    const std::string language = resolveLanguage(m_settings, corpus);
    Shared shared = prepare(m_settings, language);
    std::unique_ptr<HunspellDictionary> firstDictionary = loadDictionary(shared);
    const PipelineSettings& s = shared.settings;

    const std::size_t documents = corpus.documents.size();
    const int threads = static_cast<int>(std::clamp<std::size_t>(
        static_cast<std::size_t>(m_settings.threads), 1, std::max<std::size_t>(documents, 1)));
    std::vector<Tools> tools;
    for (int t = 0; t < threads; ++t)
        tools.push_back(makeTools(shared, t == 0 ? std::move(firstDictionary) : nullptr));

    // Phase 1: clean, normalise, split and segment; each thread a contiguous range
    // of documents (so the merged order is the corpus order).
    std::vector<std::unique_ptr<Slice>> slices;
    const std::uint64_t totalBytes = std::max<std::uint64_t>(corpus.textBytes(), 1);
    for (int t = 0; t < threads; ++t) {
        auto slice = std::make_unique<Slice>();
        slice->firstDocument = documents * static_cast<std::size_t>(t) / static_cast<std::size_t>(threads);
        slice->lastDocument = documents * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(threads);
        slices.push_back(std::move(slice));
    }
    auto textProgress = [&] {
        std::uint64_t done = 0;
        for (const auto& slice : slices)
            done += slice->bytesDone.load(std::memory_order_relaxed);
        return 0.6 * double(done) / double(totalBytes);
    };
    runThreads(threads, [&](int t) {
        processSlice(corpus, shared, tools[static_cast<std::size_t>(t)], *slices[static_cast<std::size_t>(t)],
                     context, t == 0, textProgress);
    });
    context.throwIfStopped();

    // Merge the type tables in thread order: global ids follow first occurrence.
    std::vector<std::string> names;
    std::vector<std::uint64_t> counts;
    std::vector<std::uint32_t> firstSeen;
    StringMap<std::uint64_t> finalCounts;
    {
        StringMap<std::uint32_t> global;
        for (auto& slice : slices) {
            std::vector<std::uint32_t> remap(slice->names.size());
            for (std::size_t local = 0; local < slice->names.size(); ++local) {
                auto [it, inserted] = global.try_emplace(slice->names[local], static_cast<std::uint32_t>(names.size()));
                if (inserted) {
                    names.push_back(slice->names[local]);
                    counts.push_back(0);
                    firstSeen.push_back(slice->firstSeen[local]);
                }
                counts[it->second] += slice->counts[local];
                remap[local] = it->second;
            }
            for (auto& token : slice->tokens)
                token = remap[token];
            slice->index.clear();
            slice->names.clear();
        }
        for (std::size_t t = 0; t < names.size(); ++t)
            finalCounts.emplace(names[t], counts[t]);
    }
    std::uint64_t finalTokens = 0;
    for (const auto count : counts)
        finalTokens += count;

    ProcessedCorpus result;
    result.sourceCorpusId = corpus.id;
    result.language = language;
    result.warnings = shared.warnings;
    result.steps.push_back(textStepRow("input", finalCounts, finalTokens, names.size(), slices, false));
    if (s.clean) {
        if (s.nfc)
            result.steps.push_back(textStepRow("clean", finalCounts, finalTokens, names.size(), slices, true));
        else
            result.steps.push_back({"clean", finalTokens, names.size()});
    }
    if (s.nfc)
        result.steps.push_back({"nfc", finalTokens, names.size()});
    if (s.sentences)
        result.steps.push_back({"sentences", finalTokens, names.size()});

    // Phase 2: the token steps, each once per distinct string of the step before.
    std::vector<std::uint32_t> finalOf(names.size());
    for (std::size_t t = 0; t < names.size(); ++t)
        finalOf[t] = static_cast<std::uint32_t>(t);
    std::vector<std::string> current = names;
    std::vector<std::uint64_t> currentCounts = counts;
    std::vector<std::uint32_t> currentFirst = firstSeen;
    const std::vector<TokenStep> steps = tokenSteps(s);
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const TokenStep step = steps[k];
        std::vector<std::optional<std::string>> out(current.size());
        std::atomic<std::size_t> next{0};
        std::atomic<std::size_t> done{0};
        const std::size_t chunk = step == TokenStep::Spell ? 4 : 256;
        runThreads(threads, [&](int t) {
            Tools& own = tools[static_cast<std::size_t>(t)];
            while (true) {
                if (context.stopRequested())
                    return;
                const std::size_t begin = next.fetch_add(chunk);
                if (begin >= current.size())
                    return;
                const std::size_t end = std::min(begin + chunk, current.size());
                for (std::size_t i = begin; i < end; ++i)
                    out[i] = apply(step, current[i], shared, own);
                done.fetch_add(end - begin);
                if (t == 0)
                    context.reportProgress(0.6 + 0.35 * (double(k) + double(done) / double(current.size() + 1))
                                                     / double(steps.size()),
                                           std::string("step ") + stepName(step));
            }
        });
        context.throwIfStopped();

        StringMap<std::uint32_t> index;
        std::vector<std::string> nextStrings;
        std::vector<std::uint64_t> nextCounts;
        std::vector<std::uint32_t> nextFirst;
        std::vector<std::uint32_t> remap(current.size(), dropped);
        std::uint64_t tokens = 0;
        for (std::size_t i = 0; i < current.size(); ++i) {
            if (!out[i])
                continue;
            if (step == TokenStep::Spell && *out[i] != current[i]) {
                result.corrections.push_back({current[i], *out[i], currentCounts[i],
                                              corpus.documents[currentFirst[i]].id});
            }
            auto [it, inserted] = index.try_emplace(*out[i], static_cast<std::uint32_t>(nextStrings.size()));
            if (inserted) {
                nextStrings.push_back(std::move(*out[i]));
                nextCounts.push_back(0);
                nextFirst.push_back(currentFirst[i]);
            }
            nextCounts[it->second] += currentCounts[i];
            nextFirst[it->second] = std::min(nextFirst[it->second], currentFirst[i]);
            tokens += currentCounts[i];
            remap[i] = it->second;
        }
        for (auto& f : finalOf)
            if (f != dropped)
                f = remap[f];
        result.steps.push_back({stepName(step), tokens, nextStrings.size()});
        current = std::move(nextStrings);
        currentCounts = std::move(nextCounts);
        currentFirst = std::move(nextFirst);
    }
    std::sort(result.corrections.begin(), result.corrections.end(), [](const auto& a, const auto& b) {
        return a.count != b.count ? a.count > b.count : a.original < b.original;
    });

    // Phase 3: the documents as sentences of final strings.
    context.reportProgress(0.95, "writing the processed corpus");
    result.documents.resize(documents);
    runThreads(threads, [&](int t) {
        const Slice& slice = *slices[static_cast<std::size_t>(t)];
        std::size_t sentence = 0;
        std::size_t token = 0;
        for (std::size_t d = slice.firstDocument; d < slice.lastDocument; ++d) {
            if (t == 0 && d % 1024 == 0)
                context.throwIfStopped();
            ProcessedCorpus::Document& document = result.documents[d];
            document.id = corpus.documents[d].id;
            document.label = corpus.documents[d].label;
            const std::size_t lastSentence = slice.documentEnds[d - slice.firstDocument];
            for (; sentence < lastSentence; ++sentence) {
                std::vector<std::string> words;
                const std::size_t end = slice.sentenceEnds[sentence];
                words.reserve(end - token);
                for (; token < end; ++token) {
                    const std::uint32_t f = finalOf[slice.tokens[token]];
                    if (f != dropped)
                        words.push_back(current[f]);
                }
                if (!words.empty())
                    document.sentences.push_back(std::move(words));
            }
        }
    });
    context.throwIfStopped();

    result.settings = s;
    result.settings.language = m_settings.language;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    context.reportProgress(1.0, "done");
    return result;
}

std::vector<StepTrace> Pipeline::trace(std::string_view text) const
{
    Corpus single;
    single.documents.push_back({"text", std::string(text), {}});
    const std::string language = resolveLanguage(m_settings, single);
    Shared shared = prepare(m_settings, language);
    Tools tools = makeTools(shared, loadDictionary(shared));
    const PipelineSettings& s = shared.settings;

    std::vector<StepTrace> rows;
    rows.push_back({"input", std::string(text), {}, {}});
    std::string current(text);
    if (s.clean) {
        StepTrace row{"clean", {}, {}, {}};
        row.text = shared.cleaner.clean(current, &row.changes);
        current = row.text;
        rows.push_back(std::move(row));
    }
    if (s.nfc) {
        StepTrace row{"nfc", {}, {}, {}};
        row.text = shared.normalizer.nfc(current, &row.changes);
        current = row.text;
        rows.push_back(std::move(row));
    }

    // Sentences (spans of current), then the words of each, with the spans of
    // each sentence in the previous row's text for the change report.
    std::vector<TextSpan> spans;
    if (s.sentences)
        spans = tools.splitter->split(current);
    else if (!current.empty())
        spans.push_back({0, current.size()});
    std::vector<std::size_t> lineStart; // where each sentence starts in the previous row's text
    if (s.sentences) {
        StepTrace row{"sentences", {}, {}, {}};
        std::size_t previousEnd = 0;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const std::string_view gap(current.data() + previousEnd, spans[i].begin - previousEnd);
            const std::string_view wanted = i == 0 ? "" : "\n";
            if (gap != wanted)
                row.changes.push_back({previousEnd, spans[i].begin, std::string(wanted), "sentences"});
            row.text += wanted;
            lineStart.push_back(row.text.size());
            row.text += current.substr(spans[i].begin, spans[i].size());
            previousEnd = spans[i].end;
        }
        if (previousEnd < current.size())
            row.changes.push_back({previousEnd, current.size(), {}, "sentences"});
        rows.push_back(std::move(row));
    } else {
        for (const TextSpan& span : spans)
            lineStart.push_back(span.begin);
    }

    std::vector<WordSegmenter::Token> tokens;
    tools.segmenter->segment(current, tokens, s.keepPunctuation);
    StepTrace words{"words", {}, {}, {}};
    {
        std::size_t next = 0;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            std::vector<WordSegmenter::Token> inside;
            while (next < tokens.size() && (i + 1 == spans.size() || tokens[next].begin < spans[i].end))
                inside.push_back(tokens[next++]);
            // Positions in the previous row's text.
            auto position = [&](std::size_t offset) { return lineStart[i] + offset - spans[i].begin; };
            const std::size_t lineBegin = position(spans[i].begin);
            const std::size_t lineEnd = position(spans[i].end);
            if (inside.empty()) {
                const std::size_t end = s.sentences && i + 1 < spans.size() ? lineEnd + 1 : lineEnd;
                words.changes.push_back({lineBegin, end, {}, "words"});
                continue;
            }
            std::vector<std::string> sentence;
            std::size_t previous = lineBegin;
            for (std::size_t j = 0; j < inside.size(); ++j) {
                const std::size_t begin = position(inside[j].begin);
                const std::string wanted = j == 0 ? "" : " ";
                if (current.substr(previous - lineStart[i] + spans[i].begin, begin - previous) != wanted)
                    words.changes.push_back({previous, begin, wanted, "words"});
                sentence.emplace_back(current.substr(inside[j].begin, inside[j].end - inside[j].begin));
                previous = position(inside[j].end);
            }
            if (previous < lineEnd)
                words.changes.push_back({previous, lineEnd, {}, "words"});
            words.sentences.push_back(std::move(sentence));
        }
    }
    words.text = join(words.sentences).text;
    rows.push_back(std::move(words));

    for (const TokenStep step : tokenSteps(s)) {
        const StepTrace& previous = rows.back();
        const JoinedTokens joined = join(previous.sentences);
        StepTrace row{stepName(step), {}, {}, {}};
        StringMap<std::optional<std::string>> cache;
        for (std::size_t i = 0; i < previous.sentences.size(); ++i) {
            const auto& sentence = previous.sentences[i];
            std::vector<std::optional<std::string>> out;
            for (const std::string& token : sentence) {
                auto it = cache.find(token);
                if (it == cache.end())
                    it = cache.emplace(token, apply(step, token, shared, tools)).first;
                out.push_back(it->second);
            }
            std::vector<std::string> kept;
            for (const auto& o : out)
                if (o)
                    kept.push_back(*o);
            if (kept.empty()) {
                removeLine(joined, i, stepName(step), row.changes);
                continue;
            }
            const auto& spans = joined.spans[i];
            for (std::size_t j = 0; j < out.size();) {
                if (out[j]) {
                    if (*out[j] != sentence[j])
                        row.changes.push_back({spans[j].begin, spans[j].end, *out[j], stepName(step)});
                    ++j;
                    continue;
                }
                // A run of removed tokens goes with the space after it (or before it,
                // at the end of the sentence).
                std::size_t last = j;
                while (last + 1 < out.size() && !out[last + 1])
                    ++last;
                if (last + 1 < out.size())
                    row.changes.push_back({spans[j].begin, spans[last + 1].begin, {}, stepName(step)});
                else
                    row.changes.push_back({spans[j - 1].end, spans[last].end, {}, stepName(step)});
                j = last + 1;
            }
            row.sentences.push_back(std::move(kept));
        }
        row.text = join(row.sentences).text;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace lengua
