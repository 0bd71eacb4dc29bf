// The frame of a lesson's controls that run a job on a corpus (Co-occurrence, Embeddings):
// a bold title, a form whose first row picks the corpus (fields grow, long rows wrap on a
// narrow panel), the run row (its start button also on Ctrl+Enter) and a stretch, in a
// column without margins. The start button is enabled while there is a corpus to pick.
// The owner keeps the parts, adds its own rows to the form and sets the texts (setTexts).
#pragma once

#include <functional>

class CorpusSourceCombo;
class QFormLayout;
class QLabel;
class QString;
class QWidget;
class RunControls;

struct CorpusRunForm {
    QLabel* title = nullptr;
    QFormLayout* form = nullptr;
    RunControls* run = nullptr;

    // Lays out owner with corpus as the form's first row. runName, cancelName: the
    // buttons' object names. corpusChanged runs after the choice or the list of corpora
    // changed (to show or hide rows).
    static CorpusRunForm create(QWidget* owner, CorpusSourceCombo* corpus, const char* runName,
                                const char* cancelName, const std::function<void()>& corpusChanged);

    // The title, the corpus row's label and tooltip, and the start button's text and
    // tooltip; the run row and the corpus list in the current language.
    void setTexts(CorpusSourceCombo* corpus, const QString& titleText, const QString& corpusLabel,
                  const QString& corpusTip, const QString& runText, const QString& runTip) const;
};
