// The hovered point's k nearest neighbours side by side: in the original space (cosine of
// the vectors) and in the 2-D layout (Euclidean), the words both lists share marked, and the
// overlap as "k/k" — how much of the neighbourhood the picture kept.
#pragma once

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QTableWidget;

class NeighbourComparisonView : public QWidget {
    Q_OBJECT
public:
    using Neighbour = std::pair<QString, double>; // word and its cosine or 2-D distance

    explicit NeighbourComparisonView(QWidget* parent = nullptr);

    void setNeighbours(const QString& word, const std::vector<Neighbour>& original,
                       const std::vector<Neighbour>& layout);
    void clear();
    void retranslate();

    int overlap() const { return m_overlap; }
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_overlapLabel = nullptr;
    QString m_word;
    int m_overlap = 0;
    int m_k = 0;
};
