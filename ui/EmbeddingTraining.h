// What the Embeddings lesson asks the engine to train, as a job: a corpus or processed
// corpus turned into sentences of words (NgramSentences), then word2vec (skip-gram or
// CBOW, Word2VecTrainer) or PPMI–SVD on them, wrapped as a workspace embedding artefact.
// While word2vec trains, the job publishes two kinds of partial results: the trainer's
// own Word2VecProgress (a few times a second, for the loss chart and the status line) and,
// after every epoch, an EmbeddingTrainingEpoch whose vectors are already a WordVectors
// store (built on the job's thread, so the UI thread only passes it on). The job only
// calls the engine.
#pragma once

#include "Workspace.h"
#include "core/Job.h"
#include "embed/PpmiSvd.h"
#include "embed/Word2VecProgress.h"
#include "embed/Word2VecSettings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}

enum class EmbeddingMethod { SkipGram, Cbow, PpmiSvd };

struct EmbeddingTrainingRequest {
    // One of these is set.
    std::shared_ptr<const lengua::Corpus> corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> processedCorpus;
    std::string corpusId;
    std::string corpusName;
    bool lowercase = true; // a raw corpus's words case-folded (a processed one is as it is)
    EmbeddingMethod method = EmbeddingMethod::SkipGram;
    lengua::Word2VecSettings word2vec;  // model taken from method
    lengua::PpmiSvdSettings ppmiSvd;
    std::string name; // empty: "Skip-gram · <corpus>"
};

// The end of one word2vec epoch, as a partial result.
struct EmbeddingTrainingEpoch {
    lengua::Word2VecProgress progress; // without its vectors
    std::shared_ptr<const lengua::WordVectors> vectors; // rows most frequent word first
    std::shared_ptr<const std::vector<std::uint64_t>> counts;
};

// The job's result (its std::any holds a std::shared_ptr<const TrainedEmbedding>).
struct TrainedEmbedding {
    EmbeddingArtefact artefact; // id empty: Workspace::addEmbedding gives one
    std::uint64_t corpusWords = 0;   // every token of the sentences
    std::size_t sentences = 0;
    double seconds = 0.0;
    double wordsPerSecond = 0.0;     // word2vec only
};

class EmbeddingTraining {
    Q_DECLARE_TR_FUNCTIONS(EmbeddingTraining)
public:
    // Throws the engine's errors (no corpus, an empty vocabulary, bad settings).
    static lengua::Job::Function job(EmbeddingTrainingRequest request);
    static QString title(const EmbeddingTrainingRequest& request);

    // "Skip-gram", "CBOW", "PPMI–SVD"
    static QString methodName(EmbeddingMethod method);
    // The artefact's method field: "sg", "cbow", "ppmi-svd".
    static std::string methodId(EmbeddingMethod method);
    // "skip-gram, 100 dims, window 5, 5 epochs, 12,345 words, on <corpus>"
    static QString description(const EmbeddingTrainingRequest& request, std::size_t words);
    // The hyperparameters as a compact JSON object.
    static std::string settingsJson(const EmbeddingTrainingRequest& request);
};
