// Lesson: attention. The lecture's toy softmax(XX^T)X and Q, K, V; positional encodings;
// layer norm vs batch norm; a GPT's attention per layer and head, head view, model view.
#pragma once

#include "LessonPanel.h"

class CorpusImporter;
class QLabel;

class AttentionPanel : public LessonPanel {
    Q_OBJECT
public:
    AttentionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
          QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    CorpusImporter* m_importer;
    QLabel* m_placeholder;
};
