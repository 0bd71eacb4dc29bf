// Lesson 2, preprocessing: the pipeline's steps as a checklist, a before/after view
// of one document with every change highlighted, the vocabulary size after each
// step, and the spelling corrections. "Process" runs the engine's Pipeline on the
// whole corpus as a job and saves the result in the workspace as a named processed
// corpus, which later panels pick from. The panel only shows what the engine did.
#pragma once

#include "LessonPanel.h"

#include "text/PipelineSettings.h"

#include <QPointer>

#include <memory>
#include <string>
#include <vector>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}

class BeforeAfterView;
class CompareView;
class CorpusImporter;
class CorrectionsTableModel;
class CorrectionsView;
class JobHandle;
class LessonBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class StepChecklist;
class VocabularyChart;
class VocabularyView;

class PreprocessingPanel : public LessonPanel {
    Q_OBJECT
public:
    PreprocessingPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter& importer,
                       QWidget* parent = nullptr);

    // The chart (PNG/SVG) on the vocabulary tab, the table (CSV) on the corrections
    // tab, the before/after texts (PNG/SVG) on the compare tab.
    void exportCurrentView() override;
    // "compare" (also "steps"), "vocabulary" or "corrections". The vocabulary and
    // corrections views load the lecture's example when nothing was processed yet,
    // so that a scripted screenshot shows a picture rather than an empty frame.
    bool showView(const QString& view) override;
    // Loads the embedded sample if needed, turns every step on (accent stripping
    // aside: it would undo the accents that spelling restores), shows the
    // document "lecture-07" and processes the sample unless that was done already.
    void loadLectureExample() override;

    // The settings handed to the engine: the checklist, the language, the
    // workspace's stop-word list for the language (empty: the default one) and the
    // dictionary folder.
    lengua::PipelineSettings currentSettings() const;
    void setSettings(const lengua::PipelineSettings& settings);

    std::shared_ptr<const lengua::Corpus> currentCorpus() const { return m_corpus; }
    void selectCorpus(const QString& id);
    // "es" or "en": the language chosen, or the one detected for "auto" (empty
    // while it is being detected).
    QString effectiveLanguage() const;

    // The document of the before/after view (0-based); false when out of range.
    bool showDocument(int index);
    bool showDocumentById(const QString& id);
    int currentDocument() const;
    // True while the before/after view waits for its trace.
    bool isTracing() const;

    // Runs the pipeline on the whole corpus; nullptr when there is no corpus or a
    // run is going on. The result is added to the workspace when the job succeeds.
    JobHandle* process();
    JobHandle* processJob() const;
    QString processedName() const;
    void setProcessedName(const QString& name);
    // The processed corpus shown in the chart and the corrections table.
    std::shared_ptr<const lengua::ProcessedCorpus> currentResult() const { return m_result; }
    void selectResult(const QString& id);

    // Where the Hunspell dictionaries are looked for (empty: the system's folder);
    // steps whose dictionary is missing are disabled.
    void setDictionaryDirectory(const QString& directory);

    StepChecklist* checklist() const { return m_checklist; }
    BeforeAfterView* compareView() const;
    VocabularyChart* vocabularyChart() const;
    CorrectionsTableModel* correctionsModel() const;

protected:
    void retranslate() override;

private:
    void buildUi();
    void rebuildCorpusCombo();
    void rebuildResultCombo();
    void showCurrentCorpus();
    void showCurrentResult();
    void startLanguageDetection();
    void updateLanguageLabel();
    void updateDefaultName();
    QString defaultName(const QString& corpusName, const QString& language) const;
    void updateResources();
    void updateProcessControls();
    void editStopWords();
    void settingsChanged();
    QString stopWordSettingKey(const QString& language) const;
    QString languageName(const QString& code) const;

    CorpusImporter& m_importer;
    std::shared_ptr<const lengua::Corpus> m_corpus;
    std::shared_ptr<const lengua::ProcessedCorpus> m_result;
    QString m_detectedLanguage;
    QString m_dictionaryDirectory;
    QString m_processError;
    bool m_nameEdited = false;
    // Show the lecture's example as soon as the sample corpus is in the workspace.
    bool m_exampleWanted = false;
    QPointer<JobHandle> m_processJob;
    QString m_processNote;        // "cancelled, nothing saved"

    // Top bar
    QLabel* m_corpusLabel = nullptr;
    QComboBox* m_corpusCombo = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLabel* m_detectedLabel = nullptr;

    // Left column: the steps and the Process button
    QScrollArea* m_stepsScroll = nullptr;
    StepChecklist* m_checklist = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QPushButton* m_processButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_processStatus = nullptr;

    QSplitter* m_mainSplitter = nullptr;
    QTabWidget* m_tabs = nullptr;

    // The tabs
    CompareView* m_compareView = nullptr;
    VocabularyView* m_vocabularyView = nullptr;
    CorrectionsView* m_correctionsView = nullptr;

    // Results (vocabulary and corrections)
    QLabel* m_resultLabel = nullptr;
    QComboBox* m_resultCombo = nullptr;

    LessonBox* m_lessonBox = nullptr;
};
