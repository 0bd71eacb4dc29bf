// Lesson: word embeddings (skip-gram, CBOW, PPMI–SVD). The training controls and the
// lesson box on the left; in the middle the vectors shown (a combo of the workspace's
// embeddings, trained, computed or imported, with Import and Export) above four tabs:
// "train" (the live loss chart and what was trained), "neighbours" (the nearest words of
// a query word), "analogy" (a − b + c) and "evaluation" (word similarity and analogy
// files). showView takes those names; "example" loads the lecture's example: skip-gram on
// the Spanish Bible (Reina-Valera 1909, when its Debian package is installed) and the
// neighbours of "casa", or else on the embedded sample and the neighbours of "escuela"
// (the lecture's "a la izquierda de la escuela / zapatería").
// While word2vec trains, every epoch's vectors go to Workspace::publishEmbeddingSnapshot,
// so the Projection lesson can follow training live; the finished vectors become a
// workspace embedding.
#pragma once

#include "EmbeddingFiles.h"
#include "EmbeddingTraining.h"
#include "LessonPanel.h"

#include <QPointer>

class AnalogyView;
class CorpusImporter;
class EmbeddingEvaluationView;
class EmbeddingLossChart;
class EmbeddingTrainingForm;
class JobHandle;
class LessonBox;
class NeighboursView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
struct SampleCorpus;

class EmbeddingsPanel : public LessonPanel {
    Q_OBJECT
public:
    EmbeddingsPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
                    QWidget* parent = nullptr);
    ~EmbeddingsPanel() override;

    void exportCurrentView() override;
    void loadLectureExample() override;
    bool showView(const QString& view) override;

    // The lecture's query word.
    static QString lectureWord();

    // Trains with the form's settings; nullptr when nothing could start.
    JobHandle* train();
    void cancelTraining();
    JobHandle* trainingJob() const { return m_trainJob; }

    // Reads a vector file (format detected) into a new workspace embedding; a bad file
    // leaves everything as it was and says why. nullptr when nothing started.
    JobHandle* importVectors(const QString& path);
    JobHandle* exportVectors(const QString& path, EmbeddingFileFormat format);
    JobHandle* fileJob() const { return m_fileJob; }
    void importWithDialog();
    void exportWithDialog();

    // The embedding the views show (empty when none).
    QString currentEmbeddingId() const;
    bool selectEmbedding(const QString& id);

    EmbeddingTrainingForm* form() const { return m_form; }
    EmbeddingLossChart* lossChart() const { return m_lossChart; }
    NeighboursView* neighboursView() const { return m_neighbours; }
    AnalogyView* analogyView() const { return m_analogy; }
    EmbeddingEvaluationView* evaluationView() const { return m_evaluation; }
    QComboBox* vectorsCombo() const { return m_vectorsCombo; }
    // The line under the combo: what the vectors are, or what went wrong with a file.
    QString vectorsStatus() const;

protected:
    void retranslate() override;

private:
    void buildUi();
    void rebuildVectorsCombo();
    void showEmbedding();
    void showTrainingProgress(const lengua::Word2VecProgress& progress);
    enum class ExampleCorpus { None, Bible, Sample };
    static const SampleCorpus* exampleBible(); // null when its package is not installed
    QString exampleCorpusId(ExampleCorpus kind) const; // empty when not loaded
    void applyExampleSettings(ExampleCorpus kind);
    void runLectureExample();
    void setFileStatus(const QString& text, bool problem);

    CorpusImporter* m_importer;
    EmbeddingTrainingForm* m_form = nullptr;
    LessonBox* m_lessonBox = nullptr;
    QLabel* m_vectorsLabel = nullptr;
    QComboBox* m_vectorsCombo = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_vectorsInfo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_trainPage = nullptr;
    EmbeddingLossChart* m_lossChart = nullptr;
    QLabel* m_trainSummary = nullptr;
    NeighboursView* m_neighbours = nullptr;
    AnalogyView* m_analogy = nullptr;
    EmbeddingEvaluationView* m_evaluation = nullptr;

    QPointer<JobHandle> m_trainJob;
    QPointer<JobHandle> m_fileJob;
    QString m_runName;       // the training run's name, for its snapshots
    QString m_trainedSummary; // what the last run did, for the train tab
    ExampleCorpus m_examplePending = ExampleCorpus::None;
    bool m_exampleQuery = false; // query the example's word when its vectors arrive
    QString m_exampleWord;
    std::string m_chartEmbeddingId; // whose losses the training tab shows
    bool m_keepChart = false;       // while a finished run's vectors are added
    QPointer<QWidget> m_exampleTab; // the tab a scripted view asked for, shown after the example
};
