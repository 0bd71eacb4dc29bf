// Lesson: generation. Prompt, model picker, temperature / top-k / top-p, the live next-token
// distribution before and after truncation, step-by-step choice, generate N as a job.
#pragma once

#include "LessonPanel.h"

class CorpusImporter;
class QLabel;

class GenerationPanel : public LessonPanel {
    Q_OBJECT
public:
    GenerationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
          QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    CorpusImporter* m_importer;
    QLabel* m_placeholder;
};
