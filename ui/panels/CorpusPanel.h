// Lesson 1, the corpus: pick or import a corpus, read its documents, and see its
// statistics, word frequencies, Zipf's law and a concordance. Every count comes
// from the engine (CorpusStatistics, Concordance) through jobs; the panel only
// shows them.
#pragma once

#include "LessonPanel.h"
#include "corpus/ConcordanceView.h"

#include <QPointer>

#include <memory>
#include <string>

namespace lengua {
struct Corpus;
struct CorpusStatistics;
}

class CorpusImporter;
class DocumentListModel;
class FrequencyView;
class JobHandle;
class LessonBox;
class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class StatisticsView;
class ZipfChart;

class CorpusPanel : public LessonPanel {
    Q_OBJECT
public:
    // At most this many concordance lines are listed (the total is always counted).
    static constexpr std::size_t maxConcordanceLines = ConcordanceView::maxLines;

    CorpusPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter& importer,
                QWidget* parent = nullptr);

    void exportCurrentView() override;
    // "statistics", "frequencies", "zipf" or "concordance".
    bool showView(const QString& view) override;
    void loadLectureExample() override;

    // The corpus shown, and its statistics once computed (nullptr before).
    std::shared_ptr<const lengua::Corpus> currentCorpus() const { return m_corpus; }
    std::shared_ptr<const lengua::CorpusStatistics> currentStatistics() const
    {
        return m_statistics;
    }
    void selectCorpus(const QString& id);
    // Runs the concordance for the query box's text (as the Search button does).
    void searchConcordance();

protected:
    void retranslate() override;

private:
    void buildUi();
    QWidget* buildZipfTab();
    void rebuildCorpusCombo();
    void rebuildImportMenu();
    void showCurrentCorpus();
    void startStatistics();
    void showStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics);
    void showDocument(int row);
    // Selects the document and the keyword of a concordance line.
    void showOccurrence(int documentIndex, int start, int length);
    void updateNotice();
    void updateDocumentHeading();

    CorpusImporter& m_importer;
    std::shared_ptr<const lengua::Corpus> m_corpus;
    std::shared_ptr<const lengua::CorpusStatistics> m_statistics;
    QPointer<JobHandle> m_statisticsJob;
    QString m_lastImportNotice;

    // Top bar
    QLabel* m_corpusLabel = nullptr;
    QComboBox* m_corpusCombo = nullptr;
    QToolButton* m_importButton = nullptr;
    QFrame* m_noticeFrame = nullptr;
    QLabel* m_noticeIcon = nullptr;
    QLabel* m_noticeLabel = nullptr;

    // Documents
    QSplitter* m_mainSplitter = nullptr;
    QLabel* m_documentsHeading = nullptr;
    DocumentListModel* m_documentModel = nullptr;
    QTableView* m_documentView = nullptr;
    QLabel* m_documentTitle = nullptr;
    QPlainTextEdit* m_documentText = nullptr;

    QTabWidget* m_tabs = nullptr;

    // The tabs
    StatisticsView* m_statisticsView = nullptr;
    FrequencyView* m_frequencyView = nullptr;
    ConcordanceView* m_concordanceView = nullptr;

    // Zipf
    QWidget* m_zipfTab = nullptr;
    ZipfChart* m_zipfChart = nullptr;
    QLabel* m_zipfHint = nullptr;
    QPushButton* m_zipfExport = nullptr;

    LessonBox* m_lessonBox = nullptr;
};
