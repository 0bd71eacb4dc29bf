// A trained word2vec model: the vocabulary and its vectors, with what training took.
#pragma once

#include "Word2VecProgress.h"
#include "Word2VecSettings.h"
#include "Word2VecVocabulary.h"

#include <armadillo>

#include <cstdint>
#include <vector>

namespace lengua {

struct Word2VecResult {
    Word2VecSettings settings;
    Word2VecVocabulary vocabulary;
    // The input ("syn0") vectors, dimension × vocabulary size: column i is the vector of
    // vocabulary.word(i), most frequent word first.
    arma::fmat vectors;
    std::vector<Word2VecProgress> epochs; // one per epoch, epochFinished, without vectors
    std::uint64_t corpusWordsPerEpoch = 0;  // every token read in an epoch
    std::uint64_t trainedWordsPerEpoch = 0; // tokens in the vocabulary, before subsampling
    double seconds = 0.0;                   // training time, all epochs (vocabulary included)
    double wordsPerSecond = 0.0; // corpus words read per second in the epochs (not counting
                                 // the vocabulary and corpus preparation)

    double finalLoss() const { return epochs.empty() ? 0.0 : epochs.back().loss; }
};

} // namespace lengua
