// Lesson: N-grams: the chain rule, counts to probabilities, smoothing, perplexity and sampled sentences. Views: "train", "next", "sentence", "generate".
#pragma once

#include "LessonPanel.h"
#include "NgramTraining.h"
#include "panels/ngram/NgramModelRef.h"

#include <QPointer>

#include <map>
#include <memory>
#include <string>

class CorpusImporter;
class JobHandle;
class LessonBox;
class NextWordView;
class NgramSettingsForm;
class PerplexityTableView;
class QTabWidget;
class SentenceSamplesView;
class SentenceScoreView;

class NgramPanel : public LessonPanel {
    Q_OBJECT
public:
    NgramPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer = nullptr,
              QWidget* parent = nullptr);
    ~NgramPanel() override;

    void exportCurrentView() override;
    void loadLectureExample() override;
    // "train", "next", "sentence", "generate"; "example" loads the lecture's example. The
    // model views train the lecture's trigram when the workspace has no n-gram model yet.
    bool showView(const QString& view) override;

    static QString lectureContext();

    // Trains with the form's settings; returns the job (nullptr when nothing could start).
    JobHandle* train();
    void cancelTraining();
    // The perplexity table for the shown model's sentences (nullptr when it has none).
    JobHandle* computePerplexityTable();
    JobHandle* trainingJob() const { return m_trainJob; }
    JobHandle* tableJob() const { return m_tableJob; }

    NgramSettingsForm* form() const { return m_form; }
    PerplexityTableView* perplexityView() const { return m_perplexity; }
    NextWordView* nextWordView() const { return m_nextWord; }
    SentenceScoreView* sentenceView() const { return m_sentence; }
    SentenceSamplesView* samplesView() const { return m_samples; }
    // The model the views show (null when none).
    const NgramModelRef& currentModel() const { return m_current; }

protected:
    void retranslate() override;

private:
    void showModel(const QString& id);
    void updateSummary();
    void runLectureExample();

    CorpusImporter* m_importer;
    NgramSettingsForm* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    PerplexityTableView* m_perplexity = nullptr;
    NextWordView* m_nextWord = nullptr;
    SentenceScoreView* m_sentence = nullptr;
    SentenceSamplesView* m_samples = nullptr;
    LessonBox* m_lessonBox = nullptr;

    QPointer<JobHandle> m_trainJob;
    QPointer<JobHandle> m_tableJob;
    // What this session trained, by workspace model id (held-out sentences, language).
    std::map<std::string, std::shared_ptr<const TrainedNgram>> m_trained;
    NgramModelRef m_current;
    std::string m_currentId;
    std::string m_tableModelId; // whose sentences the table shows
    bool m_examplePending = false;
};
