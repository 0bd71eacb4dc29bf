// The frame of the corpus-driven run forms; see CorpusRunForm.h.
#include "CorpusRunForm.h"

#include "CorpusSourceCombo.h"
#include "FormLabel.h"
#include "RunControls.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CorpusRunForm CorpusRunForm::create(QWidget* owner, CorpusSourceCombo* corpus, const char* runName,
                                    const char* cancelName, const std::function<void()>& corpusChanged)
{
    CorpusRunForm parts;
    parts.run = new RunControls(owner);
    RunControls* run = parts.run;
    run->runButton()->setObjectName(QLatin1String(runName));
    run->runButton()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    run->cancelButton()->setObjectName(QLatin1String(cancelName));

    parts.title = new QLabel(owner);
    QFont bold = parts.title->font();
    bold.setBold(true);
    parts.title->setFont(bold);
    parts.form = new QFormLayout;
    parts.form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    parts.form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    parts.form->addRow(new QLabel(owner), corpus);
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(parts.title);
    layout->addLayout(parts.form);
    layout->addWidget(run);
    layout->addStretch(1);

    QObject::connect(corpus, &QComboBox::currentIndexChanged, owner, corpusChanged);
    QObject::connect(corpus, &CorpusSourceCombo::sourcesChanged, owner, [corpus, run, corpusChanged] {
        run->setCanRun(corpus->count() > 0);
        corpusChanged();
    });
    run->setCanRun(corpus->count() > 0);
    return parts;
}

void CorpusRunForm::setTexts(CorpusSourceCombo* corpus, const QString& titleText,
                             const QString& corpusLabel, const QString& corpusTip,
                             const QString& runText, const QString& runTip) const
{
    title->setText(titleText);
    FormLabel::set(form, corpus, corpusLabel, corpusTip);
    run->runButton()->setText(runText);
    run->runButton()->setToolTip(runTip);
    run->retranslate();
    corpus->retranslate();
}
