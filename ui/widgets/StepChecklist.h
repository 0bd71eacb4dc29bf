// The preprocessing steps as a checklist in pipeline order, each with its options
// (the cleaning sub-steps, keeping punctuation, editing the stop-word list). It
// edits a lengua::PipelineSettings and knows nothing of what the steps do; a step
// whose resource is missing can be disabled with the reason as its tooltip.
#pragma once

#include "text/PipelineSettings.h"

#include <QMap>
#include <QString>
#include <QWidget>

#include <string>

class QCheckBox;
class QLabel;
class QPushButton;

class StepChecklist : public QWidget {
    Q_OBJECT
public:
    explicit StepChecklist(QWidget* parent = nullptr);

    // The steps and options shown (language, word lists and paths are not edited
    // here: they are copied from the last setSettings()).
    lengua::PipelineSettings settings() const;
    void setSettings(const lengua::PipelineSettings& settings);

    // A step that cannot run (no Hunspell dictionary): unchecked and disabled, with
    // the reason as its tooltip. available = true restores it.
    void setStepAvailable(const std::string& step, bool available, const QString& reason = {});
    bool isStepAvailable(const std::string& step) const;

    QCheckBox* stepBox(const std::string& step) const;
    QCheckBox* cleanOptionBox(const QString& option) const; // html, markdown, urls, emails, controls, symbols
    QCheckBox* keepPunctuationBox() const { return m_keepPunctuation; }
    QPushButton* editStopWordsButton() const { return m_editStopWords; }

    // What a person calls a step of the pipeline or of its summary: "input",
    // "clean", ..., "words", ..., "stem".
    static QString stepTitle(const std::string& step);
    static QString stepDescription(const std::string& step);

Q_SIGNALS:
    void settingsChanged();
    void editStopWordsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    QCheckBox* addBox(const QString& objectName);

    lengua::PipelineSettings m_base;
    QMap<QString, QCheckBox*> m_steps;        // by engine step name
    QMap<QString, QCheckBox*> m_cleanOptions; // by option name
    QMap<QString, QString> m_unavailable;     // step -> why
    QCheckBox* m_keepPunctuation = nullptr;
    QLabel* m_wordsLabel = nullptr;
    QPushButton* m_editStopWords = nullptr;
    QLabel* m_heading = nullptr;
    bool m_updating = false;
};
