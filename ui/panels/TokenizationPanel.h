// Lesson 3, tokenization: one text cut by several tokenizers side by side (coloured
// chips with ids), training word, character, BPE and WordPiece tokenizers as jobs, the
// vocabulary table, the merge replay (tokens built up from bytes or characters, merge by
// merge) and statistics on held-out documents. The engine tokenizes and counts; the
// panel only shows. The panel holds the corpus, the text and the lecture's example; each
// tab is its own class (panels/tokenization/), and every tab's strings are translated in
// this class's context.
#pragma once

#include "LessonPanel.h"
#include "TokenizerTraining.h"

#include <QPointer>

#include <memory>
#include <vector>

namespace lengua {
class Tokenizer;
}

class CorpusImporter;
class JobHandle;
class LessonBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTabWidget;
class TokenStrip;
class TokenizationCompareTab;
class TokenizationReplayTab;
class TokenizationStatisticsTab;
class TokenizationTrainTab;
class TokenizationVocabularyTab;
class TokenizerCatalog;
class TokenizerComparisonView;
class VocabularyTableModel;

class TokenizationPanel : public LessonPanel {
    Q_OBJECT
public:
    // The lecture's sentence, the default text.
    static QString lectureSentence();

    // importer: used by the lecture example to load the sample corpus when the workspace
    // has none (may be null).
    TokenizationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
                      QWidget* parent = nullptr);
    ~TokenizationPanel() override;

    // "compare", "train", "vocabulary", "replay" or "statistics". A view that needs
    // tokenizers in a workspace that has none starts the lecture's example.
    bool showView(const QString& view) override;
    void exportCurrentView() override;
    // Trains a WordPiece and a BPE on the current corpus (the sample when there is none)
    // and shows them with words and characters on the lecture's sentence.
    void loadLectureExample() override;

    QString text() const;
    void setText(const QString& text);
    // "corpus:<id>" or "processed:<id>".
    void selectCorpus(const QString& key);
    // Replaces the text with a random document of the current corpus.
    void sampleFromCorpus();

    // The training form's request (training corpus = the current corpus).
    TokenizerTrainingRequest trainingRequest() const;
    // Starts training as a job; its result goes into the workspace when it succeeds.
    JobHandle* startTraining(TokenizerTrainingRequest request);
    // The Train button: startTraining(trainingRequest()).
    JobHandle* train();

    // A comparison key ("builtin:bytes", "builtin:chars", "builtin:words" or a workspace
    // tokenizer id) resolved; nullptr while a built-in is being trained.
    std::shared_ptr<const lengua::Tokenizer> tokenizerFor(const QString& key) const;
    TokenizerComparisonView* comparisonView() const;
    VocabularyTableModel* vocabularyModel() const;
    TokenStrip* replayStrip() const;
    QSlider* replaySlider() const;
    // Chooses the tokenizer of the vocabulary table / the merge replay (workspace id).
    void showVocabularyOf(const QString& key);
    void replayTokenizer(const QString& key);

    // Measures every tokenizer of the workspace (and the built-ins in use) on the held-out
    // documents of the current corpus.
    JobHandle* computeStatistics();
    // Loads a tokenizer file or folder as a job (errors are shown naming the file).
    JobHandle* importTokenizer(const QString& path);
    enum class FileFormat { TokenizerJson, VocabTxt, Gpt2Folder };
    // Writes a workspace tokenizer; returns an error message, empty on success.
    QString exportTokenizer(const QString& id, const QString& path, FileFormat format);

protected:
    void retranslate() override;

private:
    void buildUi();
    void rebuildCorpusCombo();
    void rebuildTokenizerLists();
    void refreshComparison();
    void updateTrainingForm();
    void runLectureExample();
    void finishLectureExample();

    CorpusImporter* m_importer = nullptr;
    TokenizerCatalog* m_catalog = nullptr;
    bool m_examplePending = false;   // waiting for a corpus
    std::vector<QPointer<JobHandle>> m_exampleJobs;
    QString m_exampleWordPiece, m_exampleBpe;

    QLabel* m_corpusLabel = nullptr;
    QComboBox* m_corpusCombo = nullptr;
    QLabel* m_textLabel = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QPushButton* m_sampleButton = nullptr;
    QPushButton* m_resetTextButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    TokenizationCompareTab* m_compareTab = nullptr;
    TokenizationReplayTab* m_replayTab = nullptr;
    TokenizationTrainTab* m_trainTab = nullptr;
    TokenizationVocabularyTab* m_vocabularyTab = nullptr;
    TokenizationStatisticsTab* m_statisticsTab = nullptr;
    LessonBox* m_lessonBox = nullptr;
};
