// Trains word2vec with negative sampling, skip-gram or CBOW, as word2vec.c does it:
// frequent words subsampled, a dynamic window (each position draws its reach 1..window),
// negatives from the unigram distribution^0.75, the learning rate decaying linearly to
// 1e-4 of its start over all epochs. Hogwild: `threads` workers share the vectors without
// locks, each on its own shard of the sentences with its own random stream (seed + worker
// index), so one thread and one seed give the same vectors on every run.
//
// Reports through the JobContext: progress with words/s and loss, a Word2VecProgress
// partial a few times a second, and one with a snapshot of the vectors after every epoch.
#pragma once

#include "Word2VecProgress.h"
#include "Word2VecResult.h"
#include "Word2VecSettings.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lengua {

class JobContext;

class Word2VecTrainer {
public:
    using EpochCallback = std::function<void(const Word2VecProgress&)>;

    explicit Word2VecTrainer(Word2VecSettings settings); // throws Error for bad settings

    const Word2VecSettings& settings() const { return m_settings; }

    // sentences: words, already lowercased or not, as the caller wants them. Throws Error
    // when no word reaches the minimum count, JobCancelled when the context is stopped.
    // onEpoch (optional) sees the same end-of-epoch report as the context's partial sink,
    // with the vectors snapshot, on the calling thread.
    Word2VecResult train(const std::vector<std::vector<std::string>>& sentences,
                         JobContext* context = nullptr, const EpochCallback& onEpoch = {}) const;

    // The probability that subsampling keeps one occurrence of a word seen `count` times
    // among `total` trained words (word2vec.c, gensim): (sqrt(f/(s·total)) + 1)·(s·total)/f,
    // capped at 1; 1 when sample is 0.
    static double keepProbability(std::uint64_t count, std::uint64_t total, double sample);

private:
    Word2VecSettings m_settings;
};

} // namespace lengua
