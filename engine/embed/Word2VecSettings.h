// The hyperparameters of word2vec with negative sampling (Mikolov et al. 2013), with
// the defaults of word2vec.c and gensim: skip-gram or CBOW, a dynamic window, frequent-word
// subsampling, a learning rate that decays linearly to 1e-4 of its start over all epochs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace lengua {

enum class Word2VecModel {
    SkipGram, // each context word predicts the centre word
    Cbow,     // the mean of the context words predicts the centre word
};

struct Word2VecSettings {
    Word2VecModel model = Word2VecModel::SkipGram;
    int dimension = 100;       // length of each word vector
    int window = 5;            // the largest distance; each position draws 1..window
    int negative = 5;          // negative samples per positive pair
    std::size_t minCount = 5;  // rarer words are dropped from the corpus before training
    double sample = 1e-3;      // subsampling threshold; 0 keeps every word
    double learningRate = 0.0; // initial rate; 0 = the model's default (0.025 sg, 0.05 cbow)
    int epochs = 5;
    int threads = 1;           // Hogwild workers, each on its own shard of sentences
    std::uint64_t seed = 1;

    static constexpr double kMinLearningRateFraction = 1e-4; // the floor, as in word2vec.c

    // learningRate, or the model's default when it is 0.
    double initialLearningRate() const;
    void validate() const; // throws Error naming the bad field

    static std::string modelName(Word2VecModel model); // "sg" or "cbow"
};

} // namespace lengua
