#include "Word2VecTrainer.h"

#include "Word2VecKernels.h"
#include "Word2VecLoss.h"
#include "Word2VecNegativeTable.h"
#include "Word2VecRandom.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>
#include <utility>

// The per-sentence loops are compiled twice, for AVX2 and for any x86-64, and the best
// one is picked when the program starts: the project builds for baseline x86-64.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define LENGUA_W2V_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LENGUA_W2V_CLONES
#endif

namespace lengua {

namespace {

using Clock = std::chrono::steady_clock;

// Word counts between two looks at the shared progress (the learning rate follows it).
constexpr std::uint64_t kSyncWords = 10000;
constexpr std::uint64_t kTwo32 = std::uint64_t(1) << 32;

// What every worker reads, and the two matrices they all write (Hogwild).
struct SharedModel {
    int dimension = 0;
    int window = 0;
    int negative = 0;
    bool cbow = false;
    float* input = nullptr;  // syn0, a column of `dimension` per word
    float* output = nullptr; // syn1neg, the same shape
    const Word2VecNegativeTable* negatives = nullptr;
    std::vector<std::int32_t> corpus;          // in-vocabulary word ids, sentence after sentence
    std::vector<std::size_t> sentenceStart;    // into corpus; one more entry than sentences
    std::vector<std::uint32_t> sentenceTokens; // corpus words of each sentence (all tokens)
    std::vector<std::uint64_t> keepThreshold;  // keep when 32 random bits are below; 2^32 = always
    double startRate = 0.0;
    double minRate = 0.0;
    double totalWork = 1.0; // corpus words over all epochs
    std::atomic<std::uint64_t> wordsDone{0}; // corpus words read, all workers, all epochs
    std::atomic<bool> stop{false};

