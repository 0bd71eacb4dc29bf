// The N-grams panel (see NgramPanel.h): the training controls on the left, the four views
// in the middle, the lesson box on the right.
#include "NgramPanel.h"

#include "CorpusImporter.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/ngram/NextWordChart.h"
#include "panels/ngram/NextWordView.h"
#include "panels/ngram/NgramSettingsForm.h"
#include "panels/ngram/PerplexityTableView.h"
#include "panels/ngram/SentenceSamplesView.h"
#include "panels/ngram/SentenceScoreView.h"
#include "text/Corpus.h"
#include "tokenize/WordLevelTokenizer.h"
#include "widgets/LessonBox.h"
#include "widgets/ViewExporter.h"

#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

QString NgramPanel::lectureContext()
{
    return QStringLiteral("el señorial chalet se encontraba a la izquierda de la");
}

NgramPanel::NgramPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("ngramPanel"));
    m_form = new NgramSettingsForm(m_workspace, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(290);

    m_perplexity = new PerplexityTableView(this);
    m_nextWord = new NextWordView(this);
    m_nextWord->setContext(lectureContext());
    m_sentence = new SentenceScoreView(this);
    m_sentence->setSentence(QStringLiteral("el señorial chalet se encontraba a la izquierda de la escuela"));
    m_samples = new SentenceSamplesView(m_jobs, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ngramTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_perplexity, QString());
    m_tabs->addTab(m_nextWord, QString());
    m_tabs->addTab(m_sentence, QString());
    m_tabs->addTab(m_samples, QString());

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &NgramPanel::loadLectureExample);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ngramSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_lessonBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({300, 780, 290});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_form, &NgramSettingsForm::trainRequested, this, &NgramPanel::train);
    connect(m_form, &NgramSettingsForm::cancelRequested, this, &NgramPanel::cancelTraining);
    connect(m_form, &NgramSettingsForm::modelChanged, this, &NgramPanel::showModel);
    connect(m_perplexity->computeButton(), &QPushButton::clicked, this,
            &NgramPanel::computePerplexityTable);
    connect(&m_workspace, &Workspace::corpusAdded, this, [this] {
        if (m_examplePending)
            runLectureExample();
    });
    retranslate();
    showModel(m_form->currentModelId());
}

NgramPanel::~NgramPanel()
{
    for (JobHandle* job : {m_trainJob.data(), m_tableJob.data()})
        if (job)
            job->disconnect(this);
}

void NgramPanel::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_perplexity), tr("Train && perplexity"));
    m_tabs->setTabText(m_tabs->indexOf(m_nextWord), tr("Next word"));
    m_tabs->setTabText(m_tabs->indexOf(m_sentence), tr("Sentence probability"));
    m_tabs->setTabText(m_tabs->indexOf(m_samples), tr("Generate"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_perplexity),
                          tr("How well each order and smoothing predicts the held-out sentences"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_nextWord),
                          tr("The distribution of the next word after a context, with the counts "
                             "behind it"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_sentence),
                          tr("A sentence's probability as the chain rule, factor by factor"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_samples), tr("Sentences sampled word by word"));
    m_form->retranslate();
    m_perplexity->retranslate();
    m_nextWord->retranslate();
    m_sentence->retranslate();
    m_samples->retranslate();
    updateSummary();

    m_lessonBox->setTitle(tr("N-grams: the probability of a sentence, by counting"));
    m_lessonBox->setText(tr(
        "<p>A language model gives a sentence a probability with the <b>chain rule</b>:</p>"
        "<p align=\"center\" style=\"font-size:large\"><i>p</i>(<i>w</i><sub>1:<i>n</i></sub>) = "
        "<i>p</i>(<i>w</i><sub>1</sub>) <i>p</i>(<i>w</i><sub>2</sub> | <i>w</i><sub>1</sub>) ⋯ "
        "<i>p</i>(<i>w</i><sub><i>n</i></sub> | <i>w</i><sub>1:<i>n</i>−1</sub>)</p>"
        "<p>Language is too creative to have seen every long history. An n-gram forgets all but "
        "the last <i>n</i> − 1 words; a <b>trigram</b>:</p>"
        "<p align=\"center\" style=\"font-size:large\"><i>p</i>(<i>w</i><sub><i>n</i></sub> | "
        "<i>w</i><sub>1:<i>n</i>−1</sub>) ≈ <i>p</i>(<i>w</i><sub><i>n</i></sub> | "
        "<i>w</i><sub><i>n</i>−2</sub>, <i>w</i><sub><i>n</i>−1</sub>) = "
        "C(<i>w</i><sub><i>n</i>−2</sub> <i>w</i><sub><i>n</i>−1</sub> <i>w</i><sub><i>n</i></sub>) / "
        "C(<i>w</i><sub><i>n</i>−2</sub> <i>w</i><sub><i>n</i>−1</sub>)</p>"
        "<p>Counting alone (MLE) gives 0 to every n-gram the corpus lacks, and one 0 makes a "
        "whole sentence impossible: the held-out <b>perplexity</b> is infinite. "
        "<b>Smoothing</b> (add-k, interpolation, Kneser–Ney) moves a little probability to the "
        "unseen. Higher orders remember more, but without smoothing they overfit.</p>"
        "<p>Sentences are wrapped in &lt;s&gt; … &lt;/s&gt;; sampling draws word after word "
        "until &lt;/s&gt;.</p>"
        "<p>The example trains a trigram on the sample corpus and asks what follows "
        "“el señorial chalet se encontraba a la izquierda de la”.</p>"));
}

