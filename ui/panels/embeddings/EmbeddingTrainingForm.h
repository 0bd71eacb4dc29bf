// The Embeddings lesson's training controls: the corpus (raw or processed, lower-cased or
// not), the method (skip-gram, CBOW or PPMI–SVD) and its hyperparameters, each with a
// tooltip that says what it does, and Train / Cancel with the job's progress. Rows that
// do not apply to the chosen method are hidden.
#pragma once

#include "EmbeddingTraining.h"

#include <QWidget>

class CorpusSourceCombo;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class RunControls;
class Workspace;

class EmbeddingTrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingTrainingForm(Workspace& workspace, QWidget* parent = nullptr);

    // The request as configured (the corpus resolved in the workspace; may have none).
    EmbeddingTrainingRequest request() const;
    bool selectCorpus(const QString& id);
    bool hasCorpus() const;

    EmbeddingMethod method() const;
    void setMethod(EmbeddingMethod method);
    void setDimension(int dimension);
    void setWindow(int window);
    void setNegatives(int negatives);
    void setMinCount(int minCount);
    void setSample(double sample);
    void setEpochs(int epochs);
    void setThreads(int threads);
    void setSeed(int seed);
    void setLearningRate(double rate); // 0: the model's default
    void setLowercase(bool on);

    void setRunning(bool running);
    void setProgress(double fraction, const QString& message);
    void setStatus(const QString& text, bool problem = false);
    QString statusText() const;
    QPushButton* trainButton() const;
    void retranslate();

Q_SIGNALS:
    void trainRequested();
    void cancelRequested();

private:
    void updateRows();

    QFormLayout* m_form = nullptr;
    QLabel* m_title = nullptr;
    CorpusSourceCombo* m_corpus = nullptr;
    QCheckBox* m_lowercase = nullptr;
    QComboBox* m_method = nullptr;
    QSpinBox* m_dimension = nullptr;
    QSpinBox* m_window = nullptr;
    QSpinBox* m_negatives = nullptr;
    QSpinBox* m_minCount = nullptr;
    QDoubleSpinBox* m_sample = nullptr;
    QSpinBox* m_epochs = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_threads = nullptr;
    QSpinBox* m_maxVocabulary = nullptr;
    QDoubleSpinBox* m_contextSmoothing = nullptr;
    QDoubleSpinBox* m_eigenvaluePower = nullptr;
    QSpinBox* m_seed = nullptr;
    RunControls* m_run = nullptr;
};