    float rate() const
    {
        const double progress = double(wordsDone.load(std::memory_order_relaxed)) / totalWork;
        return float(std::max(minRate, startRate * (1.0 - progress)));
    }
};

// One worker's running figures for the current epoch, read by the coordinating thread.
struct alignas(64) WorkerCounters {
    std::atomic<std::uint64_t> words{0};
    std::atomic<std::uint64_t> pairs{0};
    std::atomic<double> loss{0.0};
};

struct Scratch {
    std::vector<std::int32_t> kept;
    std::vector<float> hidden;   // CBOW's mean of the context
    std::vector<float> update;   // the gathered change of the input vector
    std::vector<std::int32_t> targets;
};

// Fills targets[1..] with negatives that are not the word to predict (as word2vec.c
// and gensim skip them); returns the number of targets including targets[0].
inline __attribute__((always_inline)) int drawNegatives(const SharedModel& model,
                                                        Word2VecRandom& random,
                                                        std::int32_t* targets)
{
    int count = 1;
    for (int n = 0; n < model.negative; ++n) {
        const std::int32_t negative = model.negatives->draw(random);
        if (negative != targets[0])
            targets[count++] = negative;
    }
    return count;
}

// The dynamic window: this position reaches 1..window words each side (word2vec.c's
// b = rand % window), cut at the sentence's ends. Returns the first and last positions.
inline std::pair<int, int> drawWindow(const SharedModel& model, Word2VecRandom& random,
                                      int position, int length)
{
    const int reach = model.window - int(random.below(std::uint32_t(model.window)));
    return {std::max(0, position - reach), std::min(length - 1, position + reach)};
}

// Skip-gram: each context word's input vector predicts the centre word, as in
// word2vec.c and gensim.
LENGUA_W2V_CLONES double trainSkipGram(const SharedModel& model, const std::int32_t* words,
                                       int length, Word2VecRandom& random, float rate,
                                       Scratch& scratch, std::uint64_t& pairs)
{
    const int dimension = model.dimension;
    float* update = scratch.update.data();
    std::int32_t* targets = scratch.targets.data();
    double loss = 0.0;
    for (int position = 0; position < length; ++position) {
        const auto [first, last] = drawWindow(model, random, position, length);
        targets[0] = words[position];
        for (int c = first; c <= last; ++c) {
            if (c == position)
                continue;
            float* input = model.input + std::int64_t(words[c]) * dimension;
            const int count = drawNegatives(model, random, targets);
            std::fill(update, update + dimension, 0.0f);
            loss += Word2VecLoss::step(input, model.output, targets, count, dimension, rate,
                                       update);
            word2vec::axpy(1.0f, update, input, dimension);
            ++pairs;
        }
    }
    return loss;
}

// CBOW: the mean of the context's input vectors predicts the centre word; the gathered
// change is added to every context vector whole (word2vec.c, gensim with cbow_mean=1).
LENGUA_W2V_CLONES double trainCbow(const SharedModel& model, const std::int32_t* words,
                                   int length, Word2VecRandom& random, float rate,
                                   Scratch& scratch, std::uint64_t& pairs)
{
    const int dimension = model.dimension;
    float* hidden = scratch.hidden.data();
    float* update = scratch.update.data();
    std::int32_t* targets = scratch.targets.data();
    double loss = 0.0;
    for (int position = 0; position < length; ++position) {
        const auto [first, last] = drawWindow(model, random, position, length);
        if (last - first < 1)
            continue; // no context
        std::fill(hidden, hidden + dimension, 0.0f);
        for (int c = first; c <= last; ++c)
            if (c != position)
                word2vec::axpy(1.0f, model.input + std::int64_t(words[c]) * dimension, hidden,
                               dimension);
        const float inverse = 1.0f / float(last - first);
        for (int i = 0; i < dimension; ++i)
            hidden[i] *= inverse;
        targets[0] = words[position];
        const int count = drawNegatives(model, random, targets);
        std::fill(update, update + dimension, 0.0f);
        loss += Word2VecLoss::step(hidden, model.output, targets, count, dimension, rate,
                                   update);
        for (int c = first; c <= last; ++c)
            if (c != position)
                word2vec::axpy(1.0f, update, model.input + std::int64_t(words[c]) * dimension,
                               dimension);
        ++pairs;
    }
    return loss;
}

// One worker's pass over its shard of sentences [begin, end).
void trainShard(SharedModel& model, std::size_t begin, std::size_t end, Word2VecRandom& random,
                WorkerCounters& counters)
{
    Scratch scratch;
    scratch.hidden.assign(std::size_t(model.dimension), 0.0f);
    scratch.update.assign(std::size_t(model.dimension), 0.0f);
    scratch.targets.assign(std::size_t(model.negative) + 1, 0);
    double loss = 0.0;
    std::uint64_t pairs = 0;
    std::uint64_t words = 0;
    std::uint64_t unsynced = 0;
    float rate = model.rate();
    for (std::size_t s = begin; s < end; ++s) {
        if (model.stop.load(std::memory_order_relaxed))
            break;
        scratch.kept.clear();
        for (std::size_t i = model.sentenceStart[s]; i < model.sentenceStart[s + 1]; ++i) {
            const std::int32_t word = model.corpus[i];
            const std::uint64_t threshold = model.keepThreshold[std::size_t(word)];
            if (threshold >= kTwo32 || (random.next() >> 32) < threshold)
                scratch.kept.push_back(word);
        }
        const int length = int(scratch.kept.size());
        if (length > 1)
            loss += model.cbow
                ? trainCbow(model, scratch.kept.data(), length, random, rate, scratch, pairs)
                : trainSkipGram(model, scratch.kept.data(), length, random, rate, scratch, pairs);
        words += model.sentenceTokens[s];
        unsynced += model.sentenceTokens[s];
        if (unsynced >= kSyncWords) {
            model.wordsDone.fetch_add(unsynced, std::memory_order_relaxed);
            unsynced = 0;
            rate = model.rate();
            counters.words.store(words, std::memory_order_relaxed);
            counters.pairs.store(pairs, std::memory_order_relaxed);
            counters.loss.store(loss, std::memory_order_relaxed);
        }
    }
    model.wordsDone.fetch_add(unsynced, std::memory_order_relaxed);
    counters.words.store(words, std::memory_order_relaxed);
    counters.pairs.store(pairs, std::memory_order_relaxed);
    counters.loss.store(loss, std::memory_order_relaxed);
}

std::string epochMessage(const Word2VecProgress& progress)
{
    char text[160];
    std::snprintf(text, sizeof text, "epoch %d of %d: %.0f words/s, loss %.4f", progress.epoch,
                  progress.epochs, progress.wordsPerSecond, progress.loss);
    return text;
}

} // namespace

Word2VecTrainer::Word2VecTrainer(Word2VecSettings settings) : m_settings(settings)
{
    m_settings.validate();
}

double Word2VecTrainer::keepProbability(std::uint64_t count, std::uint64_t total, double sample)
{
    if (sample <= 0.0 || count == 0)
        return 1.0;
    const double threshold = sample * double(total);
    const double frequency = double(count);
    return std::min(1.0, (std::sqrt(frequency / threshold) + 1.0) * threshold / frequency);
}

Word2VecResult Word2VecTrainer::train(const std::vector<std::vector<std::string>>& sentences,
                                      JobContext* context, const EpochCallback& onEpoch) const
{
    const auto started = Clock::now();
    const Word2VecSettings& settings = m_settings;
    Word2VecResult result;
    result.settings = settings;
    result.vocabulary = Word2VecVocabulary::build(sentences, settings.minCount);
    const Word2VecVocabulary& vocabulary = result.vocabulary;
    if (vocabulary.size() > std::size_t(INT32_MAX))
        throw Error("the vocabulary is too large");
    if (context)
        context->throwIfStopped();

    const int dimension = settings.dimension;
    const std::size_t words = vocabulary.size();
    SharedModel model;
    model.dimension = dimension;
    model.window = settings.window;
    model.negative = settings.negative;
    model.cbow = settings.model == Word2VecModel::Cbow;

    // The corpus as word ids, words below the minimum count left out (word2vec.c, gensim).
    model.sentenceStart.reserve(sentences.size() + 1);
    model.sentenceTokens.reserve(sentences.size());
    model.corpus.reserve(vocabulary.totalCount());
    model.sentenceStart.push_back(0);
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        for (const std::string& word : sentences[s]) {
            const std::int64_t id = vocabulary.indexOf(word);
            if (id >= 0)
                model.corpus.push_back(std::int32_t(id));
        }
        model.sentenceStart.push_back(model.corpus.size());
        model.sentenceTokens.push_back(std::uint32_t(sentences[s].size()));
        if (context && s % 4096 == 0)
            context->throwIfStopped();
    }
    result.corpusWordsPerEpoch = vocabulary.corpusWords();
    result.trainedWordsPerEpoch = vocabulary.totalCount();

