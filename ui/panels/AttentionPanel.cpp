// The Attention panel (see AttentionPanel.h): the three toy views of the lecture, then a
// GPT's heads and model view over a shared text and model; the lesson box follows the tab.
#include "AttentionPanel.h"

#include "CorpusImporter.h"
#include "GptTraining.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/attention/AttentionHeadsTab.h"
#include "panels/attention/AttentionModelTab.h"
#include "panels/attention/GptAttentionJob.h"
#include "panels/attention/GptAttentionResult.h"
#include "panels/attention/NormalizationView.h"
#include "panels/attention/PositionalEncodingView.h"
#include "panels/attention/ToyAttentionView.h"
#include "text/SentenceSplitter.h"
#include "widgets/LessonBox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The lecture's sentence, when the workspace has no corpus to take one from.
const char* const lectureSentence = "El señorial chalet se encontraba a la izquierda de la escuela.";

// A sentence for the lesson: long enough to show a pattern, short enough to read its tokens.
constexpr std::size_t minSentenceBytes = 30;
constexpr std::size_t maxSentenceBytes = 160;
constexpr int minSentenceWords = 6;
constexpr std::size_t sentenceSearchDocuments = 200;

} // namespace

AttentionPanel::AttentionPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("attentionPanel"));
    buildUi();

    connect(&m_workspace, &Workspace::modelsChanged, this, &AttentionPanel::rebuildModelCombo);
    connect(&m_workspace, &Workspace::modelAdded, this, [this](const QString& id) {
        const LanguageModelArtefact* model = m_workspace.model(id.toStdString());
        if (!m_examplePending || !model || !model->gpt)
            return;
        m_examplePending = false;
        selectModel(id);
        setText(corpusSentence(false));
        inspect();
    });
    connect(&m_workspace, &Workspace::corporaChanged, this, [this] { updateStatus(); });
    connect(&m_workspace, &Workspace::corpusAdded, this, [this] {
        if (m_waitingForCorpus)
            startLectureModel();
    });
    // While the lecture's model is on its way, the status follows its jobs.
    connect(&m_jobs, &JobRunner::jobStarted, this, [this] {
        if (m_examplePending)
            updateStatus();
    });
    connect(&m_jobs, &JobRunner::jobFinished, this, [this] {
        if (m_examplePending)
            updateStatus();
    });

    rebuildModelCombo();
    setText(corpusSentence(false));
    m_toyView->setSentence(corpusSentence(false)); // LESSONS.md: "a sentence of the corpus"
    retranslate();
    onTabChanged();
}

AttentionPanel::~AttentionPanel()
{
    if (m_job)
        m_job->cancel();
}

