#include "GptPanel.h"

#include "CorpusImporter.h"
#include "GptTraining.h"
#include "TokenizerTraining.h"
#include "Workspace.h"
#include "gpt/GptModelsTab.h"
#include "gpt/GptSettingsForm.h"
#include "gpt/GptTrainTab.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "widgets/LessonBox.h"
#include "widgets/LossChart.h"
#include "widgets/ViewExporter.h"

#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Points are drawn in batches at this period: often enough to look live, rarely enough
// that a fast tiny model (hundreds of steps a second) never floods the UI thread.
constexpr int flushMilliseconds = 150;

} // namespace

GptPanel::GptPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    m_form = new GptSettingsForm(workspace, this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("gptSettingsScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(300);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_trainTab = new GptTrainTab(this);
    m_modelsTab = new GptModelsTab(workspace, jobs,
                                   [this] { return m_form->request().tokenizer.tokenizer
                                                ? QString::fromStdString(m_form->request().tokenizer.id)
                                                : QString(); },
                                   this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("gptTabs"));
    m_tabs->addTab(m_trainTab, QString());
    m_tabs->addTab(m_modelsTab, QString());

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &GptPanel::loadLectureExample);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("gptSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_lessonBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({330, 760, 290});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(flushMilliseconds);
    connect(m_flushTimer, &QTimer::timeout, this, &GptPanel::flushPoints);

    connect(m_form, &GptSettingsForm::trainRequested, this, [this] {
        m_tabs->setCurrentWidget(m_trainTab);
        train();
    });
    connect(m_form, &GptSettingsForm::cancelRequested, this, &GptPanel::stopTraining);
    connect(m_modelsTab, &GptModelsTab::modelSelected, this, [this](const QString& id) {
        if (m_job)
            return; // the live run keeps the chart
        if (const LanguageModelArtefact* model = m_workspace.model(id.toStdString()))
            m_trainTab->showHistory(QString::fromStdString(model->name), model->history);
    });
    connect(&m_workspace, &Workspace::corpusAdded, this, [this] {
        if (m_examplePending)
            runLectureExample();
    });
    retranslate();
}

void GptPanel::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_trainTab), tr("Train"));
    m_tabs->setTabText(m_tabs->indexOf(m_modelsTab), tr("Models"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_trainTab),
                          tr("Train a GPT and watch its loss go down"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_modelsTab),
                          tr("The workspace's models: rename, remove, import and export"));
    m_form->retranslate();
    m_trainTab->retranslate();
    m_modelsTab->retranslate();

    m_lessonBox->setTitle(tr("GPT: a transformer that predicts the next token"));
    m_lessonBox->setText(tr(
        "<p>GPT is <b>autoregressive</b>: it models a text as a chain of next-token "
        "predictions,</p>"
        "<p align=\"center\" style=\"font-size:large\"><i>p</i>(<i>w</i><sub>1:n</sub>) = "
        "∏<sub>k</sub> <i>p</i>(<i>w</i><sub>k</sub> | <i>w</i><sub>1:k−1</sub>)</p>"
        "<p>It is a transformer used only as a <b>decoder</b>: token and position embeddings, "
        "then <i>L</i> blocks of <b>causal self-attention</b> (each token looks only at itself "
        "and the tokens before it; the future is masked) and an MLP, then a softmax over the "
        "vocabulary.</p>"
        "<p><b>Training</b> maximises the likelihood, i.e. minimises the cross-entropy</p>"
        "<p align=\"center\" style=\"font-size:large\"><i>J</i> = −log <i>p</i>(<i>w</i><sub>1</sub>)"
        " − log <i>p</i>(<i>w</i><sub>2</sub>|<i>w</i><sub>1</sub>) − … − log "
        "<i>p</i>(<i>w</i><sub>n</sub>|<i>w</i><sub>1:n−1</sub>)</p>"
        "<p>with <b>teacher forcing</b>: every position of a window sees the <i>true</i> "
        "history and predicts its next token, all at once. Watch the <b>loss go down</b>: "
        "from about log <i>V</i> (guessing) to the corpus's own uncertainty; the "
        "<b>validation</b> loss, on text the model never trains on, tells learning from "
        "memorising. Perplexity = e<sup>loss</sup>.</p>"
        "<p>GPT-2 (medium): context 1,024 tokens, embeddings of 1,024, 24 layers. The lecture's "
        "example is tiny: 2 layers, 2 heads, 64 dimensions, a BPE of 1,000 tokens.</p>"));
    m_lessonBox->exampleButton()->setToolTip(
        tr("Train the lecture's tiny GPT (2 layers, 2 heads, 64 dims, 300 steps) on the first "
           "corpus, with a 1,000-token BPE"));
}

