// Lesson: Transformer / GPT. Configure and train a small GPT on a corpus as a job (loss chart,
// samples), import and export GPT-2 checkpoints (Hugging Face layout).
#pragma once

#include "LessonPanel.h"

class CorpusImporter;
class QLabel;

class GptPanel : public LessonPanel {
    Q_OBJECT
public:
    GptPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
          QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    CorpusImporter* m_importer;
    QLabel* m_placeholder;
};
