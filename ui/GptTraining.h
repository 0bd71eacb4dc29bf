// What the GPT lesson asks the engine to train, and the job that does it; also the small
// "lecture model" (a BPE and a tiny GPT on the current or sample corpus) that the
// generation and attention lessons train when the workspace has no model yet.
#pragma once

class CorpusImporter;
class JobHandle;
class JobRunner;
class Workspace;

class GptTraining {
public:
    // Starts a job that trains a tiny GPT (and a BPE first when the workspace has no
    // tokenizer) on the first corpus of the workspace, loading the sample corpus through
    // importer when there is none, and adds the model to the workspace when done.
    // Returns the job, or nullptr when nothing needed to start.
    static JobHandle* startLectureModel(Workspace& workspace, JobRunner& jobs,
                                        CorpusImporter* importer);
};
