// Lesson: Projection (being built; see issue 6).
#pragma once

#include "LessonPanel.h"

class CorpusImporter;

class ProjectionPanel : public LessonPanel {
    Q_OBJECT
public:
    ProjectionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
              QWidget* parent = nullptr);

protected:
    void retranslate() override {}
};