    model.keepThreshold.resize(words);
    for (std::size_t w = 0; w < words; ++w) {
        const double keep
            = keepProbability(vocabulary.count(w), vocabulary.totalCount(), settings.sample);
        model.keepThreshold[w] = keep >= 1.0 ? kTwo32 : std::uint64_t(keep * double(kTwo32));
    }
    const Word2VecNegativeTable negatives(vocabulary.counts());
    model.negatives = &negatives;

    // word2vec.c's start: inputs uniform in ±0.5/dimension, outputs zero.
    arma::fmat input(static_cast<arma::uword>(dimension), static_cast<arma::uword>(words));
    arma::fmat output(static_cast<arma::uword>(dimension), static_cast<arma::uword>(words),
                      arma::fill::zeros);
    Word2VecRandom initRandom(settings.seed ^ 0x6A09E667F3BCC908ull);
    for (float& value : input)
        value = (initRandom.uniform() - 0.5f) / float(dimension);
    model.input = input.memptr();
    model.output = output.memptr();
    model.startRate = settings.initialLearningRate();
    model.minRate = model.startRate * Word2VecSettings::kMinLearningRateFraction;
    model.totalWork = std::max(1.0, double(vocabulary.corpusWords()) * settings.epochs);

    // Shards of about equal word counts, one per worker.
    const int threads = std::max(1, std::min<int>(settings.threads, int(sentences.size())));
    std::vector<std::size_t> shardStart(std::size_t(threads) + 1, sentences.size());
    shardStart[0] = 0;
    {
        const double perShard = double(model.corpus.size()) / threads;
        int next = 1;
        for (std::size_t s = 0; s < sentences.size() && next < threads; ++s)
            while (next < threads && double(model.sentenceStart[s + 1]) >= perShard * next)
                shardStart[std::size_t(next++)] = s + 1;
    }
    std::vector<Word2VecRandom> randoms;
    for (int t = 0; t < threads; ++t)
        randoms.emplace_back(settings.seed + std::uint64_t(t));

