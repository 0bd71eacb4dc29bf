#include "EmbeddingsPanel.h"

EmbeddingsPanel::EmbeddingsPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter*, QWidget* parent)
    : LessonPanel(workspace, jobs, parent)
{
}
