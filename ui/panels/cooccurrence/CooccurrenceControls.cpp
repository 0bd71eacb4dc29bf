// The Co-occurrence & TF-IDF lesson's controls; see CooccurrenceControls.h.
#include "CooccurrenceControls.h"

#include "Workspace.h"
#include "widgets/CorpusRunForm.h"
#include "widgets/CorpusSourceCombo.h"
#include "widgets/RunControls.h"
#include "widgets/FormLabel.h"
#include "text/ProcessedCorpus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

CooccurrenceControls::CooccurrenceControls(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("cooccurrenceControls"));
    m_corpusCombo = new CorpusSourceCombo(workspace, this);
    m_corpusCombo->setObjectName(QStringLiteral("cooccurrenceCorpus"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("cooccurrenceKind"));
    m_kind->addItem(QString(), int(CooccurrenceKind::WordWord));
    m_kind->addItem(QString(), int(CooccurrenceKind::TermDocument));
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("cooccurrenceWindow"));
    m_window->setRange(1, 10);
    m_window->setValue(4);
    m_distance = new QCheckBox(this);
    m_distance->setObjectName(QStringLiteral("cooccurrenceDistance"));
    m_weighting = new QComboBox(this);
    m_weighting->setObjectName(QStringLiteral("cooccurrenceWeighting"));
    for (const auto weighting : {CooccurrenceWeighting::Counts, CooccurrenceWeighting::Ppmi,
                                 CooccurrenceWeighting::PpmiSmoothed, CooccurrenceWeighting::Tfidf})
        m_weighting->addItem(QString(), int(weighting));
    m_weighting->setCurrentIndex(0);
    m_minCount = new QSpinBox(this);
    m_minCount->setObjectName(QStringLiteral("cooccurrenceMinCount"));
    m_minCount->setRange(1, 1000);
    m_minCount->setValue(1);
    m_stopWords = new QCheckBox(this);
    m_stopWords->setObjectName(QStringLiteral("cooccurrenceStopWords"));
    m_stopWords->setChecked(true);

    const CorpusRunForm frame = CorpusRunForm::create(this, m_corpusCombo, "cooccurrenceCount",
                                                      "cooccurrenceCancel", [this] { updateRows(); });
    m_title = frame.title;
    m_form = frame.form;
    m_run = frame.run;
    connect(m_run, &RunControls::runRequested, this, &CooccurrenceControls::countRequested);
    connect(m_run, &RunControls::cancelRequested, this, &CooccurrenceControls::cancelRequested);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CooccurrenceControls::updateRows);
    m_form->addRow(new QLabel(this), m_kind);
    m_form->addRow(new QLabel(this), m_window);
    m_form->addRow(m_distance);
    m_form->addRow(new QLabel(this), m_weighting);
    m_form->addRow(new QLabel(this), m_minCount);
    m_form->addRow(m_stopWords);
    retranslate();
}

void CooccurrenceControls::retranslate()
{
    const CorpusRunForm frame{m_title, m_form, m_run};
    frame.setTexts(m_corpusCombo, tr("What to count"), tr("&Corpus:"),
                   tr("The text to count: a processed corpus as it is, or a raw corpus cleaned, split "
                      "into lower-case words"),
                   tr("C&ount"), tr("Counts the matrix of the corpus (Ctrl+Enter)"));
    auto label = [this](QWidget* field, const QString& text, const QString& tip) {
        FormLabel::set(m_form, field, text, tip);
    };
    label(m_kind, tr("&Matrix:"),
          tr("Word × word: how often two words appear near each other. Word × document: how "
             "often each word appears in each document"));
    m_kind->setItemText(0, CooccurrenceComputation::kindName(CooccurrenceKind::WordWord));
    m_kind->setItemText(1, CooccurrenceComputation::kindName(CooccurrenceKind::TermDocument));
    label(m_window, tr("&Window:"),
          tr("Words counted on each side of a word (the lecture uses 4 to 10)"));
    m_window->setSuffix(tr(" words each side"));
    m_distance->setText(tr("Weight by &distance (1/d)"));
    m_distance->setToolTip(tr("A neighbour d words away adds 1/d instead of 1"));
    label(m_weighting, tr("W&eighting:"),
          tr("Counts as they are; PPMI: how much more often two words meet than by chance; "
             "TF-IDF: counts flattened by a log and weighted by how rare the word is"));
    for (int i = 0; i < m_weighting->count(); ++i)
        m_weighting->setItemText(i, CooccurrenceComputation::weightingName(
                                        CooccurrenceWeighting(m_weighting->itemData(i).toInt())));
    label(m_minCount, tr("M&in. count:"), tr("Words seen fewer times are left out"));
    m_stopWords->setText(tr("Leave out &stop words"));
    m_stopWords->setToolTip(tr("Function words (de, la, the, of…) co-occur with everything; a "
                               "processed corpus keeps its own choice"));
    updateRows();
}

void CooccurrenceControls::updateRows()
{
    const bool window = CooccurrenceKind(m_kind->currentData().toInt()) == CooccurrenceKind::WordWord;
    m_form->setRowVisible(m_window, window);
    m_form->setRowVisible(m_distance, window);
    m_stopWords->setEnabled(m_corpusCombo->rawCorpusSelected());
}

bool CooccurrenceControls::selectCorpus(const QString& id)
{
    return m_corpusCombo->selectCorpus(id);
}

bool CooccurrenceControls::hasCorpus() const
{
    return m_corpusCombo->currentIndex() >= 0;
}

void CooccurrenceControls::setKind(CooccurrenceKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void CooccurrenceControls::setWindow(int window)
{
    m_window->setValue(window);
}

void CooccurrenceControls::setDistanceWeighting(bool on)
{
    m_distance->setChecked(on);
}

void CooccurrenceControls::setWeighting(CooccurrenceWeighting weighting)
{
    m_weighting->setCurrentIndex(m_weighting->findData(int(weighting)));
}

void CooccurrenceControls::setMinCount(int minCount)
{
    m_minCount->setValue(minCount);
}

void CooccurrenceControls::setDropStopWords(bool on)
{
    m_stopWords->setChecked(on);
}

CooccurrenceRequest CooccurrenceControls::request() const
{
    CooccurrenceRequest request;
    if ((request.corpus = m_corpusCombo->selectedCorpus()))
        request.corpusName = request.corpus->name;
    else if ((request.processedCorpus = m_corpusCombo->selectedProcessedCorpus()))
        request.corpusName = request.processedCorpus->name;
    request.kind = CooccurrenceKind(m_kind->currentData().toInt());
    request.settings.window = m_window->value();
    request.settings.distanceWeighting = m_distance->isChecked();
    request.settings.minCount = std::size_t(m_minCount->value());
    request.weighting = CooccurrenceWeighting(m_weighting->currentData().toInt());
    request.dropStopWords = m_stopWords->isChecked();
    return request;
}

void CooccurrenceControls::setRunning(bool running)
{
    m_run->setRunning(running);
}

void CooccurrenceControls::setProgress(double fraction, const QString& message)
{
    m_run->setProgress(fraction, message);
}

void CooccurrenceControls::setStatus(const QString& text, bool problem)
{
    m_run->setStatus(text, problem);
}

QString CooccurrenceControls::statusText() const
{
    return m_run->statusText();
}

QPushButton* CooccurrenceControls::countButton() const
{
    return m_run->runButton();
}
