// What word2vec training reports while it runs, published as a JobContext partial
// (std::any holding a Word2VecProgress) a few times a second and once at the end of
// every epoch; the end-of-epoch one carries a snapshot of the word vectors.
#pragma once

#include <armadillo>

#include <cstdint>
#include <memory>

namespace lengua {

struct Word2VecProgress {
    int epoch = 0;                   // 1-based
    int epochs = 0;
    std::uint64_t wordsProcessed = 0; // corpus words read so far in this epoch (all tokens,
                                      // including those below the minimum count)
    double wordsPerSecond = 0.0;      // corpus words read per second in this epoch
    double seconds = 0.0;             // time spent in this epoch so far
    // Mean negative-sampling loss per positive pair over the epoch so far:
    // −log σ(u_o·v) − Σ_k log σ(−u_k·v), averaged over every (input, word to predict) pair.
    double loss = 0.0;
    std::uint64_t pairs = 0;          // positive pairs trained on so far in this epoch
    double learningRate = 0.0;        // the current rate
    double fraction = 0.0;            // of the whole training, 0..1
    bool epochFinished = false;
    // Set only when epochFinished: the input vectors after the epoch, dimension × words
    // (a column per word, in vocabulary order).
    std::shared_ptr<const arma::fmat> vectors;
};

} // namespace lengua
