// The "generate" view of the N-grams lesson: sentences sampled word by word from <s> until
// </s>, through the shared decoder (temperature, top-k, top-p, a seed), several at once as
// a job.
#pragma once

#include "NgramModelRef.h"
#include "generate/SamplingSettings.h"

#include <QPointer>
#include <QWidget>

class JobHandle;
class JobRunner;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

class SentenceSamplesView : public QWidget {
    Q_OBJECT
public:
    SentenceSamplesView(JobRunner& jobs, QWidget* parent = nullptr);
    ~SentenceSamplesView() override;

    void setModel(NgramModelRef model);
    lengua::SamplingSettings settings() const;
    void setSeed(int seed);
    void setSentenceCount(int count);

    // Starts sampling (or cancels the running job). Returns the job, or nullptr.
    JobHandle* generate();
    bool isGenerating() const { return m_job != nullptr; }
    QTableWidget* table() const { return m_table; }
    QPushButton* generateButton() const { return m_generate; }
    QString statusText() const;

    void retranslate();

private:
    void updateButton();

    JobRunner& m_jobs;
    NgramModelRef m_model;
    QFormLayout* m_form = nullptr;
    QSpinBox* m_count = nullptr;
    QSpinBox* m_maxWords = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QSpinBox* m_topK = nullptr;
    QDoubleSpinBox* m_topP = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_generate = nullptr;
    QLabel* m_explanation = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPointer<JobHandle> m_job;
};
