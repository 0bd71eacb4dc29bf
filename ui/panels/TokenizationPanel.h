// Lesson 3, tokenization: one text cut by several tokenizers side by side (coloured
// chips with ids), training word, character, BPE and WordPiece tokenizers as jobs, the
// vocabulary table, the merge replay (tokens built up from bytes or characters, merge by
// merge) and statistics on held-out documents. The engine tokenizes and counts; the
// panel only shows.
#pragma once

#include "LessonPanel.h"
#include "TokenizerTraining.h"
#include "tokenize/TokenizerStatistics.h"

#include <QPointer>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace lengua {
class MergeReplay;
class Tokenizer;
}

class CorpusImporter;
class JobHandle;
class LessonBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class TokenStrip;
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
    TokenizerComparisonView* comparisonView() const { return m_comparison; }
    VocabularyTableModel* vocabularyModel() const { return m_vocabularyModel; }
    TokenStrip* replayStrip() const { return m_replayStrip; }
    QSlider* replaySlider() const { return m_replaySlider; }
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
    struct Extras {
        std::vector<std::uint64_t> counts;                  // per id, in the training corpus
        std::vector<lengua::WordPieceMerge> wordPieceMerges; // for the WordPiece replay
    };

    bool interactive() const;
    void buildUi();
    QWidget* buildCompareTab();
    QWidget* buildTrainTab();
    QWidget* buildVocabularyTab();
    QWidget* buildReplayTab();
    QWidget* buildStatisticsTab();

    void rebuildCorpusCombo();
    void rebuildTokenizerLists();
    void refreshComparison();
    void startBuiltinTraining(const QString& cacheKey, TokenizerTrainingRequest request);
    QString builtinCacheKey(const QString& key) const;
    const Extras* extrasFor(const QString& key) const;
    QString nameFor(const QString& key) const;
    void updateReplay();
    void updateReplayStep();
    void togglePlay();
    void updateVocabularyCount();
    void updateTrainingForm();
    void showStatistics();
    void importWithDialog(bool folder);
    void exportWithDialog();
    void removeSelectedTokenizer();
    void runLectureExample();
    void finishLectureExample();
    TokenizerTrainingRequest requestFor(TokenizerTrainingRequest::Method method) const;

    CorpusImporter* m_importer = nullptr;
    mutable std::map<std::string, Extras> m_extras; // by workspace tokenizer id or built-in cache key
    std::map<QString, std::shared_ptr<const lengua::Tokenizer>> m_builtins; // by cache key
    std::set<QString> m_builtinsTraining;
    std::shared_ptr<const lengua::Tokenizer> m_bytes; // 256 byte tokens, no merges
    QPointer<JobHandle> m_trainingJob;
    QPointer<JobHandle> m_statisticsJob;
    std::vector<std::pair<QString, lengua::TokenizerStatistics>> m_statistics;
    QString m_statisticsCorpus;
    std::shared_ptr<lengua::MergeReplay> m_replay;
    QString m_replayKey;
    bool m_examplePending = false;   // waiting for a corpus
    std::vector<QPointer<JobHandle>> m_exampleJobs;
    QString m_exampleWordPiece, m_exampleBpe;

    // Top
    QLabel* m_corpusLabel = nullptr;
    QComboBox* m_corpusCombo = nullptr;
    QLabel* m_textLabel = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QPushButton* m_sampleButton = nullptr;
    QPushButton* m_resetTextButton = nullptr;
    QTabWidget* m_tabs = nullptr;

    // Compare
    QWidget* m_compareTab = nullptr;
    TokenizerComparisonView* m_comparison = nullptr;
    QLabel* m_compareHint = nullptr;

    // Train
    QWidget* m_trainTab = nullptr;
    QLabel* m_formTitle = nullptr;
    QLabel* m_methodLabel = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QSpinBox* m_sizeSpin = nullptr;
    QLabel* m_minimumLabel = nullptr;
    QSpinBox* m_minimumSpin = nullptr;
    QLabel* m_specialLabel = nullptr;
    QLineEdit* m_specialEdit = nullptr;
    QCheckBox* m_holdOutCheck = nullptr;
    QCheckBox* m_lowercaseCheck = nullptr;
    QLabel* m_trainingCorpusLabel = nullptr;
    QLabel* m_trainingCorpusValue = nullptr;
    QPushButton* m_trainButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_trainingProgress = nullptr;
    QLabel* m_trainingStatus = nullptr;
    QLabel* m_listTitle = nullptr;
    QTreeWidget* m_tokenizerList = nullptr;
    QToolButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_removeButton = nullptr;

    // Vocabulary
    QWidget* m_vocabularyTab = nullptr;
    QComboBox* m_vocabularyCombo = nullptr;
    QLineEdit* m_vocabularySearch = nullptr;
    QLabel* m_vocabularyCount = nullptr;
    QPushButton* m_vocabularyExport = nullptr;
    VocabularyTableModel* m_vocabularyModel = nullptr;
    QSortFilterProxyModel* m_vocabularyProxy = nullptr;
    QTableView* m_vocabularyView = nullptr;

    // Replay
    QWidget* m_replayTab = nullptr;
    QComboBox* m_replayCombo = nullptr;
    QSlider* m_replaySlider = nullptr;
    QSpinBox* m_replaySpin = nullptr;
    QPushButton* m_playButton = nullptr;
    QLabel* m_mergeLabel = nullptr;
    QLabel* m_replayCount = nullptr;
    TokenStrip* m_replayStrip = nullptr;
    QLabel* m_replayHint = nullptr;
    QTimer* m_playTimer = nullptr;

    // Statistics
    QWidget* m_statisticsTab = nullptr;
    QLabel* m_statisticsHint = nullptr;
    QPushButton* m_statisticsButton = nullptr;
    QPushButton* m_statisticsExport = nullptr;
    QTableWidget* m_statisticsTable = nullptr;

    LessonBox* m_lessonBox = nullptr;
};
