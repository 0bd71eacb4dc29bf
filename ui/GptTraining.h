// What the GPT lesson asks the engine to train, and the job that does it: the texts of a
// corpus or processed corpus tokenized with a workspace tokenizer, a GPT trained on them
// with GptTrainer (loss points and decoded samples streamed as partial results), and the
// trained model as a workspace artefact. Also the small "lecture model" (a BPE and a tiny
// GPT on the first or sample corpus) that the generation and attention lessons train
// when the workspace has no model yet. The job only calls the engine.
#pragma once

#include "Workspace.h"
#include "core/Job.h"
#include "models/GptConfig.h"
#include "models/GptTrainer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <string>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}

class CorpusImporter;
class JobHandle;
class JobRunner;

struct TrainedGpt;

// Where a cancelled training job leaves its model: a cancelled job hands back no result
// and its late partial results are dropped, so the caller keeps this box and reads it
// when the job reports cancelled. Thread-safe.
class StoppedGptBox {
public:
    void put(std::shared_ptr<const TrainedGpt> model);
    std::shared_ptr<const TrainedGpt> take();

private:
    std::mutex m_mutex;
    std::shared_ptr<const TrainedGpt> m_model;
};

struct GptTrainingRequest {
    // One of these is set: the texts to train on.
    std::shared_ptr<const lengua::Corpus> corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> processedCorpus;
    std::string corpusId;
    std::string corpusName;
    // The workspace tokenizer that turns the texts into ids; the model keeps a reference
    // to it (shared), so removing it from the workspace later does not break the model.
    TokenizerArtefact tokenizer;
    // config.vocabularySize is replaced by the tokenizer's vocabulary size.
    lengua::GptConfig config;
    // settings.samplePrompt is filled from samplePrompt by the job (the first token of
    // the corpus when samplePrompt is empty).
    lengua::GptTrainingSettings settings;
    std::string samplePrompt;
    std::string modelName; // empty: "GPT · <corpus>"
    // When set, a cancel after at least one step leaves the model here.
    std::shared_ptr<StoppedGptBox> stoppedBox;
};

// A partial result: a sample generated during training, decoded.
struct GptTrainingSampleText {
    std::size_t step = 0;
    std::string prompt;
    std::string text; // the new tokens only
};

// The job's result (its std::any holds a std::shared_ptr<const TrainedGpt>). When the
// job is cancelled after at least one step, the same object goes to the request's
// stoppedBox, so that the caller can keep the model.
struct TrainedGpt {
    LanguageModelArtefact model; // id empty: Workspace::addModel gives one
    lengua::GptTrainingResult result;
    bool stopped = false;   // cancelled, or diverged (then note says why)
    bool diverged = false;  // the loss became NaN or infinite; weights of the last good step
    std::string note;       // for the user: "stopped at step 120 of 1,000", the divergence
};

class GptTraining {
    Q_DECLARE_TR_FUNCTIONS(GptTraining)
public:
    // Partial results: lengua::TrainingPoint and GptTrainingSampleText. Progress: tokenizing (first 5%), then steps.
    // Throws the engine's errors (bad settings, a corpus too short for the windows, a
    // divergence before the first step).
    static lengua::Job::Function job(GptTrainingRequest request);
    static QString title(const GptTrainingRequest& request);

    // What is wrong with a configuration before anything starts, one sentence each
    // (empty when it can be trained): heads not dividing the embedding size, a sequence
    // longer than the context, a vocabulary too small, zero steps, and so on.
    static QStringList problems(const lengua::GptConfig& config,
                                const lengua::GptTrainingSettings& settings,
                                std::size_t vocabularySize);

    // "GPT, 4 layers, 4 heads, 128 dims, 0.8 M parameters, 1,000 steps on <corpus>"
    static QString description(const lengua::GptConfig& config, std::size_t steps,
                               const QString& corpusName);
    // "0.8 M", "12.3 k", "950": a parameter count for people.
    static QString parameterText(std::size_t count);

    // The lecture's tiny model: 2 layers, 2 heads, 64 dims, context 64; 300 steps of
    // 8 windows of 64 tokens, learning rate 3e-3 (tiny models take large rates).
    static lengua::GptConfig lectureConfig();
    static lengua::GptTrainingSettings lectureSettings();

    // When the workspace has no model: trains a tiny GPT (and a ~1000-token BPE first
    // when the workspace has no BPE tokenizer) on the first corpus of the workspace,
    // loading the sample corpus through importer when there is none, and adds the
    // tokenizer and the model to the workspace when done (Workspace::modelAdded).
    // Returns the first job started (the sample's import when there is no corpus; the
    // training then follows on its own), or nullptr when nothing needed to start or
    // could start.
    static JobHandle* startLectureModel(Workspace& workspace, JobRunner& jobs,
                                        CorpusImporter* importer);
};
