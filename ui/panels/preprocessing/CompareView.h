// The "Before / after" tab of the Preprocessing panel: pick a document by number or
// id, and see it before and after each step, changes highlighted. The trace of one
// document runs off the UI thread a moment after the settings change, so a quick
// series of clicks makes one trace. Its texts belong to the PreprocessingPanel
// translation context.
#pragma once

#include "text/PipelineSettings.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace lengua {
struct Corpus;
}

class BeforeAfterView;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);

    // Where a trace gets its settings, read when it starts (the language resolved).
    void setSettingsSource(std::function<lengua::PipelineSettings()> settings);
    // The corpus and the document shown (0-based, -1 for none); no trace is started.
    void setCorpus(std::shared_ptr<const lengua::Corpus> corpus, int document);

    // The document shown (0-based); false when out of range.
    bool showDocument(int index);
    bool showDocumentById(const QString& id);
    int currentDocument() const { return m_document; }

    // Traces the document again after a short pause.
    void scheduleTrace();
    // True while the view waits for its trace.
    bool isTracing() const;

    BeforeAfterView* beforeAfterView() const { return m_compare; }
    void retranslate();

private:
    void updateDocumentControls();
    void startTrace();

    std::function<lengua::PipelineSettings()> m_settings;
    std::shared_ptr<const lengua::Corpus> m_corpus;
    int m_document = -1;
    int m_traceGeneration = 0; // results of older traces are dropped
    bool m_traceRunning = false;
    QTimer* m_traceTimer = nullptr;

    QLabel* m_documentLabel = nullptr;
    QSpinBox* m_documentSpin = nullptr;
    QLabel* m_documentCount = nullptr;
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    BeforeAfterView* m_compare = nullptr;
};
