// The "lecture" view of the Co-occurrence & TF-IDF lesson: the lecture's own table (cherry,
// digital, information × pie, data, computer) as a table and a heatmap, its dot products and
// cosines side by side (cos(cherry, information) = 0.018, cos(digital, information) = 0.996),
// and bag of words: two sentences with the same words in another order give one vector.
#pragma once

#include <QWidget>

#include <vector>

class HeatmapView;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

class LectureSimilarityView : public QWidget {
    Q_OBJECT
public:
    explicit LectureSimilarityView(QWidget* parent = nullptr);

    // The lecture's counts (rows cherry, digital, information; columns pie, data, computer).
    static const std::vector<std::vector<double>>& lectureCounts();

    QTableWidget* countTable() const { return m_counts; }
    QTableWidget* cosineTable() const { return m_cosines; }
    QTableWidget* dotTable() const { return m_dots; }
    HeatmapView* heatmap() const { return m_heatmap; }
    QString summaryText() const;
    // Bag of words of the two sentences.
    void setSentences(const QString& first, const QString& second);
    QTableWidget* bagTable() const { return m_bag; }
    QString bagVerdict() const;

    void retranslate();
    // The whole view, for the picture export.
    QWidget* pictureWidget() { return this; }

private:
    void fillTables();
    void updateBag();

    QGroupBox* m_tableBox = nullptr;
    QTableWidget* m_counts = nullptr;
    HeatmapView* m_heatmap = nullptr;
    QGroupBox* m_similarityBox = nullptr;
    QLabel* m_dotTitle = nullptr;
    QTableWidget* m_dots = nullptr;
    QLabel* m_cosineTitle = nullptr;
    QTableWidget* m_cosines = nullptr;
    QLabel* m_summary = nullptr;
    QGroupBox* m_bagBox = nullptr;
    QLabel* m_firstLabel = nullptr;
    QLineEdit* m_first = nullptr;
    QLabel* m_secondLabel = nullptr;
    QLineEdit* m_second = nullptr;
    QTableWidget* m_bag = nullptr;
    QLabel* m_verdict = nullptr;
};
