// What the N-grams lesson asks the engine to do, as jobs: turn a corpus or processed corpus
// into sentences of words (the last tenth held out), train an NgramModel on them and wrap it
// as a workspace model (kind "ngram"); the perplexity table (orders 1–5 × estimators) on the
// held-out sentences; and sampled sentences. The jobs only call the engine.
#pragma once

#include "Workspace.h"
#include "core/Job.h"
#include "count/NgramModel.h"
#include "count/NgramSettings.h"
#include "count/PerplexityReport.h"
#include "generate/SamplingSettings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}

using NgramSentenceList = std::vector<std::vector<std::string>>;

struct NgramTrainingRequest {
    // One of these is set.
    std::shared_ptr<const lengua::Corpus> corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> processedCorpus;
    std::string corpusId;
    std::string corpusName;
    lengua::NgramSettings settings;
    std::size_t heldOutEvery = 10; // every 10th sentence is held out (perplexity, λ tuning)
    std::string modelName; // empty: "Trigram KN · <corpus>"
};

// The training job's result (its std::any holds a std::shared_ptr<const TrainedNgram>).
struct TrainedNgram {
    std::shared_ptr<const lengua::NgramModel> model;
    LanguageModelArtefact artefact; // kind "ngram"; id empty: Workspace::addModel gives one
    std::shared_ptr<const NgramSentenceList> training;
    std::shared_ptr<const NgramSentenceList> heldOut;
    lengua::PerplexityReport heldOutReport; // valid when heldOut is not empty
    std::string language;   // for segmenting typed text like the corpus was
    bool lowercase = true;  // whether typed text is case-folded before the look-up
    double seconds = 0.0;
};

// One cell of the perplexity table.
struct NgramPerplexityCell {
    int order = 0;
    lengua::NgramSmoothing smoothing = lengua::NgramSmoothing::Mle;
    lengua::PerplexityReport report;
    std::string error; // when this model could not be trained or evaluated
};

class NgramTraining {
    Q_DECLARE_TR_FUNCTIONS(NgramTraining)
public:
    // Progress: sentences (first 20%), then counting. Throws the engine's errors.
    static lengua::Job::Function job(NgramTrainingRequest request);
    static QString title(const NgramTrainingRequest& request);

    // Orders 1..5 × every estimator, trained on training and measured on heldOut, with
    // base's k, discount and minimum count. Partial results: each NgramPerplexityCell as
    // it is done; the result: std::vector<NgramPerplexityCell>.
    static lengua::Job::Function perplexityTableJob(std::shared_ptr<const NgramSentenceList> training,
                                                    std::shared_ptr<const NgramSentenceList> heldOut,
                                                    lengua::NgramSettings base);

    // Sampled sentences (std::vector<std::vector<std::string>>, </s> not included), each
    // started at <s> and stopped at </s> or after maxWords; sentence i uses seed + i.
    static lengua::Job::Function sampleJob(std::shared_ptr<const lengua::NgramModel> model,
                                           lengua::SamplingSettings settings, int sentences);

    static const std::vector<lengua::NgramSmoothing>& smoothings();
    // Translated: "Maximum likelihood (MLE)", "Add-k", "Kneser–Ney", ...
    static QString smoothingName(lengua::NgramSmoothing smoothing);
    static QString smoothingShortName(lengua::NgramSmoothing smoothing);
    // "unigram", "bigram", "trigram", "4-gram", "5-gram"
    static QString orderName(int order);
    // "Trigram, Kneser–Ney (D = 0.75), 1,234 words, 5,678 n-grams, on <corpus>"
    static QString description(const lengua::NgramModel& model, const QString& corpusName);
};
