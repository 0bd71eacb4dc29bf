// Lesson 1, the corpus: pick or import a corpus, read its documents, and see its
// statistics, word frequencies, Zipf's law and a concordance. Every count comes
// from the engine (CorpusStatistics, Concordance) through jobs; the panel only
// shows them.
#pragma once

#include "LessonPanel.h"

#include <QPointer>

#include <memory>
#include <string>

namespace lengua {
struct Corpus;
struct CorpusStatistics;
}

class ConcordanceModel;
class CorpusImporter;
class DocumentListModel;
class FrequencyProxyModel;
class FrequencyTableModel;
class JobHandle;
class LessonBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;
class ZipfChart;

class CorpusPanel : public LessonPanel {
    Q_OBJECT
public:
    // At most this many concordance lines are listed (the total is always counted).
    static constexpr std::size_t maxConcordanceLines = 10000;

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
    QWidget* buildStatisticsTab();
    QWidget* buildFrequenciesTab();
    QWidget* buildZipfTab();
    QWidget* buildConcordanceTab();
    void rebuildCorpusCombo();
    void rebuildImportMenu();
    void showCurrentCorpus();
    void startStatistics();
    void showStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics);
    void showDocument(int row);
    void showConcordanceLine(int row);
    void updateNotice();
    void updateDocumentHeading();
    void updateFrequencyCount();
    void updateConcordanceCount();
    void applyFrequencyFilter();

    CorpusImporter& m_importer;
    std::shared_ptr<const lengua::Corpus> m_corpus;
    std::shared_ptr<const lengua::CorpusStatistics> m_statistics;
    QPointer<JobHandle> m_statisticsJob;
    QPointer<JobHandle> m_concordanceJob;
    QString m_lastImportNotice;
    QString m_concordanceQuery; // the query of the lines shown
    bool m_concordanceRunning = false;

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

    // Statistics
    QWidget* m_statisticsTab = nullptr;
    QLabel* m_statisticsStatus = nullptr;
    QLabel* m_statisticNames[7] = {};
    QLabel* m_statisticValues[7] = {};
    QLabel* m_labelsHeading = nullptr;
    QTableWidget* m_labelsTable = nullptr;

    // Frequencies
    QWidget* m_frequenciesTab = nullptr;
    QLineEdit* m_frequencySearch = nullptr;
    QLabel* m_frequencyCount = nullptr;
    QPushButton* m_frequencyExport = nullptr;
    FrequencyTableModel* m_frequencyModel = nullptr;
    FrequencyProxyModel* m_frequencyProxy = nullptr;
    QTableView* m_frequencyView = nullptr;

    // Zipf
    QWidget* m_zipfTab = nullptr;
    ZipfChart* m_zipfChart = nullptr;
    QLabel* m_zipfHint = nullptr;
    QPushButton* m_zipfExport = nullptr;

    // Concordance
    QWidget* m_concordanceTab = nullptr;
    QLabel* m_queryLabel = nullptr;
    QLineEdit* m_queryEdit = nullptr;
    QLabel* m_contextLabel = nullptr;
    QSpinBox* m_contextSpin = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_concordanceCount = nullptr;
    QPushButton* m_concordanceExport = nullptr;
    ConcordanceModel* m_concordanceModel = nullptr;
    QTableView* m_concordanceView = nullptr;

    LessonBox* m_lessonBox = nullptr;
};
