// The N-grams lesson's controls: the corpus to count (raw or processed), the order, the
// estimator and its parameter (k, D), the minimum count, Train / Cancel; and the n-gram
// model of the workspace the views show.
#pragma once

#include "NgramTraining.h"

#include <QWidget>

class CorpusSourceCombo;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class RunControls;
class QSpinBox;
class Workspace;

class NgramSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit NgramSettingsForm(Workspace& workspace, QWidget* parent = nullptr);

    // The request as configured (the corpus resolved in the workspace; may have none).
    NgramTrainingRequest request() const;
    bool selectCorpus(const QString& id);
    void setOrder(int order);
    void setSmoothing(lengua::NgramSmoothing smoothing);
    void setMinCount(int minCount);

    // The n-gram model the views show (workspace id; empty when none).
    QString currentModelId() const;
    bool selectModel(const QString& id);

    void setRunning(bool running);
    void setProgress(double fraction, const QString& message);
    void setStatus(const QString& text, bool problem = false);
    QString statusText() const;
    void retranslate();

    QPushButton* trainButton() const;
    QPushButton* cancelButton() const;
    QComboBox* modelCombo() const { return m_modelCombo; }

Q_SIGNALS:
    void trainRequested();
    void cancelRequested();
    void modelChanged(const QString& id);

private:
    void rebuildModelCombo();
    void updateParameterRows();

    Workspace& m_workspace;
    QFormLayout* m_form = nullptr;
    QLabel* m_dataTitle = nullptr;
    QLabel* m_modelTitle = nullptr;
    QLabel* m_viewTitle = nullptr;
    CorpusSourceCombo* m_corpusCombo = nullptr;
    QSpinBox* m_order = nullptr;
    QComboBox* m_smoothing = nullptr;
    QDoubleSpinBox* m_k = nullptr;
    QDoubleSpinBox* m_discount = nullptr;
    QSpinBox* m_minCount = nullptr;
    QLabel* m_heldOut = nullptr;
    RunControls* m_run = nullptr;
    QComboBox* m_modelCombo = nullptr;
    QLabel* m_modelInfo = nullptr;
};
