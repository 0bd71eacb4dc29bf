// The Statistics tab of the Corpus panel: the sizes of the corpus (documents,
// sentences, tokens, types, characters, type/token ratio, encoding) and the
// documents per label. Its texts belong to the CorpusPanel translation context.
#pragma once

#include <QWidget>

namespace lengua {
struct Corpus;
struct CorpusStatistics;
}

class QLabel;
class QTableWidget;

class StatisticsView : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsView(QWidget* parent = nullptr);

    // Shows the statistics of the corpus; without statistics the values are dashes,
    // and the status line says what to do when there is no corpus either.
    void setStatistics(const lengua::Corpus* corpus, const lengua::CorpusStatistics* statistics);
    // The status line above the values ("Counting…"): setStatus only changes its
    // text, showStatus also shows it.
    void setStatus(const QString& text);
    void showStatus(const QString& text);
    // Re-sets the names and tooltips (the values follow at the next setStatistics).
    void retranslate();

private:
    enum Statistic { Documents, Sentences, Tokens, Types, Characters, TypeTokenRatio, Encoding,
                     StatisticCount };

    QLabel* m_status = nullptr;
    QLabel* m_names[StatisticCount] = {};
    QLabel* m_values[StatisticCount] = {};
    QLabel* m_labelsHeading = nullptr;
    QTableWidget* m_labelsTable = nullptr;
};
