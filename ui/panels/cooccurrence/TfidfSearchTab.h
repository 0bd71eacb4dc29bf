// The "tfidf" view of the Co-occurrence & TF-IDF lesson: a search box ranking the documents
// by TF-IDF cosine and by BM25 side by side, the top TF-IDF terms of the selected document,
// and the lecture's formulas (tf = log10(1 + count), idf = log10(N / df)) filled in for a
// chosen word in that document.
#pragma once

#include "CooccurrenceComputation.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class JobHandle;
class JobRunner;
class LatestJob;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class TfidfSearchTab : public QWidget {
    Q_OBJECT
public:
    TfidfSearchTab(JobRunner& jobs, QWidget* parent = nullptr);

    void setData(std::shared_ptr<const CooccurrenceData> data);
    // Ranks the documents for the query (a job); returns it (null without data or query).
    JobHandle* search(const QString& query);
    JobHandle* pendingJob() const;
    const SearchResult& result() const { return m_result; }

    // The document whose top terms and formulas are shown (a column of the matrix).
    void selectDocument(std::size_t document);
    std::size_t selectedDocument() const { return m_document; }
    void setFormulaWord(const QString& word);

    QTableWidget* tfidfTable() const { return m_tfidfHits; }
    QTableWidget* bm25Table() const { return m_bm25Hits; }
    QTableWidget* topTermsTable() const { return m_topTerms; }
    QString formulaText() const;

    void exportPicture();
    void exportTable();
    void retranslate();

private:
    void showResult(SearchResult result);
    void showTopTerms();
    void showFormula();

    std::shared_ptr<const CooccurrenceData> m_data;
    SearchResult m_result;
    LatestJob* m_latest = nullptr;
    QString m_error;
    std::size_t m_document = 0;

    QLabel* m_queryLabel = nullptr;
    QLineEdit* m_query = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_tfidfTitle = nullptr;
    QTableWidget* m_tfidfHits = nullptr;
    QLabel* m_bm25Title = nullptr;
    QTableWidget* m_bm25Hits = nullptr;
    QLabel* m_termsTitle = nullptr;
    QTableWidget* m_topTerms = nullptr;
    QLabel* m_wordLabel = nullptr;
    QLineEdit* m_word = nullptr;
    QLabel* m_formula = nullptr;
    QPushButton* m_pictureButton = nullptr;
    QPushButton* m_csvButton = nullptr;
};
