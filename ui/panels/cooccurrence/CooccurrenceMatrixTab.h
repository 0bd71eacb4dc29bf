// The "matrix" view of the Co-occurrence & TF-IDF lesson: the counted (and weighted) matrix
// as a heatmap over the top-N words or a typed word list, rows by frequency, alphabetical or
// clustered, a log colour scale, the hovered cell in large type, and notes for unknown words
// (with the closest vocabulary words) and for a matrix too large to draw cell by cell.
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
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

class CooccurrenceMatrixTab : public QWidget {
    Q_OBJECT
public:
    CooccurrenceMatrixTab(JobRunner& jobs, QWidget* parent = nullptr);

    // The counted matrix (null: none yet); cuts a new block for the heatmap.
    void setData(std::shared_ptr<const CooccurrenceData> data);
    // Starts cutting the block for the current choices (cancels a running one).
    JobHandle* refresh();
    JobHandle* pendingJob() const;

    void setTopWords(int count);
    int topWords() const;
    // Comma- or space-separated words; empty: the top-N words.
    void setWords(const QString& words);
    void setOrder(HeatmapRowOrder order);
    void setLogScale(bool on);
    // Rows (and documents) drawn at most cell by cell; the rest is left out with a note.
    void setMaximumDenseRows(std::size_t rows) { m_maxDenseRows = rows; }
    std::size_t maximumDenseRows() const { return m_maxDenseRows; }

    HeatmapView* heatmap() const { return m_heatmap; }
    const HeatmapSlice& slice() const { return m_slice; }
    QString noteText() const;
    QString captionText() const;
    const LabelledMatrixModel* tableModel() const { return m_table; }

    void exportPicture();
    void exportTable();
    void retranslate();

Q_SIGNALS:
    // A row word was clicked (for the neighbour list).
    void wordChosen(const QString& word);

private:
    void showSlice(HeatmapSlice slice);
    void updateNote();
    void updateCaption();
    void showHovered(int row, int col);

    std::shared_ptr<const CooccurrenceData> m_data;
    HeatmapSlice m_slice;
    LatestJob* m_latest = nullptr;
    QString m_error;
    std::size_t m_maxDenseRows = 1000;

    QLabel* m_topLabel = nullptr;
    QSpinBox* m_top = nullptr;
    QLabel* m_wordsLabel = nullptr;
    QLineEdit* m_words = nullptr;
    QLabel* m_orderLabel = nullptr;
    QComboBox* m_order = nullptr;
    QCheckBox* m_log = nullptr;
    QPushButton* m_pictureButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_note = nullptr;
    HeatmapView* m_heatmap = nullptr;
    QLabel* m_hover = nullptr;
    QTimer* m_debounce = nullptr;
    LabelledMatrixModel* m_table = nullptr;
};
