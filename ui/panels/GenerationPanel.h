// Lesson: generation. Prompt, model picker, temperature / top-k / top-p, the live next-token
// distribution before and after truncation, step-by-step choice, generate N as a job, and
// the lecture's example (the same prompt under each strategy).
#pragma once

#include "LessonPanel.h"
#include "generate/NextTokenDistribution.h"
#include "generate/Sampler.h"
#include "jobs/JobHandle.h"
#include "panels/generation/GeneratedTextView.h"

#include <QElapsedTimer>
#include <QPointer>

#include <optional>
#include <string>
#include <vector>

namespace lengua {
struct NamedLanguageModel;
}

class CorpusImporter;
class LessonBox;
class NoModelPage;
class ProbabilityBars;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
class SamplingControls;
class StepsView;
class StrategyComparisonView;

class GenerationPanel : public LessonPanel {
    Q_OBJECT
public:
    GenerationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
          QWidget* parent = nullptr);
    ~GenerationPanel() override;

    void exportCurrentView() override;
    void loadLectureExample() override;
    // "distribution" (default), "compare", "steps"; "example" loads the lecture's example.
    // "distribution" and "steps" train the lecture's small model when there is none.
    bool showView(const QString& view) override;

    static QString lectureSentence();

    // The prompt; applied at once (the editor waits for a pause in typing).
    void setPrompt(const QString& text);
    void selectModel(const QString& id);
    // The tokens after the prompt (clicked, stepped, generated).
    const std::vector<AppendedToken>& appendedTokens() const { return m_appended; }
    // The distribution the bars show, or null while none is known.
    const lengua::NextTokenDistribution* distribution() const;
    // The prompt and the appended tokens as text.
    QString generatedText() const;
    bool isGenerating() const { return m_generateJob != nullptr; }
    // An n-gram model's sentence ended: the last token is </s> (nothing more to predict).
    bool sentenceEnded() const;

    // Step: samples one token with the current settings. Undo: drops the last token.
    void step();
    void undo();
    // Starts generating N tokens as a job (or cancels the running one).
    JobHandle* generate();
    JobHandle* compareStrategies();

protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitNotes();
    void buildUi();
    void rebuildModelCombo();
    void modelSelectionChanged();
    void preparePrompt();
    void requestLogits();
    void setLogits(std::size_t contextSize, std::vector<float> logits);
    void refreshDistribution();
    void refreshText();
    void refreshNotes();
    void updateLegend();
    void updateButtons();
    // Cancels a running generation and ignores whatever it still sends.
    void abandonGeneration();
    void appendToken(lengua::TokenId id, AppendedToken::Origin origin);
    void startLectureModel();
    std::vector<lengua::TokenId> contextIds() const;
    const lengua::NamedLanguageModel* currentModel() const;

    CorpusImporter* m_importer;

    // Controls and views
    QStackedWidget* m_pages = nullptr;    // empty state / work
    NoModelPage* m_emptyPage = nullptr;
    QLabel* m_modelLabel = nullptr;
    QComboBox* m_modelCombo = nullptr;
    QLabel* m_modelInfo = nullptr;
    SamplingControls* m_controls = nullptr;
    QLabel* m_promptLabel = nullptr;
    QPlainTextEdit* m_promptEdit = nullptr;
    QTimer* m_promptTimer = nullptr;
    QLabel* m_notes = nullptr;
    GeneratedTextView* m_text = nullptr;
    QLabel* m_legend = nullptr;
    QPushButton* m_stepButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_speed = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProbabilityBars* m_bars = nullptr;
    StrategyComparisonView* m_comparison = nullptr;
    StepsView* m_steps = nullptr;
    LessonBox* m_lessonBox = nullptr;

    // State
    std::string m_modelId;
    QString m_promptText;                       // as the ids were made from
    std::vector<lengua::TokenId> m_promptIds;   // encoded prompt (may be { <|endoftext|> })
    bool m_startedFromStartToken = false;
    std::size_t m_unknownTokens = 0;
    std::vector<AppendedToken> m_appended;
    // Logits of the next token for each context size already computed (index = size);
    // an empty vector is "not known". Old entries are dropped to bound the memory.
    std::vector<std::vector<float>> m_logitsBySize;
    std::optional<lengua::NextTokenDistribution> m_distribution;
    QString m_distributionError;
    lengua::Sampler m_sampler;
    QPointer<JobHandle> m_logitsJob;
    quint64 m_logitsRequest = 0;
    QPointer<JobHandle> m_generateJob;
    QPointer<JobHandle> m_compareJob;
    QElapsedTimer m_generateClock;
    std::size_t m_generatedInRun = 0;
    QTimer* m_textTimer = nullptr;              // coalesces text updates while streaming
    bool m_examplePending = false;
    bool m_lectureModelRequested = false;
    QString m_status;                           // last job message for the notes
};