JobHandle* GptPanel::train()
{
    if (m_job && !m_job->isFinished())
        return nullptr;
    const QStringList problems = m_form->problems();
    if (!problems.isEmpty()) {
        m_trainTab->setBanner(tr("Nothing was started: %1").arg(problems.join(QLatin1Char(' '))),
                              true);
        return nullptr;
    }
    GptTrainingRequest request = m_form->request();
    request.stoppedBox = std::make_shared<StoppedGptBox>();
    m_pendingPoints.clear();
    m_trainTab->startRun(request.settings.steps);
    m_job = m_jobs.start(GptTraining::title(request), GptTraining::job(request));
    m_form->setRunning(true);
    m_flushTimer->start();

    JobHandle* job = m_job;
    connect(job, &JobHandle::partialResult, this, [this](const std::any& partial) {
        if (const auto* point = std::any_cast<lengua::TrainingPoint>(&partial))
            m_pendingPoints.push_back(*point);
        else if (const auto* sample = std::any_cast<GptTrainingSampleText>(&partial))
            m_trainTab->addSample(sample->step, QString::fromStdString(sample->prompt),
                                  QString::fromStdString(sample->text));
    });
    connect(job, &JobHandle::succeeded, this, [this](const std::any& result) {
        flushPoints();
        if (const auto* trained = std::any_cast<std::shared_ptr<const TrainedGpt>>(&result))
            finishRun(*trained);
    });
    connect(job, &JobHandle::cancelled, this, [this, box = request.stoppedBox] {
        // The points published before the stop were dropped with the job's late partials:
        // the stopped model's history has them all.
        m_pendingPoints.clear();
        if (const std::shared_ptr<const TrainedGpt> stopped = box->take()) {
            m_trainTab->showHistory(QString::fromStdString(stopped->model.name), stopped->model.history);
            finishRun(stopped);
        } else {
            m_trainTab->setBanner(tr("Training was stopped before its first step; no model was "
                                     "kept."), false);
        }
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        flushPoints();
        m_trainTab->setBanner(tr("Training failed: %1").arg(error), true);
    });
    connect(job, &JobHandle::finished, this, [this] {
        m_flushTimer->stop();
        m_form->setRunning(false);
    });
    return job;
}

void GptPanel::stopTraining()
{
    if (m_job)
        m_job->cancel();
}

void GptPanel::flushPoints()
{
    if (m_pendingPoints.empty())
        return;
    m_trainTab->addPoints(m_pendingPoints);
    m_pendingPoints.clear();
}

void GptPanel::finishRun(const std::shared_ptr<const TrainedGpt>& trained)
{
    if (!trained)
        return;
    const std::string id = m_workspace.addModel(trained->model);
    const QString name = QString::fromStdString(m_workspace.model(id)->name);
    const QLocale locale;
    if (trained->diverged) {
        m_trainTab->setBanner(QString::fromStdString(trained->note) + QLatin1Char(' ')
                                  + tr("It was added as %1. Try a lower learning rate or a longer "
                                       "warm-up.").arg(name),
                              true);
    } else if (trained->stopped) {
        m_trainTab->setBanner(tr("Stopped: the model was kept as %1 (%2).")
                                  .arg(name, QString::fromStdString(trained->note)),
                              false);
    } else {
        QString text = tr("Trained %1.").arg(name);
        if (trained->result.lastTrainLoss)
            text += QLatin1Char(' ') + tr("Final training loss %1.")
                                           .arg(locale.toString(double(*trained->result.lastTrainLoss), 'f', 3));
        if (trained->result.validationPerplexity)
            text += QLatin1Char(' ') + tr("Validation perplexity %1.")
                                           .arg(locale.toString(*trained->result.validationPerplexity, 'f', 1));
        m_trainTab->setBanner(text, false);
    }
    m_modelsTab->selectModel(QString::fromStdString(id));
}

