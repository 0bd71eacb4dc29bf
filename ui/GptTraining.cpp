#include "GptTraining.h"

JobHandle* GptTraining::startLectureModel(Workspace&, JobRunner&, CorpusImporter*)
{
    return nullptr; // placeholder until the GPT lesson lands
}
