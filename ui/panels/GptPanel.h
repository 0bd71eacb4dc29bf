// Lesson: Transformer / GPT. Configure and train a small GPT on a corpus as a job (the
// loss chart and the samples stream in), keep the trained models in the workspace, and
// import and export GPT-2 checkpoints (Hugging Face layout). Views: "train", "models".
#pragma once

#include "LessonPanel.h"
#include "models/GptTrainer.h"

#include <QPointer>

#include <memory>
#include <vector>

class CorpusImporter;
class GptModelsTab;
class GptSettingsForm;
class GptTrainTab;
class JobHandle;
class LessonBox;
class QTabWidget;
class QTimer;
struct TrainedGpt;

class GptPanel : public LessonPanel {
    Q_OBJECT
public:
    GptPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
             QWidget* parent = nullptr);

    void loadLectureExample() override;
    bool showView(const QString& view) override;
    void exportCurrentView() override;

    // Starts training with the form's settings; nullptr (and the reasons shown) when the
    // configuration cannot be trained.
    JobHandle* train();
    // Stops the running training; the model keeps the last completed step.
    void stopTraining();
    JobHandle* trainingJob() const { return m_job; }

    GptSettingsForm* form() const { return m_form; }
    GptTrainTab* trainTab() const { return m_trainTab; }
    GptModelsTab* modelsTab() const { return m_modelsTab; }

protected:
    void retranslate() override;

private:
    void flushPoints();
    void finishRun(const std::shared_ptr<const TrainedGpt>& trained);
    void runLectureExample();

    CorpusImporter* m_importer;
    GptSettingsForm* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    GptTrainTab* m_trainTab = nullptr;
    GptModelsTab* m_modelsTab = nullptr;
    LessonBox* m_lessonBox = nullptr;
    QTimer* m_flushTimer = nullptr;
    QPointer<JobHandle> m_job;
    QPointer<JobHandle> m_lectureJob;
    std::vector<lengua::TrainingPoint> m_pendingPoints;
    bool m_examplePending = false;
};