void AttentionPanel::buildUi()
{
    m_modelLabel = new QLabel(this);
    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("attentionModel"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(24);
    m_modelLabel->setBuddy(m_modelCombo);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &AttentionPanel::scheduleInspection);
    m_sentenceButton = new QPushButton(this);
    m_sentenceButton->setObjectName(QStringLiteral("attentionSentence"));
    connect(m_sentenceButton, &QPushButton::clicked, this, [this] { setText(corpusSentence(true)); });

    m_textLabel = new QLabel(this);
    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("attentionText"));
    QFont textFont = m_textEdit->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_textEdit->setFont(textFont);
    m_textEdit->setMaximumHeight(QFontMetrics(textFont).lineSpacing() * 2 + 14);
    m_textLabel->setBuddy(m_textEdit);
    // Read the text again after a pause in typing, not on every key.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(350);
    connect(m_typing, &QTimer::timeout, this, [this] { inspect(); });
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &AttentionPanel::scheduleInspection);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("attentionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    m_inputBar = new QWidget(this);
    auto* inputLayout = new QGridLayout(m_inputBar);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_modelLabel, 0, 0);
    inputLayout->addWidget(m_modelCombo, 0, 1);
    inputLayout->addWidget(m_sentenceButton, 0, 2);
    inputLayout->addWidget(m_textLabel, 1, 0, Qt::AlignTop);
    inputLayout->addWidget(m_textEdit, 1, 1, 1, 2);
    inputLayout->addWidget(m_status, 2, 1, 1, 2);
    inputLayout->setColumnStretch(1, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("attentionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_toyView = new ToyAttentionView(m_workspace, m_jobs, this), QString());
    m_tabs->addTab(m_positionsView = new PositionalEncodingView(m_workspace, m_jobs, this), QString());
    m_tabs->addTab(m_normsView = new NormalizationView(m_workspace, m_jobs, this), QString());
    m_tabs->addTab(m_headsTab = new AttentionHeadsTab(this), QString());
    m_tabs->addTab(m_modelTab = new AttentionModelTab(this), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &AttentionPanel::onTabChanged);
    connect(m_headsTab, &AttentionHeadsTab::headShown, m_modelTab, &AttentionModelTab::setSelectedHead);
    connect(m_modelTab, &AttentionModelTab::headChosen, this, [this](int layer, int head) {
        m_headsTab->showHead(layer, head);
        m_tabs->setCurrentWidget(m_headsTab);
    });

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_inputBar);
    centreLayout->addWidget(m_tabs, 1);

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &AttentionPanel::loadLectureExample);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("attentionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(centre);
    splitter->addWidget(m_lessonBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({920, 280});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

QSize AttentionPanel::sizeHint() const
{
    return {minimumSizeHint().width(), LessonPanel::sizeHint().height()};
}

void AttentionPanel::retranslate()
{
    m_modelLabel->setText(tr("&Model:"));
    m_modelCombo->setToolTip(tr("A GPT of the workspace, trained in the Transformer / GPT lesson or imported"));
    m_sentenceButton->setText(tr("&Sentence from the corpus"));
    m_sentenceButton->setToolTip(tr("Replaces the text with a random sentence of the corpus"));
    m_textLabel->setText(tr("&Text:"));
    m_textEdit->setToolTip(tr("The text the model reads; type or paste your own"));

    m_tabs->setTabText(m_tabs->indexOf(m_toyView), tr("Self-attention"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_toyView), tr("The lecture's softmax(XXᵀ)X, then Q, K and V"));
    m_tabs->setTabText(m_tabs->indexOf(m_positionsView), tr("Positions"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_positionsView), tr("Sinusoidal and learned positional encodings"));
    m_tabs->setTabText(m_tabs->indexOf(m_normsView), tr("Normalisation"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_normsView),
                          tr("Layer norm against batch norm on sentences of different lengths"));
    m_tabs->setTabText(m_tabs->indexOf(m_headsTab), tr("GPT heads"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_headsTab),
                          tr("One head of a GPT as a matrix and as lines between tokens"));
    m_tabs->setTabText(m_tabs->indexOf(m_modelTab), tr("GPT model view"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_modelTab), tr("Every head of every layer at once"));
    m_headsTab->retranslate();
    m_modelTab->retranslate();
    updateLessonText();
    updateStatus();
}

void AttentionPanel::updateLessonText()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_toyView) {
        m_lessonBox->setTitle(tr("Self-attention: softmax(XXᵀ)X, then Q, K, V"));
        m_lessonBox->setText(tr(
            "<p>Each token's new vector is a weighted sum of the vectors of its context, with "
            "weights that depend on the input: similar words weigh more.</p>"
            "<p align=\"center\" style=\"font-size:large\">y<sub><i>i</i></sub> = Σ<sub><i>j</i></sub> "
            "α<sub><i>ij</i></sub> x<sub><i>j</i></sub>,&nbsp; α<sub><i>ij</i></sub> = "
            "softmax<sub><i>j</i></sub>(x<sub><i>i</i></sub> · x<sub><i>j</i></sub>)</p>"
            "<p>In a language model the sum stops at the token itself, <i>j</i> ≤ <i>i</i>. In matrices:</p>"
            "<p align=\"center\" style=\"font-size:large\"><b>Y</b> = softmax(<b>XX</b>ᵀ) <b>X</b></p>"
            "<p><b>Queries, keys and values</b>, as in a film recommender: the user's tastes (query) "
            "are compared with each film's attributes (key), and the films (values) are mixed by how "
            "well they match. Learned matrices make them: <b>Q</b> = <b>XW</b><sup>q</sup>, "
            "<b>K</b> = <b>XW</b><sup>k</sup>, <b>V</b> = <b>XW</b><sup>v</sup>, and</p>"
            "<p align=\"center\" style=\"font-size:large\"><b>Y</b> = softmax(<b>QK</b>ᵀ / √<i>d</i>) "
            "<b>V</b></p>"));
    } else if (tab == m_positionsView) {
        m_lessonBox->setTitle(tr("Positional encoding"));
        m_lessonBox->setText(tr(
            "<p>Attention ignores the order of the words: “Vamos a ir al río en lugar de ir a la "
            "facu” and “Vamos a ir a la facu en lugar de ir al río” would get the same weights. "
            "So each embedding gets its position added, mixed in rather than appended:</p>"
            "<p align=\"center\" style=\"font-size:large\">x̃ = x + r</p>"
            "<p>The lecture's sinusoids, for position <i>n</i> and dimension <i>i</i> of <i>D</i>:</p>"
            "<p align=\"center\" style=\"font-size:large\">r<sub><i>ni</i></sub> = sin(<i>n</i> / "
            "<i>L</i><sup><i>i</i>/<i>D</i></sup>) (<i>i</i> even)<br>r<sub><i>ni</i></sub> = "
            "cos(<i>n</i> / <i>L</i><sup>(<i>i</i>−1)/<i>D</i></sup>) (<i>i</i> odd)</p>"
            "<p>The first dimensions turn fast and the last ones slowly, like the hands of a clock "
            "(a Fourier basis). GPT learns its position vectors instead.</p>"));
    } else if (tab == m_normsView) {
        m_lessonBox->setTitle(tr("Layer normalisation"));
        m_lessonBox->setText(tr(
            "<p>A transformer block is self-attention and an MLP, each with a residual connection "
            "and a <b>layer normalisation</b>: every token is normalised over its own <i>D</i> "
            "features,</p>"
            "<p align=\"center\" style=\"font-size:large\">LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β</p>"
            "<p>with μ and σ² the mean and variance of the features of x.</p>"
            "<p><b>Batch normalisation</b> normalises each feature over the batch instead. That works "
            "for images of one size, but sentences have different lengths: the padding changes the "
            "statistics. Layer norm depends neither on the other sentences nor on the length.</p>"));
    } else {
        m_lessonBox->setTitle(tr("GPT: causal self-attention"));
        m_lessonBox->setText(tr(
            "<p>GPT predicts each token from the ones before it, so a token may only attend to the "
            "past: the weights of the future are <b>masked</b> (−∞ before the softmax, so 0 after "
            "it).</p>"
            "<p align=\"center\" style=\"font-size:large\">α<sub><i>ij</i></sub> = "
            "softmax<sub><i>j</i></sub>(q<sub><i>i</i></sub> · k<sub><i>j</i></sub> / "
            "√<i>d<sub>k</sub></i>)<br>for <i>j</i> ≤ <i>i</i></p>"
            "<p>In the matrix, row <i>i</i> is the query and column <i>j</i> the key: only the lower "
            "triangle is filled, every row sums to 1, and the first token can only look at itself.</p>"
            "<p>Each layer has several <b>heads</b>, each with its own W<sup>q</sup>, W<sup>k</sup>, "
            "W<sup>v</sup>: some look at the previous token, some at the first one, some at related "
            "words. The <b>model view</b> shows every head of every layer; click one to open it.</p>"
            "<p>The example reads a sentence of the corpus with the workspace's GPT (or trains a "
            "small one first).</p>"));
    }
}

