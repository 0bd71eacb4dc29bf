// The Projection lesson's controls: what to draw (the words of a set of vectors, or the
// documents of a corpus), the method and its knobs, colouring, following training, run and
// cancel, progress, search and export. The panel reads them and connects to them.
#pragma once

#include "manifold/ProjectionMethod.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
struct ProjectionRequest;

class ProjectionForm : public QWidget {
    Q_OBJECT
public:
    enum class Points { Words, Documents };
    enum class Colouring { Frequency, Cluster, Label, Nothing };

    explicit ProjectionForm(QWidget* parent = nullptr);
    void retranslate();

    Points points() const;
    void setPoints(Points points);
    lengua::ProjectionMethod method() const;
    void setMethod(lengua::ProjectionMethod method);
    Colouring colouring() const;
    void setColouring(Colouring colouring);
    // The method's settings (for n points) into request; the points are left alone.
    void fillRequest(ProjectionRequest& request, std::size_t pointCount) const;
    // The typed word list, split at commas and spaces.
    QStringList typedWords() const;
    void setStatus(const QString& text, bool error = false);
    void setRunning(bool running);
    void setProgress(double fraction);

    QComboBox* source() const { return m_source; }
    QComboBox* corpus() const { return m_corpus; }
    QPushButton* importButton() const { return m_import; }
    QSpinBox* topWords() const { return m_topN; }
    QLineEdit* wordList() const { return m_wordList; }
    QComboBox* methodCombo() const { return m_method; }
    QDoubleSpinBox* perplexity() const { return m_perplexity; }
    QSpinBox* seed() const { return m_seed; }
    QComboBox* colourBy() const { return m_colourBy; }
    QSpinBox* clusters() const { return m_clusters; }
    QCheckBox* followTraining() const { return m_follow; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* pictureButton() const { return m_exportPicture; }
    QPushButton* csvButton() const { return m_exportCsv; }
    QLineEdit* searchField() const { return m_search; }
    QString statusText() const;

Q_SIGNALS:
    void pointsChanged();

private:
    void nameFrequencyColouring();
    void updateVisibility();

    QComboBox* m_pointsKind = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_corpus = nullptr;
    QPushButton* m_import = nullptr;
    QSpinBox* m_topN = nullptr;
    QLineEdit* m_wordList = nullptr;
    QComboBox* m_method = nullptr;
    QGroupBox* m_tsneBox = nullptr;
    QDoubleSpinBox* m_perplexity = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_iterations = nullptr;
    QDoubleSpinBox* m_exaggeration = nullptr;
    QGroupBox* m_umapBox = nullptr;
    QSpinBox* m_umapNeighbours = nullptr;
    QDoubleSpinBox* m_umapMinDist = nullptr;
    QSpinBox* m_umapEpochs = nullptr;
    QSpinBox* m_seed = nullptr;
    QComboBox* m_colourBy = nullptr;
    QSpinBox* m_clusters = nullptr;
    QCheckBox* m_follow = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPicture = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QList<QLabel*> m_labels;
    QList<QWidget*> m_wordRows;     // fields shown for words only (with their labels)
    QList<QWidget*> m_documentRows; // fields shown for documents only
};
