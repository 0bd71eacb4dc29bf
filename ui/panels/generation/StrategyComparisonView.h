// The lecture's example: the same prompt continued under each decoding strategy
// (greedy, random sampling, top-k, top-p), one row each, with the settings used.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

struct StrategyContinuation {
    QString strategy; // "Top-p (nucleus) sampling"
    QString settings; // "T = 1, p = 0.95, seed 42"
    QString text;     // the continuation only
    double meanProbability = 0.0; // mean model probability (T = 1) of the chosen tokens
};

class StrategyComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit StrategyComparisonView(QWidget* parent = nullptr);

    void setPrompt(const QString& prompt);
    void setRows(const std::vector<StrategyContinuation>& rows);
    // A line under the table: "Running…", an error, or what the rows show.
    void setStatus(const QString& text);
    QTableWidget* table() const { return m_table; }
    // "Compare strategies": the panel connects and labels it.
    QPushButton* runButton() const { return m_runButton; }
    int rowCount() const;

    void retranslate();

private:
    QLabel* m_prompt;
    QPushButton* m_runButton;
    QTableWidget* m_table;
    QLabel* m_status;
    QString m_promptText;
};