// ---------------------------------------------------------------------------------------
// Text, model and the inspection job

QString AttentionPanel::text() const
{
    return m_textEdit->toPlainText();
}

void AttentionPanel::setText(const QString& text)
{
    if (text != m_textEdit->toPlainText())
        m_textEdit->setPlainText(text);
}

void AttentionPanel::rebuildModelCombo()
{
    const QString current = m_modelCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_modelCombo);
        m_modelCombo->clear();
        for (const LanguageModelArtefact& model : m_workspace.models()) {
            if (!model.gpt || !model.tokenizer)
                continue; // the attention views need a transformer
            m_modelCombo->addItem(QString::fromStdString(model.name), QString::fromStdString(model.id));
            m_modelCombo->setItemData(m_modelCombo->count() - 1, QString::fromStdString(model.description),
                                      Qt::ToolTipRole);
        }
        const int kept = m_modelCombo->findData(current);
        m_modelCombo->setCurrentIndex(kept >= 0 ? kept : (m_modelCombo->count() > 0 ? 0 : -1));
    }
    m_modelCombo->setEnabled(m_modelCombo->count() > 0);
    if (m_modelCombo->currentData().toString() != current || current.isEmpty())
        scheduleInspection();
    updateStatus();
}

bool AttentionPanel::selectModel(const QString& id)
{
    const int index = m_modelCombo->findData(id);
    if (index < 0)
        return false;
    m_modelCombo->setCurrentIndex(index);
    return true;
}

QString AttentionPanel::selectedModel() const
{
    return m_modelCombo->currentData().toString();
}

