// The GPT lesson's controls: what to train on (corpus or processed corpus, tokenizer),
// the model's shape (layers, heads, embedding size, context, dropout) and the training
// (steps, batch, sequence length, learning rate, warm-up, seed, validation, samples).
// Shows the parameter count of the configured model live and explains, before Train,
// what makes a configuration impossible.
#pragma once

#include "GptTraining.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Workspace;

class GptSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit GptSettingsForm(Workspace& workspace, QWidget* parent = nullptr);

    // The request as configured (corpus and tokenizer resolved in the workspace; either
    // may be missing, which problems() reports).
    GptTrainingRequest request() const;
    // What stops training now, one sentence each; empty when Train can start.
    QStringList problems() const;

    // Selects by workspace id; false when there is no such item.
    bool selectCorpus(const QString& id);
    bool selectTokenizer(const QString& id);
    // The lecture's tiny model (GptTraining::lectureConfig/lectureSettings).
    void applyLecturePreset();
    // For tests and scripts: the hyperparameters as numbers.
    void setShape(int layers, int heads, int channels, int context);
    void setTraining(int steps, int batch, int sequenceLength, int warmup);

    void setRunning(bool running);
    void retranslate();

    QPushButton* trainButton() const { return m_trainButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void trainRequested();
    void cancelRequested();

private:
    void rebuildCorpusCombo();
    void rebuildTokenizerCombo();
    void updateSummary();
    std::size_t chosenVocabularySize() const;

    Workspace& m_workspace;
    QFormLayout* m_form = nullptr;
    QLabel* m_dataTitle = nullptr;
    QLabel* m_modelTitle = nullptr;
    QLabel* m_trainingTitle = nullptr;
    QComboBox* m_corpusCombo = nullptr;
    QComboBox* m_tokenizerCombo = nullptr;
    QSpinBox* m_layers = nullptr;
    QSpinBox* m_heads = nullptr;
    QSpinBox* m_channels = nullptr;
    QSpinBox* m_context = nullptr;
    QDoubleSpinBox* m_dropout = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_sequenceLength = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_warmup = nullptr;
    QSpinBox* m_seed = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QSpinBox* m_sampleEvery = nullptr;
    QLineEdit* m_samplePrompt = nullptr;
    QLabel* m_parameters = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_trainButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    bool m_running = false;
};