JobHandle* NgramPanel::train()
{
    if (m_trainJob && !m_trainJob->isFinished())
        return nullptr;
    const NgramTrainingRequest request = m_form->request();
    if (!request.corpus && !request.processedCorpus) {
        m_form->setStatus(tr("Load a corpus first (File ▸ Import, or the sample corpora)."), true);
        return nullptr;
    }
    try {
        request.settings.validate();
    } catch (const std::exception& error) {
        m_form->setStatus(QString::fromUtf8(error.what()).toHtmlEscaped(), true);
        return nullptr;
    }
    m_tabs->setCurrentWidget(m_perplexity);
    m_form->setRunning(true);
    m_form->setStatus(tr("Counting…"));
    m_trainJob = m_jobs.start(NgramTraining::title(request), NgramTraining::job(request));
    connect(m_trainJob, &JobHandle::progressChanged, this,
            [this](double fraction, const QString&) { m_form->setProgress(fraction, {}); });
    connect(m_trainJob, &JobHandle::succeeded, this, [this](const std::any& any) {
        const auto* result = std::any_cast<std::shared_ptr<const TrainedNgram>>(&any);
        if (!result || !*result)
            return;
        const std::string id = m_workspace.addModel((*result)->artefact);
        m_trained[id] = *result;
        const QLocale locale;
        m_form->setStatus(tr("Trained in %1 s: %2 sentences counted, %3 held out.")
                              .arg(locale.toString((*result)->seconds, 'f', 2),
                                   locale.toString(qulonglong((*result)->training->size())),
                                   locale.toString(qulonglong((*result)->heldOut->size()))));
        m_form->selectModel(QString::fromStdString(id));
        showModel(QString::fromStdString(id)); // again: now with the held-out sentences
        computePerplexityTable();
    });
    connect(m_trainJob, &JobHandle::cancelled, this,
            [this] { m_form->setStatus(tr("Training cancelled: nothing was added.")); });
    connect(m_trainJob, &JobHandle::failed, this, [this](const QString& error) {
        m_form->setStatus(tr("Training failed: %1").arg(error.toHtmlEscaped()), true);
    });
    connect(m_trainJob, &JobHandle::finished, this, [this] {
        m_form->setRunning(false);
    });
    return m_trainJob;
}

void NgramPanel::cancelTraining()
{
    if (m_trainJob)
        m_trainJob->cancel();
}