bool AttentionPanel::gptTabShown() const
{
    QWidget* tab = m_tabs->currentWidget();
    return isVisible() && (tab == m_headsTab || tab == m_modelTab);
}

void AttentionPanel::scheduleInspection()
{
    m_stale = true;
    if (m_job) {
        // Reading the old text or model: its answer would be stale.
        m_job->cancel();
        m_job = nullptr;
        updateStatus();
    }
    // A job for a text nobody looks at would only slow the others down.
    if (gptTabShown())
        m_typing->start();
}

void AttentionPanel::onTabChanged()
{
    const bool gpt = m_tabs->currentWidget() == m_headsTab || m_tabs->currentWidget() == m_modelTab;
    m_inputBar->setVisible(gpt);
    updateLessonText();
    if (gpt && m_stale && isVisible())
        m_typing->start(0);
}

void AttentionPanel::showEvent(QShowEvent* event)
{
    LessonPanel::showEvent(event);
    if (m_stale && gptTabShown())
        m_typing->start(0);
}

JobHandle* AttentionPanel::inspect()
{
    m_typing->stop();
    if (m_job) {
        // Its text or model is no longer the current one.
        m_job->cancel();
        m_job = nullptr;
    }
    m_stale = false;
    m_error.clear();
    const LanguageModelArtefact* model = m_workspace.model(selectedModel().toStdString());
    const QString text = m_textEdit->toPlainText();
    if (!model || !model->gpt || !model->tokenizer || text.trimmed().isEmpty()) {
        showResult(nullptr);
        return nullptr;
    }
    m_jobs.removeFinished(m_lastJob); // re-reading as the text changes: one row in the dock
    JobHandle* job = m_jobs.start(GptAttentionJob::title(QString::fromStdString(model->name)),
                                  GptAttentionJob::function(model->gpt, model->tokenizer, text.toStdString()));
    m_job = job;
    m_lastJob = job;
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_job)
            return; // a stale text's answer
        m_job = nullptr;
        showResult(std::any_cast<std::shared_ptr<const GptAttentionResult>>(result));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job != m_job)
            return;
        m_job = nullptr;
        m_error = error;
        updateStatus();
    });
    connect(job, &JobHandle::cancelled, this, [this, job] {
        if (job == m_job)
            m_job = nullptr;
        updateStatus();
    });
    updateStatus();
    return job;
}

void AttentionPanel::showResult(std::shared_ptr<const GptAttentionResult> result)
{
    m_result = std::move(result);
    m_headsTab->setResult(m_result);
    m_modelTab->setResult(m_result);
    m_modelTab->setSelectedHead(m_headsTab->layer(), m_headsTab->head());
    updateStatus();
}

