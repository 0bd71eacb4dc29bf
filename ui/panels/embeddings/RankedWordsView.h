// What the word-vector query views share (NeighboursView, AnalogyView): a message line in
// plain text, a read-only table of ranked words (rank, word, then right-aligned numbers) in
// a larger font with the word column stretched, and a button that saves the table as CSV.
// A subclass adds its query widgets, lays these three out with them and sets their texts.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

class RankedWordsView : public QWidget {
    Q_OBJECT
public:
    QTableWidget* table() const { return m_table; }
    QString message() const;

protected:
    using QWidget::QWidget;

    // Creates the export button, the message and the table. The subclass calls it right
    // after its own buttons, so that Tab goes from them to Export and on to the table.
    // objectPrefix names the parts: "embeddingAnalogy" gives embeddingAnalogyMessage and
    // embeddingAnalogyTable. columns: rank, word and the numbers.
    void createResultParts(const QString& objectPrefix, int columns);

    QLabel* messageLabel() const { return m_message; }
    QPushButton* exportButton() const { return m_export; }
    void setMessage(const QString& text);
    // Fills a row: its rank (row + 1), the word, then the numbers aligned right.
    void setRankedRow(int row, const QString& word, const QStringList& numbers);

private:
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QTableWidget* m_table = nullptr;
};