void GptPanel::loadLectureExample()
{
    m_form->applyLecturePreset();
    if (m_workspace.corpora().empty()) {
        m_examplePending = true;
        // Wait for the first corpus (the sample that the main window loads, or ours).
        if (m_importer && m_jobs.runningCount() == 0)
            m_importer->loadEmbeddedSample();
        return;
    }
    runLectureExample();
}

void GptPanel::runLectureExample()
{
    m_examplePending = false;
    if ((m_job && !m_job->isFinished()) || (m_lectureJob && !m_lectureJob->isFinished()))
        return;
    const auto corpus = m_workspace.corpora().front();
    m_form->selectCorpus(QString::fromStdString(corpus->id));
    for (const TokenizerArtefact& tokenizer : m_workspace.tokenizers()) {
        if (tokenizer.tokenizer && tokenizer.tokenizer->kind() == "bpe") {
            m_form->selectTokenizer(QString::fromStdString(tokenizer.id));
            train();
            return;
        }
    }
    // No BPE yet: train the lecture's 1,000-token BPE first, then the GPT on it.
    TokenizerTrainingRequest request;
    request.method = TokenizerTrainingRequest::Method::Bpe;
    request.vocabularySize = 1000;
    request.specialTokens
        = TokenizerTrainingRequest::defaultSpecialTokens(TokenizerTrainingRequest::Method::Bpe);
    request.corpus = corpus;
    request.corpusId = corpus->id;
    request.corpusName = corpus->name;
    m_trainTab->setBanner(tr("Training a 1,000-token BPE first, then the GPT..."), false);
    m_lectureJob = m_jobs.start(TokenizerTraining::title(request), TokenizerTraining::job(request));
    const std::string corpusId = corpus->id;
    connect(m_lectureJob, &JobHandle::succeeded, this, [this, corpusId](const std::any& any) {
        const auto* trained = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(&any);
        if (!trained || !*trained)
            return;
        TokenizerArtefact tokenizer{{}, (*trained)->name, (*trained)->tokenizer, corpusId,
                                    (*trained)->description, (*trained)->counts,
                                    (*trained)->wordPieceMerges};
        const std::string id = m_workspace.addTokenizer(std::move(tokenizer));
        m_form->selectTokenizer(QString::fromStdString(id));
        // Directly, in this call: no moment passes without a running job.
        train();
    });
    connect(m_lectureJob, &JobHandle::failed, this, [this](const QString& error) {
        m_trainTab->setBanner(tr("The tokenizer could not be trained: %1").arg(error), true);
    });
}

bool GptPanel::showView(const QString& view)
{
    if (view == QLatin1String("train"))
        m_tabs->setCurrentWidget(m_trainTab);
    else if (view == QLatin1String("models"))
        m_tabs->setCurrentWidget(m_modelsTab);
    else
        return view.isEmpty();
    // A scripted view of an empty workspace shows the lecture's run rather than nothing.
    if (m_workspace.models().empty() && !m_job)
        loadLectureExample();
    return true;
}

void GptPanel::exportCurrentView()
{
    if (m_tabs->currentWidget() == m_modelsTab)
        ViewExporter::exportTableWithDialog(m_modelsTab->table()->model(), this);
    else
        ViewExporter::exportPictureWithDialog(m_trainTab->chart(), this);
}