JobHandle* NgramPanel::computePerplexityTable()
{
    const auto trained = m_trained.find(m_currentId);
    if (trained == m_trained.end() || trained->second->heldOut->empty()) {
        m_perplexity->setStatus(tr("The table needs the sentences a model was trained on: train "
                                   "a model in this session."));
        return nullptr;
    }
    if (m_tableJob && !m_tableJob->isFinished()) {
        m_tableJob->disconnect(this);
        m_tableJob->cancel();
    }
    m_perplexity->clearCells();
    m_tableModelId = m_currentId;
    const std::shared_ptr<const TrainedNgram> source = trained->second;
    m_perplexity->setStatus(tr("Training and measuring 30 models…"));
    m_tableJob = m_jobs.start(tr("Perplexity table"),
                              NgramTraining::perplexityTableJob(source->training, source->heldOut,
                                                                source->model->settings()));
    connect(m_tableJob, &JobHandle::partialResult, this, [this](const std::any& partial) {
        m_perplexity->setCell(std::any_cast<const NgramPerplexityCell&>(partial));
    });
    connect(m_tableJob, &JobHandle::succeeded, this, [this, source](const std::any&) {
        m_perplexity->finish();
        const QLocale locale;
        m_perplexity->setStatus(
            tr("Measured on %1 held-out sentences (%2 tokens, </s> included); OOV rate %3 %. "
               "MLE is ∞ as soon as one held-out word or n-gram was never counted; smoothing keeps "
               "every model finite. Longer n-grams are seen fewer times, so higher orders need "
               "more smoothing. Stupid backoff gives scores, not probabilities: compare it with "
               "care. The best model is highlighted.")
                .arg(locale.toString(qulonglong(source->heldOutReport.sentences)),
                     locale.toString(qulonglong(source->heldOutReport.tokens)),
                     locale.toString(100.0 * source->heldOutReport.oovRate(), 'f', 2)));
    });
    connect(m_tableJob, &JobHandle::cancelled, this,
            [this] { m_perplexity->setStatus(tr("Table cancelled.")); });
    connect(m_tableJob, &JobHandle::failed, this, [this](const QString& error) {
        m_perplexity->setStatus(tr("The table could not be computed: %1").arg(error));
    });
    return m_tableJob;
}

void NgramPanel::showModel(const QString& id)
{
    m_currentId = id.toStdString();
    m_current = {};
    if (const auto trained = m_trained.find(m_currentId); trained != m_trained.end()) {
        m_current.model = trained->second->model;
        m_current.language = trained->second->language;
        m_current.lowercase = trained->second->lowercase;
    } else if (const LanguageModelArtefact* model = m_workspace.model(m_currentId)) {
        m_current.model = std::dynamic_pointer_cast<const lengua::NgramModel>(model->model);
        if (const auto corpus = m_workspace.corpus(model->sourceCorpusId))
            m_current.language = corpus->language;
        if (const auto* words = dynamic_cast<const lengua::WordLevelTokenizer*>(model->tokenizer.get()))
            m_current.lowercase = words->lowercase();
    }
    m_nextWord->setModel(m_current);
    m_sentence->setModel(m_current);
    m_samples->setModel(m_current);
    // The generate view shows sentences of the model it shows.
    if (m_current && m_tabs->currentWidget() == m_samples && !m_samples->isGenerating())
        m_samples->generate();
    if (m_tableModelId != m_currentId) {
        m_perplexity->clearCells();
        m_perplexity->setStatus({});
    }
    updateSummary();
}

