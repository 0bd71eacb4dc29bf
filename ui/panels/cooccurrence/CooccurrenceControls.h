// The Co-occurrence & TF-IDF lesson's controls: the corpus (raw or processed), which
// matrix (word × word with its window, or word × document), the weighting, the minimum
// count, stop words, and Count / Cancel with the job's progress.
#pragma once

#include "CooccurrenceComputation.h"

#include <QWidget>

class CorpusSourceCombo;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class RunControls;
class QSpinBox;
class Workspace;

class CooccurrenceControls : public QWidget {
    Q_OBJECT
public:
    explicit CooccurrenceControls(Workspace& workspace, QWidget* parent = nullptr);

    // The request as configured (the corpus resolved in the workspace; may have none).
    CooccurrenceRequest request() const;
    bool selectCorpus(const QString& id);
    bool hasCorpus() const;
    void setKind(CooccurrenceKind kind);
    void setWindow(int window);
    void setDistanceWeighting(bool on);
    void setWeighting(CooccurrenceWeighting weighting);
    void setMinCount(int minCount);
    void setDropStopWords(bool on);

    void setRunning(bool running);
    void setProgress(double fraction, const QString& message);
    void setStatus(const QString& text, bool problem = false);
    QString statusText() const;
    void retranslate();

    QPushButton* countButton() const;

Q_SIGNALS:
    void countRequested();
    void cancelRequested();

private:
    void updateRows();

    Workspace& m_workspace;
    QFormLayout* m_form = nullptr;
    QLabel* m_title = nullptr;
    CorpusSourceCombo* m_corpusCombo = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_window = nullptr;
    QCheckBox* m_distance = nullptr;
    QComboBox* m_weighting = nullptr;
    QSpinBox* m_minCount = nullptr;
    QCheckBox* m_stopWords = nullptr;
    RunControls* m_run = nullptr;
};
