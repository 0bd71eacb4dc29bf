// The "similarity" view of the Co-occurrence & TF-IDF lesson: the cosine between the rows of
// the counted matrix (words as vectors of their contexts) or between documents (their TF-IDF
// vectors) as a heatmap, and the nearest neighbours of one word by cosine.
#pragma once

#include "CooccurrenceComputation.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class HeatmapView;
class JobHandle;
class JobRunner;
class LatestJob;
class LabelledMatrixModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

class CooccurrenceSimilarityTab : public QWidget {
    Q_OBJECT
public:
    CooccurrenceSimilarityTab(JobRunner& jobs, QWidget* parent = nullptr);

    void setData(std::shared_ptr<const CooccurrenceData> data);
    JobHandle* refresh();
    JobHandle* pendingJob() const;

    void setCompareDocuments(bool documents);
    void setTopCount(int count);
    void setWords(const QString& words);
    // The word whose neighbours are listed (refreshes).
    void setNeighbourWord(const QString& word);

    HeatmapView* heatmap() const { return m_heatmap; }
    QTableWidget* neighbourTable() const { return m_neighbours; }
    const SimilarityResult& result() const { return m_result; }
    QString noteText() const;

    void exportPicture();
    void exportTable();
    void retranslate();

private:
    void showResult(SimilarityResult result);
    void updateNote();

    std::shared_ptr<const CooccurrenceData> m_data;
    SimilarityResult m_result;
    LatestJob* m_latest = nullptr;
    QString m_error;

    QLabel* m_compareLabel = nullptr;
    QComboBox* m_compare = nullptr;
    QLabel* m_topLabel = nullptr;
    QSpinBox* m_top = nullptr;
    QLabel* m_wordsLabel = nullptr;
    QLineEdit* m_words = nullptr;
    QPushButton* m_pictureButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QLabel* m_note = nullptr;
    HeatmapView* m_heatmap = nullptr;
    QLabel* m_hover = nullptr;
    QLabel* m_neighbourLabel = nullptr;
    QLineEdit* m_neighbourWord = nullptr;
    QTableWidget* m_neighbours = nullptr;
    QTimer* m_debounce = nullptr;
    LabelledMatrixModel* m_table = nullptr;
};