void NgramPanel::updateSummary()
{
    if (!m_current) {
        m_perplexity->setSummary(tr("<p>No n-gram model yet. Choose a corpus, an order and a "
                                    "smoothing method on the left and press <b>Train</b>, or "
                                    "press the lesson's example button.</p>"));
        return;
    }
    const lengua::NgramModel& model = *m_current.model;
    const QLocale locale;
    QString html = QStringLiteral("<p><b>%1</b><br/>").arg(
        NgramTraining::orderName(model.settings().order) + QStringLiteral(", ")
        + NgramTraining::smoothingName(model.settings().smoothing));
    QStringList orders;
    for (int n = 1; n <= model.settings().order; ++n)
        orders << tr("%1: %2").arg(NgramTraining::orderName(n).toLower(),
                                   locale.toString(qulonglong(model.distinctNgrams(n))));
    html += tr("Vocabulary %1 words (&lt;unk&gt;, &lt;s&gt;, &lt;/s&gt; included); %2 training "
               "tokens; distinct n-grams: %3.")
                .arg(locale.toString(qulonglong(model.vocabulary().size())),
                     locale.toString(qulonglong(model.trainingTokens())), orders.join(QStringLiteral(", ")));
    if (const auto trained = m_trained.find(m_currentId);
        trained != m_trained.end() && !trained->second->heldOut->empty()) {
        const lengua::PerplexityReport& report = trained->second->heldOutReport;
        html += QStringLiteral("<br/>")
                + tr("Held-out perplexity <b>%1</b> (cross-entropy %2 bits per token), OOV rate %3 %.")
                      .arg(PerplexityTableView::perplexityText(report.perplexity),
                           locale.toString(report.crossEntropyBits, 'f', 2),
                           locale.toString(100.0 * report.oovRate(), 'f', 2));
    }
    if (!model.lambdas().empty()) {
        QStringList lambdas;
        for (std::size_t i = 0; i < model.lambdas().size(); ++i)
            lambdas << QStringLiteral("λ<sub>%1</sub> = %2").arg(i + 1).arg(locale.toString(model.lambdas()[i], 'f', 3));
        html += QStringLiteral("<br/>") + tr("Interpolation weights: %1")
                                              .arg(lambdas.join(QStringLiteral(", ")));
    }
    m_perplexity->setSummary(html + QStringLiteral("</p>"));
}

void NgramPanel::loadLectureExample()
{
    m_form->setOrder(3);
    m_form->setSmoothing(lengua::NgramSmoothing::KneserNey);
    m_form->setMinCount(1);
    m_nextWord->setContext(lectureContext());
    m_tabs->setCurrentWidget(m_nextWord);
    if (m_workspace.corpora().empty()) {
        m_examplePending = true;
        if (m_importer)
            m_importer->loadEmbeddedSample();
        return;
    }
    runLectureExample();
}

void NgramPanel::runLectureExample()
{
    m_examplePending = false;
    if (m_trainJob && !m_trainJob->isFinished())
        return;
    // The sample corpus when it is loaded (it has the lecture's chalet sentences).
    std::string corpusId = m_workspace.corpora().front()->id;
    for (const auto& corpus : m_workspace.corpora())
        if (corpus->format == "sample") {
            corpusId = corpus->id;
            break;
        }
    m_form->selectCorpus(QString::fromStdString(corpusId));
    const QTabWidget* tabs = m_tabs;
    QWidget* shown = tabs->currentWidget();
    train();
    m_tabs->setCurrentWidget(shown); // train() shows the table; the example shows its view
}

bool NgramPanel::showView(const QString& view)
{
    QWidget* page = nullptr;
    if (view.isEmpty() || view == QLatin1String("train"))
        page = m_perplexity;
    else if (view == QLatin1String("next"))
        page = m_nextWord;
    else if (view == QLatin1String("sentence"))
        page = m_sentence;
    else if (view == QLatin1String("generate"))
        page = m_samples;
    else if (view == QLatin1String("example")) {
        loadLectureExample();
        return true;
    } else {
        return false;
    }
    // A scripted view of a workspace without an n-gram model shows the lecture's trigram.
    if (!m_current && !(m_trainJob && !m_trainJob->isFinished()) && !m_examplePending)
        loadLectureExample();
    m_tabs->setCurrentWidget(page);
    if (page == m_samples && m_current && m_samples->table()->rowCount() == 0
        && !m_samples->isGenerating())
        m_samples->generate();
    return true;
}

void NgramPanel::exportCurrentView()
{
    QWidget* page = m_tabs->currentWidget();
    if (page == m_perplexity)
        ViewExporter::exportTableWithDialog(m_perplexity->exportModel().get(), this);
    else if (page == m_nextWord)
        ViewExporter::exportPictureWithDialog(m_nextWord->chart(), this);
    else if (page == m_sentence)
        ViewExporter::exportTableWithDialog(m_sentence->table()->model(), this);
    else
        ViewExporter::exportTableWithDialog(m_samples->table()->model(), this);
}
