#include "ProjectionPanel.h"

ProjectionPanel::ProjectionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter*, QWidget* parent)
    : LessonPanel(workspace, jobs, parent)
{
}