    double trainingSeconds = 0.0;
    for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
        if (context)
            context->throwIfStopped();
        std::vector<WorkerCounters> counters(static_cast<std::size_t>(threads));
        std::atomic<int> finished{0};
        const auto epochStarted = Clock::now();
        auto snapshot = [&](bool epochFinished) {
            Word2VecProgress progress;
            progress.epoch = epoch;
            progress.epochs = settings.epochs;
            double loss = 0.0;
            for (const WorkerCounters& c : counters) {
                progress.wordsProcessed += c.words.load(std::memory_order_relaxed);
                progress.pairs += c.pairs.load(std::memory_order_relaxed);
                loss += c.loss.load(std::memory_order_relaxed);
            }
            progress.loss = progress.pairs ? loss / double(progress.pairs) : 0.0;
            progress.seconds = std::chrono::duration<double>(Clock::now() - epochStarted).count();
            progress.wordsPerSecond
                = progress.seconds > 0.0 ? double(progress.wordsProcessed) / progress.seconds : 0.0;
            progress.learningRate = model.rate();
            progress.fraction = std::min(
                1.0, double(model.wordsDone.load(std::memory_order_relaxed)) / model.totalWork);
            progress.epochFinished = epochFinished;
            return progress;
        };

        std::vector<std::thread> workers;
        workers.reserve(std::size_t(threads));
        try {
            for (int t = 0; t < threads; ++t)
                workers.emplace_back([&, t] {
                    trainShard(model, shardStart[std::size_t(t)], shardStart[std::size_t(t) + 1],
                               randoms[std::size_t(t)], counters[std::size_t(t)]);
                    finished.fetch_add(1, std::memory_order_release);
                });
            if (context) {
                auto lastPartial = Clock::now();
                while (finished.load(std::memory_order_acquire) < threads) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    if (context->stopRequested()) {
                        model.stop.store(true);
                        break;
                    }
                    const Word2VecProgress progress = snapshot(false);
                    context->reportProgress(progress.fraction, epochMessage(progress));
                    if (Clock::now() - lastPartial > std::chrono::milliseconds(250)) {
                        lastPartial = Clock::now();
                        context->publishPartial(progress);
                    }
                }
            }
        } catch (...) {
            model.stop.store(true);
            for (std::thread& worker : workers)
                worker.join();
            throw;
        }
        for (std::thread& worker : workers)
            worker.join();
        if (context)
            context->throwIfStopped();

        Word2VecProgress progress = snapshot(true);
        trainingSeconds += progress.seconds;
        result.epochs.push_back(progress);
        if (context || onEpoch) {
            progress.vectors = std::make_shared<const arma::fmat>(input);
            if (onEpoch)
                onEpoch(progress);
            if (context) {
                context->reportProgress(progress.fraction, epochMessage(progress));
                context->publishPartial(std::move(progress));
            }
        }
    }

    result.vectors = std::move(input);
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    result.wordsPerSecond = trainingSeconds > 0.0
        ? double(result.corpusWordsPerEpoch) * settings.epochs / trainingSeconds
        : 0.0;
    return result;
}

} // namespace lengua
