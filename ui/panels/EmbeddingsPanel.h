// Lesson: Embeddings (being built; see issue 6).
#pragma once

#include "LessonPanel.h"

class CorpusImporter;

class EmbeddingsPanel : public LessonPanel {
    Q_OBJECT
public:
    EmbeddingsPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
              QWidget* parent = nullptr);

protected:
    void retranslate() override {}
};
