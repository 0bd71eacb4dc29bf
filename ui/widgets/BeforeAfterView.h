// The before/after view of one document through the preprocessing pipeline: the
// text before (removed or changed spans in red, struck out) and after (inserted or
// changed text in green), for the whole pipeline or for one chosen step. It draws
// the engine's Pipeline::trace; the only work done here is carrying each step's
// edits back to the input so the whole pipeline can be shown at once.
#pragma once

#include "text/StepTrace.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QTextEdit;

class BeforeAfterView : public QWidget {
    Q_OBJECT
public:
    // Which bytes to mark: removed (or replaced) bytes of the text before, and
    // inserted (or replacement) bytes of the text after.
    struct Marks {
        std::vector<bool> removed;  // one per byte of the text before
        std::vector<bool> inserted; // one per byte of the text after
        bool consistent = true;     // false: a step's edits did not rebuild its text
    };
    // Applies the edits of steps[from + 1 .. to] to steps[from].text, following each
    // byte; every byte of steps[to].text that comes from an edit is inserted, every
    // byte of steps[from].text that does not survive is removed.
    static Marks marks(const std::vector<lengua::StepTrace>& steps, std::size_t from,
                       std::size_t to);

    explicit BeforeAfterView(QWidget* parent = nullptr);

    // The trace of one document ("input" first); the chosen step is kept when it is
    // still there. An empty trace clears the view and shows message instead.
    void setTrace(std::vector<lengua::StepTrace> trace);
    void setMessage(const QString& message);
    const std::vector<lengua::StepTrace>& trace() const { return m_trace; }

    // 0: the whole pipeline (input -> result); k >= 1: the k-th step of the trace.
    void setStep(int index);
    int step() const;
    // Selects the step by its engine name ("spell"); false when it did not run.
    bool setStepByName(const std::string& name);
    // The step to select when the next trace arrives (the lecture's example shows
    // spelling first); empty: keep the current choice.
    void setPreferredStep(const std::string& name) { m_preferredStep = name; }

    QString beforeText() const;
    QString afterText() const;
    QComboBox* stepCombo() const { return m_stepCombo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildStepCombo();
    void render();
    void retranslate();
    void applyReadingFont();

    std::vector<lengua::StepTrace> m_trace;
    QString m_message;
    std::string m_preferredStep;
    QLabel* m_stepLabel = nullptr;
    QComboBox* m_stepCombo = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_beforeTitle = nullptr;
    QLabel* m_afterTitle = nullptr;
    QTextEdit* m_before = nullptr;
    QTextEdit* m_after = nullptr;
    QLabel* m_summary = nullptr;
    bool m_applyingFont = false;
};
