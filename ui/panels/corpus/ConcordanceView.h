// The Concordance tab of the Corpus panel: every occurrence of a word or phrase in
// its context (keyword in context), searched as a job, exportable as CSV. A
// double-clicked line asks the panel to show it in its document. Its texts belong
// to the CorpusPanel translation context.
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace lengua {
struct Corpus;
}

class ConcordanceModel;
class JobHandle;
class JobRunner;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

class ConcordanceView : public QWidget {
    Q_OBJECT
public:
    // At most this many lines are listed (the total is always counted).
    static constexpr std::size_t maxLines = 10000;

    explicit ConcordanceView(JobRunner& jobs, QWidget* parent = nullptr);

    // The corpus searched; a new one stops the search under way and clears the lines.
    void setCorpus(std::shared_ptr<const lengua::Corpus> corpus);
    // Runs the concordance for the query box's text (as the Search button does).
    void search();
    const QAbstractItemModel* model() const;
    void retranslate();

signals:
    // A line was activated: its keyword is [start, start + length) in the UTF-16 text
    // of the document documentIndex.
    void occurrenceActivated(int documentIndex, int start, int length);

private:
    void activateLine(int row);
    void updateCount();

    JobRunner& m_jobs;
    std::shared_ptr<const lengua::Corpus> m_corpus;
    QPointer<JobHandle> m_job;
    QString m_query; // the query of the lines shown
    bool m_running = false;

    QLabel* m_queryLabel = nullptr;
    QLineEdit* m_queryEdit = nullptr;
    QLabel* m_contextLabel = nullptr;
    QSpinBox* m_contextSpin = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    ConcordanceModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};
