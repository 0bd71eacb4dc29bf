// The perplexity table of the N-grams lesson: orders 1–5 (rows) × estimators (columns) on
// the held-out sentences, filled cell by cell as the job measures them; ∞ where MLE gives a
// held-out word probability 0. Also the trained model's own figures (perplexity, OOV rate).
#pragma once

#include "NgramTraining.h"

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableWidget;

class PerplexityTableView : public QWidget {
    Q_OBJECT
public:
    explicit PerplexityTableView(QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The table for CSV: a first column with the order, then one column per estimator.
    std::unique_ptr<QAbstractItemModel> exportModel() const;
    QPushButton* computeButton() const { return m_compute; }

    // The trained model's summary above the table ("" clears it).
    void setSummary(const QString& html);
    QString summary() const;
    // Empties the cells (a new corpus or new settings).
    void clearCells();
    void setCell(const NgramPerplexityCell& cell);
    // After the last cell: marks the lowest perplexity and explains what the table shows.
    void finish();
    void setStatus(const QString& text);
    QString statusText() const;

    // "∞" for an infinite perplexity, the value with one decimal otherwise.
    static QString perplexityText(double perplexity);

    void retranslate();

private:
    QLabel* m_summary = nullptr;
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_compute = nullptr;
    std::vector<NgramPerplexityCell> m_cells;
};
