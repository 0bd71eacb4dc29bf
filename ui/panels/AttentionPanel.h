// Lesson: attention. The lecture's toy softmax(XX^T)X and Q, K, V; positional encodings;
// layer norm vs batch norm; a GPT's attention per layer and head (heatmap and token lines)
// and every head at once (model view). The GPT tabs share a text and a model of the
// workspace, read through a job (Gpt::inspect) that is re-run when either changes; each
// tab is its own class in panels/attention/.
#pragma once

#include "LessonPanel.h"

#include <QPointer>

#include <memory>

struct GptAttentionResult;
class AttentionHeadsTab;
class AttentionModelTab;
class CorpusImporter;
class JobHandle;
class LessonBox;
class NormalizationView;
class PositionalEncodingView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class ToyAttentionView;

class AttentionPanel : public LessonPanel {
    Q_OBJECT
public:
    AttentionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
                   QWidget* parent = nullptr);
    ~AttentionPanel() override;

    // "toy", "positions", "norms", "heads" or "model". The GPT views start the lecture's
    // example when the workspace has no GPT.
    bool showView(const QString& view) override;
    // The current tab's picture (the heads tab: its heatmap).
    void exportCurrentView() override;
    // The current tab's example; on the GPT tabs, a sentence of the corpus through the
    // workspace's GPT (training the lecture's small GPT first when there is none).
    void loadLectureExample() override;

    QString text() const;
    void setText(const QString& text);
    // Chooses the model (a workspace id of a GPT); false when there is no such GPT.
    bool selectModel(const QString& id);
    QString selectedModel() const;
    // Starts reading the text with the model now (the job is also started by itself after
    // a pause in typing); cancels the one running. nullptr when there is nothing to read.
    JobHandle* inspect();
    JobHandle* runningJob() const { return m_job; }
    std::shared_ptr<const GptAttentionResult> result() const { return m_result; }
    // A sentence of a corpus of the workspace that suits the lesson (or the lecture's own).
    QString corpusSentence(bool random) const;

    // No wider than the minimum: the main window's scroll area sizes a panel whose layout
    // has height-for-width (wrapped labels) by its size hint, and the tabs' hints add up to
    // more than a 1280-pixel window.
    QSize sizeHint() const override;

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* modelCombo() const { return m_modelCombo; }
    QLabel* statusLabel() const { return m_status; }
    AttentionHeadsTab* headsTab() const { return m_headsTab; }
    AttentionModelTab* modelTab() const { return m_modelTab; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void rebuildModelCombo();
    void scheduleInspection();
    bool gptTabShown() const;
    void onTabChanged();
    void showResult(std::shared_ptr<const GptAttentionResult> result);
    void updateStatus();
    void updateLessonText();
    void startLectureModel();

    CorpusImporter* m_importer = nullptr;
    std::shared_ptr<const GptAttentionResult> m_result;
    QPointer<JobHandle> m_job;
    QPointer<JobHandle> m_lastJob; // the latest inspection, removed from the dock by the next
    QPointer<JobHandle> m_trainingJob;
    bool m_stale = true;          // the shown result is not of the current text and model
    bool m_examplePending = false; // waiting for the lecture's model
    bool m_waitingForCorpus = false; // the lecture's model waits for the session's first corpus
    QString m_error;         // the inspection job's
    QString m_trainingError; // the lecture model's

    QWidget* m_inputBar = nullptr;
    QLabel* m_modelLabel = nullptr;
    QComboBox* m_modelCombo = nullptr;
    QLabel* m_textLabel = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QPushButton* m_sentenceButton = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_typing = nullptr;
    QTabWidget* m_tabs = nullptr;
    ToyAttentionView* m_toyView = nullptr;
    PositionalEncodingView* m_positionsView = nullptr;
    NormalizationView* m_normsView = nullptr;
    AttentionHeadsTab* m_headsTab = nullptr;
    AttentionModelTab* m_modelTab = nullptr;
    LessonBox* m_lessonBox = nullptr;
};