void AttentionPanel::updateStatus()
{
    const QLocale locale;
    QString text;
    if (m_modelCombo->count() == 0) {
        // The lecture's model comes after a corpus import and a tokenizer: any job of the
        // example counts.
        if ((m_trainingJob && !m_trainingJob->isFinished()) || (m_examplePending && m_jobs.runningCount() > 0))
            text = tr("Training the lecture's small GPT on the corpus… the attention appears when it "
                      "is ready.");
        else if (!m_trainingError.isEmpty())
            text = tr("The lecture's model could not be trained: %1").arg(m_trainingError.toHtmlEscaped());
        else
            text = tr("There is no GPT in the workspace: train one in the Transformer / GPT lesson, "
                      "import GPT-2 there, or press the lesson's example button to train a small one "
                      "here.");
    } else if (!m_error.isEmpty()) {
        text = tr("The model could not read the text: %1").arg(m_error.toHtmlEscaped());
    } else if (m_textEdit->toPlainText().trimmed().isEmpty()) {
        text = tr("Type a text to see where each of its tokens looks.");
    } else if (m_job) {
        text = tr("Reading the text…");
    } else if (m_result) {
        text = tr("%1 tokens · %2 layers × %3 heads.")
                   .arg(locale.toString(qulonglong(m_result->length())))
                   .arg(m_result->inspection.layers)
                   .arg(m_result->inspection.heads);
        if (m_result->cropped())
            text += QLatin1Char(' ')
                + tr("<b>Sliding window:</b> the text has %1 tokens but the model reads at most %2, "
                     "so only the last %2 are shown.")
                      .arg(locale.toString(qulonglong(m_result->totalTokens)),
                           locale.toString(qulonglong(m_result->length())));
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString AttentionPanel::corpusSentence(bool random) const
{
    std::shared_ptr<const lengua::Corpus> corpus;
    if (const LanguageModelArtefact* model = m_workspace.model(selectedModel().toStdString()))
        corpus = m_workspace.corpus(model->sourceCorpusId);
    if (!corpus && !m_workspace.corpora().empty())
        corpus = m_workspace.corpora().front();
    if (!corpus || corpus->documents.empty())
        return QString::fromUtf8(lectureSentence);
    const std::string language = corpus->language == "en" ? "en" : "es";
    try {
        lengua::SentenceSplitter splitter(language, lengua::SentenceSplitter::defaultAbbreviations(language));
        const std::size_t count = corpus->documents.size();
        const std::size_t start = random ? std::size_t(QRandomGenerator::global()->bounded(quint64(count))) : 0;
        for (std::size_t k = 0; k < std::min(count, sentenceSearchDocuments); ++k) {
            const std::string& text = corpus->documents[(start + k) % count].text;
            for (const lengua::TextSpan& span : splitter.split(text)) {
                if (span.size() < minSentenceBytes || span.size() > maxSentenceBytes)
                    continue;
                const QString sentence = QString::fromUtf8(text.data() + span.begin, qsizetype(span.size()));
                if (sentence.simplified().count(QLatin1Char(' ')) + 1 >= minSentenceWords)
                    return sentence.simplified();
            }
        }
    } catch (const std::exception&) {
        // No sentence splitter: the lecture's sentence will do.
    }
    return QString::fromUtf8(lectureSentence);
}

// ---------------------------------------------------------------------------------------
// Views and the lecture's example

bool AttentionPanel::showView(const QString& view)
{
    const std::pair<const char*, QWidget*> views[] = {{"toy", m_toyView},
                                                      {"positions", m_positionsView},
                                                      {"norms", m_normsView},
                                                      {"heads", m_headsTab},
                                                      {"model", m_modelTab}};
    if (view.isEmpty())
        return true;
    for (const auto& [name, tab] : views) {
        if (view == QLatin1String(name)) {
            m_tabs->setCurrentWidget(tab);
            // A picture of a GPT needs one: a fresh workspace gets the lecture's.
            // Next turn of the event loop: a session that is loading its sample corpus has
            // started that job by then, and the lecture's model waits for it.
            if ((tab == m_headsTab || tab == m_modelTab) && m_modelCombo->count() == 0)
                QTimer::singleShot(0, this, [this] {
                    if (m_modelCombo->count() == 0)
                        startLectureModel();
                });
            return true;
        }
    }
    return false;
}

void AttentionPanel::exportCurrentView()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_toyView)
        m_toyView->exportPicture();
    else if (tab == m_positionsView)
        m_positionsView->exportPicture();
    else if (tab == m_normsView)
        m_normsView->exportPicture();
    else if (tab == m_headsTab)
        m_headsTab->exportHeatmap();
    else if (tab == m_modelTab)
        m_modelTab->exportPicture();
    else
        LessonPanel::exportCurrentView();
}

void AttentionPanel::loadLectureExample()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_toyView) {
        m_toyView->loadLectureExample();
        return;
    }
    if (tab == m_positionsView) {
        m_positionsView->loadLectureExample();
        return;
    }
    if (tab == m_normsView) {
        m_normsView->loadLectureExample();
        return;
    }
    if (m_modelCombo->count() == 0) {
        startLectureModel();
        return;
    }
    setText(corpusSentence(false));
    inspect();
}

void AttentionPanel::startLectureModel()
{
    m_examplePending = true; // the next GPT added is shown with a sentence of its corpus
    if (m_workspace.corpora().empty() && m_jobs.runningCount() > 0) {
        // The session's first corpus is on its way (the main window's sample): train on it
        // rather than importing a second copy.
        m_waitingForCorpus = true;
        updateStatus();
        return;
    }
    m_waitingForCorpus = false;
    if (!m_trainingJob || m_trainingJob->isFinished()) {
        m_trainingError.clear();
        m_trainingJob = GptTraining::startLectureModel(m_workspace, m_jobs, m_importer);
        if (m_trainingJob) {
            connect(m_trainingJob, &JobHandle::failed, this, [this](const QString& error) {
                m_trainingError = error;
                updateStatus();
            });
            connect(m_trainingJob, &JobHandle::finished, this, &AttentionPanel::updateStatus);
        }
    }
    updateStatus();
}
