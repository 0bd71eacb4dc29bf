// Lesson: Co-occurrence & TF-IDF: term-document and word-word matrices as heatmaps, PPMI and
// TF-IDF weighting, bag of words, cosine similarity, nearest neighbours, TF-IDF and BM25
// search. Views: "matrix", "similarity", "lecture", "tfidf"; "documents" (the matrix view of
// the word × document TF-IDF matrix); "example" loads the lecture's example. The counting is one job; each view cuts what it shows from its result in a job.
#pragma once

#include "LessonPanel.h"

#include <QPointer>

#include <memory>

struct CooccurrenceData;
class CooccurrenceControls;
class CooccurrenceMatrixTab;
class CooccurrenceSimilarityTab;
class CorpusImporter;
class JobHandle;
class LectureSimilarityView;
class LessonBox;
class QTabWidget;
class TfidfSearchTab;

class CooccurrencePanel : public LessonPanel {
    Q_OBJECT
public:
    CooccurrencePanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
                      QWidget* parent = nullptr);
    ~CooccurrencePanel() override;

    void exportCurrentView() override;
    void loadLectureExample() override;
    bool showView(const QString& view) override;

    // Counts the configured matrix of the chosen corpus as a job (cancels a running count).
    // Returns it, or null when there is no corpus.
    JobHandle* count();
    JobHandle* countJob() const { return m_countJob; }
    std::shared_ptr<const CooccurrenceData> data() const { return m_data; }

    CooccurrenceControls* controls() const { return m_controls; }
    CooccurrenceMatrixTab* matrixTab() const { return m_matrixTab; }
    CooccurrenceSimilarityTab* similarityTab() const { return m_similarityTab; }
    LectureSimilarityView* lectureView() const { return m_lectureView; }
    TfidfSearchTab* tfidfTab() const { return m_tfidfTab; }
    LessonBox* lessonBox() const { return m_lessonBox; }

protected:
    void retranslate() override;

private:
    void buildUi();
    void updateLessonText();
    void showData(std::shared_ptr<const CooccurrenceData> data);
    void setUpLectureExample();
    // The sample corpus of the workspace, if loaded (its id; empty otherwise).
    QString sampleCorpusId() const;

    CorpusImporter* m_importer;
    CooccurrenceControls* m_controls = nullptr;
    QTabWidget* m_tabs = nullptr;
    CooccurrenceMatrixTab* m_matrixTab = nullptr;
    CooccurrenceSimilarityTab* m_similarityTab = nullptr;
    LectureSimilarityView* m_lectureView = nullptr;
    QWidget* m_lecturePage = nullptr; // the lecture view in a scroll area
    TfidfSearchTab* m_tfidfTab = nullptr;
    LessonBox* m_lessonBox = nullptr;

    std::shared_ptr<const CooccurrenceData> m_data;
    QPointer<JobHandle> m_countJob;
    QPointer<JobHandle> m_lastCountJob;
    bool m_examplePending = false; // the sample is loading for the example
};
