// The Generation panel (see GenerationPanel.h): controls on the left, the prompt, the text
// and the next-token bars in the middle, the lesson box on the right.
#include "GenerationPanel.h"

#include "CorpusImporter.h"
#include "GptTraining.h"
#include "TokenDisplay.h"
#include "Workspace.h"
#include "core/Error.h"
#include "generate/Generator.h"
#include "generate/PromptPreparation.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/generation/DistributionBars.h"
#include "panels/generation/NoModelPage.h"
#include "panels/generation/PromptNotes.h"
#include "panels/generation/SamplingControls.h"
#include "panels/generation/StepsView.h"
#include "panels/generation/StrategyComparison.h"
#include "panels/generation/StrategyComparisonView.h"
#include "widgets/ChartStyle.h"
#include "widgets/LessonBox.h"
#include "widgets/ProbabilityBars.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QEvent>
#include <QResizeEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <any>

namespace {

// A forward pass cheaper than this many floating-point operations (about 5 ms on one
// core) runs on the UI thread; anything larger (GPT-2's 124 M parameters) is a job.
constexpr double synchronousFlopLimit = 2e7;
// Logits kept for Undo: each is V floats (200 kB for GPT-2).
constexpr std::size_t keptLogits = 32;
// The lecture example's continuation length.
constexpr int comparisonTokens = 30;

// Rough cost of one forward pass over the context: 2 flops per parameter and token.
double forwardCost(const LanguageModelArtefact& model, std::size_t contextSize)
{
    // An n-gram model looks up a few counts per vocabulary word (about 50 operations each).
    if (model.kind == "ngram")
        return 50.0 * double(model.model->vocabularySize());
    if (!model.gpt)
        return synchronousFlopLimit * 10.0; // unknown models: always a job
    const std::size_t window = model.model->contextLength();
    const std::size_t tokens = window > 0 ? std::min(contextSize, window) : contextSize;
    return 2.0 * double(model.gpt->parameterCount()) * double(tokens);
}

} // namespace

QString GenerationPanel::lectureSentence()
{
    return QStringLiteral("El señorial chalet se encontraba a la izquierda de la");
}

GenerationPanel::GenerationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer,
                                 QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("generationPanel"));
    buildUi();
    connect(&m_workspace, &Workspace::modelsChanged, this, &GenerationPanel::rebuildModelCombo);
    connect(&m_workspace, &Workspace::modelAdded, this, [this](const QString& id) {
        if (m_examplePending || m_lectureModelRequested || m_modelId.empty()) {
            selectModel(id);
            m_lectureModelRequested = false;
            m_emptyPage->setTraining(false);
            if (m_examplePending) {
                m_examplePending = false;
                compareStrategies();
                showView(QStringLiteral("compare"));
            }
        }
    });
    // The lecture model may be a chain (the sample corpus's import, then the training): the
    // train button comes back when a job fails or is cancelled while it is awaited.
    connect(&m_jobs, &JobRunner::jobFinished, this, [this](JobHandle* finished) {
        if (!m_lectureModelRequested || finished->state() == JobHandle::State::Succeeded)
            return;
        m_lectureModelRequested = false;
        m_examplePending = false;
        m_emptyPage->setTraining(false);
        if (finished->state() == JobHandle::State::Failed)
            m_emptyPage->setMessage(
                tr("Training the lecture's model failed: %1").arg(finished->error()));
    });
    rebuildModelCombo();
    retranslate();
}

GenerationPanel::~GenerationPanel()
{
    for (JobHandle* job : {m_logitsJob.data(), m_generateJob.data(), m_compareJob.data()})
        if (job)
            job->disconnect(this);
}

void GenerationPanel::buildUi()
{
    // Left: model and sampling knobs.
    m_modelLabel = new QLabel(this);
    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("generationModel"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(14);
    m_modelLabel->setBuddy(m_modelCombo);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &GenerationPanel::modelSelectionChanged);
    m_modelInfo = new QLabel(this);
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextFormat(Qt::PlainText); // "<s>" in an n-gram's note is text
    m_controls = new SamplingControls(this);
    connect(m_controls, &SamplingControls::settingsChanged, this, &GenerationPanel::refreshDistribution);
    connect(m_controls, &SamplingControls::newTokensChanged, this, &GenerationPanel::updateButtons);
    connect(m_controls, &SamplingControls::seedChanged, this,
            [this] { m_sampler.reseed(m_controls->seed()); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_modelLabel);
    modelRow->addWidget(m_modelCombo, 1);
    leftLayout->addLayout(modelRow);
    leftLayout->addWidget(m_modelInfo);
    leftLayout->addWidget(m_controls);
    leftLayout->addStretch(1);
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(300);

    // Middle: prompt, text, buttons, bars.
    m_promptLabel = new QLabel(this);
    m_promptEdit = new QPlainTextEdit(this);
    m_promptEdit->setObjectName(QStringLiteral("generationPrompt"));
    QFont promptFont = m_promptEdit->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.2);
    m_promptEdit->setFont(promptFont);
    m_promptEdit->setMaximumHeight(QFontMetrics(promptFont).lineSpacing() * 3 + 14);
    m_promptEdit->setPlainText(lectureSentence());
    m_promptLabel->setBuddy(m_promptEdit);
    m_promptTimer = new QTimer(this);
    m_promptTimer->setSingleShot(true);
    m_promptTimer->setInterval(300);
    connect(m_promptTimer, &QTimer::timeout, this, &GenerationPanel::preparePrompt);
    connect(m_promptEdit, &QPlainTextEdit::textChanged, m_promptTimer, qOverload<>(&QTimer::start));
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("generationNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);

    m_text = new GeneratedTextView(this);
    m_text->setMinimumHeight(70);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(50);
    connect(m_textTimer, &QTimer::timeout, this, &GenerationPanel::refreshText);

    m_stepButton = new QPushButton(this);
    m_stepButton->setObjectName(QStringLiteral("stepButton"));
    m_stepButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    connect(m_stepButton, &QPushButton::clicked, this, &GenerationPanel::step);
    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    connect(m_undoButton, &QPushButton::clicked, this, &GenerationPanel::undo);
    m_resetButton = new QPushButton(this);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_resetButton, &QPushButton::clicked, this, &GenerationPanel::preparePrompt);
    m_generateButton = new QPushButton(this);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_generateButton, &QPushButton::clicked, this, &GenerationPanel::generate);
    m_speed = new QLabel(this);
    m_speed->setObjectName(QStringLiteral("generationSpeed"));

    m_bars = new ProbabilityBars(this);
    connect(m_bars, &ProbabilityBars::barClicked, this, [this](int index) {
        if (index >= 0 && index < int(m_bars->bars().size()) && !isGenerating())
            appendToken(m_bars->bars()[index].id, AppendedToken::Origin::Clicked);
    });
    connect(m_bars, &ProbabilityBars::rowsThatFitChanged, this, [this] {
        if (m_distribution)
            refreshDistribution();
    });
    m_comparison = new StrategyComparisonView(this);
    m_compareButton = m_comparison->runButton();
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        compareStrategies();
        showView(QStringLiteral("compare"));
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("generationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_bars, QString());
    m_tabs->addTab(m_comparison, QString());
    m_steps = new StepsView(this);
    m_tabs->addTab(m_steps, QString());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_stepButton);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    buttons->addWidget(m_speed);
    buttons->addWidget(m_generateButton);

    auto* textPart = new QWidget(this);
    auto* textLayout = new QVBoxLayout(textPart);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto* promptRow = new QHBoxLayout;
    promptRow->addWidget(m_promptLabel, 0, Qt::AlignTop);
    promptRow->addWidget(m_promptEdit, 1);
    textLayout->addLayout(promptRow);
    textLayout->addWidget(m_notes);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_legend);
    textLayout->addLayout(buttons);
    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setChildrenCollapsible(false);
    middle->addWidget(textPart);
    middle->addWidget(m_tabs);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 3);
    middle->setSizes({200, 600});

    auto* work = new QSplitter(Qt::Horizontal, this);
    work->setChildrenCollapsible(false);
    work->addWidget(leftScroll);
    work->addWidget(middle);
    work->setStretchFactor(0, 0);
    work->setStretchFactor(1, 1);
    work->setSizes({320, 700});

    m_emptyPage = new NoModelPage(this);
    connect(m_emptyPage->trainButton(), &QPushButton::clicked, this,
            &GenerationPanel::startLectureModel);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(work);

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &GenerationPanel::loadLectureExample);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("generationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_lessonBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 280});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

void GenerationPanel::retranslate()
{
    m_modelLabel->setText(tr("&Model:"));
    m_modelCombo->setToolTip(tr("A trained or imported language model of the workspace"));
    m_controls->retranslate();
    m_promptLabel->setText(tr("&Prompt:"));
    m_promptEdit->setToolTip(tr("The text the model continues; the bars show what it predicts next"));
    m_stepButton->setText(tr("&Step"));
    m_stepButton->setToolTip(tr("Samples one token with the current settings (Ctrl+Right); or "
                                "click a bar to choose the token yourself"));
    m_undoButton->setText(tr("&Undo"));
    m_undoButton->setToolTip(tr("Removes the last token (Ctrl+Left)"));
    m_resetButton->setText(tr("&Restart"));
    m_resetButton->setToolTip(tr("Back to the prompt alone, with the sampler reseeded"));
    m_compareButton->setText(tr("Compare strategies"));
    m_compareButton->setToolTip(tr("Continues the prompt with greedy, random, top-k and top-p "
                                   "decoding, side by side"));
    m_tabs->setTabText(0, tr("Next-token distribution"));
    m_tabs->setTabText(1, tr("Strategies compared"));
    m_tabs->setTabText(2, tr("Steps"));
    m_tabs->setTabToolTip(0, tr("The probabilities of the next token, before and after "
                                "temperature and truncation; click a bar to choose it"));
    m_tabs->setTabToolTip(1, tr("The same prompt continued under each strategy"));
    m_tabs->setTabToolTip(2, tr("Every token after the prompt, with its probability when it "
                                "was chosen"));
    m_steps->retranslate();
    m_bars->setLegend(tr("Model (T = 1)"), tr("After temperature and truncation"));
    m_bars->setEmptyText(tr("No distribution yet: choose a model and type a prompt."));
    m_bars->setToolTip(QString());
    updateLegend();
    m_emptyPage->retranslate();

    m_lessonBox->setTitle(tr("Generating text: choosing the next token"));
    m_lessonBox->setText(tr(
        "<p>A language model gives, for every token of the vocabulary, the probability that it "
        "comes next:</p>"
        "<p align=\"center\" style=\"font-size:large\"><i>p</i>(<i>w</i><sub><i>n</i>+1</sub> | "
        "<i>w</i><sub>1:<i>n</i></sub>) = softmax(<i>z</i> / <i>T</i>)</p>"
        "<p>How do we pick one? <b>Greedy</b> takes the most probable every time: safe, but "
        "repetitive. <b>Random sampling</b> draws from the whole distribution, and then unlikely "
        "words appear. <b>Top-k</b> keeps the <i>k</i> most probable tokens and samples among "
        "them. <b>Top-p</b> keeps the most probable tokens until their cumulative probability "
        "reaches <i>p</i> (e.g. 0.95). The kept probabilities are <b>re-normalised</b> at every "
        "step.</p>"
        "<p>The <b>temperature</b> <i>T</i> controls the randomness: 0.2–0.5 for deterministic "
        "tasks (summaries, answers, extraction), 1 by default, 1.2–2 for poetry, stories and "
        "brainstorming. <i>T</i> = 0 is greedy.</p>"
        "<p>Click a bar to choose the next token yourself; <b>Step</b> lets the sampler choose. "
        "The lecture's example continues the same prompt under each strategy.</p>"));
    m_comparison->retranslate();
    rebuildModelCombo();
    refreshNotes();
    refreshDistribution();
    updateButtons();
}

void GenerationPanel::updateLegend()
{
    m_legend->setText(GeneratedTextView::legendHtml(ChartStyle::isDark(palette())));
}

void GenerationPanel::changeEvent(QEvent* event)
{
    LessonPanel::changeEvent(event);
    // The token colours follow a light or dark palette.
    if ((event->type() == QEvent::PaletteChange
         || event->type() == QEvent::ApplicationPaletteChange) && m_legend) {
        updateLegend();
        refreshText();
    }
}

const LanguageModelArtefact* GenerationPanel::currentModel() const
{
    return m_modelId.empty() ? nullptr : m_workspace.model(m_modelId);
}

void GenerationPanel::rebuildModelCombo()
{
    const QString current = QString::fromStdString(m_modelId);
    {
        const QSignalBlocker blocker(m_modelCombo);
        m_modelCombo->clear();
        for (const LanguageModelArtefact& model : m_workspace.models())
            m_modelCombo->addItem(QString::fromStdString(model.name), QString::fromStdString(model.id));
        const int index = m_modelCombo->findData(current);
        m_modelCombo->setCurrentIndex(index >= 0 ? index : (m_modelCombo->count() > 0 ? 0 : -1));
    }
    m_pages->setCurrentIndex(m_workspace.models().empty() ? 0 : 1);
    if (m_modelCombo->currentData().toString() != current || (!current.isEmpty() && !currentModel()))
        modelSelectionChanged();
}

void GenerationPanel::selectModel(const QString& id)
{
    const int index = m_modelCombo->findData(id);
    if (index >= 0)
        m_modelCombo->setCurrentIndex(index);
}

void GenerationPanel::modelSelectionChanged()
{
    abandonGeneration();
    m_bars->setBars({}); // another model's tokens must not linger while this one computes
    m_modelId = m_modelCombo->currentData().toString().toStdString();
    const LanguageModelArtefact* model = currentModel();
    if (model) {
        m_controls->setVocabularySize(int(model->model->vocabularySize()));
        QString info = QString::fromStdString(model->description);
        if (info.isEmpty())
            info = tr("%1 tokens in the vocabulary").arg(model->model->vocabularySize());
        if (model->kind == "ngram")
            info += QStringLiteral("\n") + tr("Reads the last %n word(s); an empty prompt starts a "
                                               "sentence at <s>, and </s> ends it.", "",
                                               int(model->model->contextLength()));
        else if (model->model->contextLength() > 0)
            info += QStringLiteral("\n") + tr("Context: %1 tokens").arg(model->model->contextLength());
        m_modelInfo->setText(info);
    } else {
        m_modelInfo->clear();
    }
    preparePrompt();
}

void GenerationPanel::setPrompt(const QString& text)
{
    m_promptEdit->setPlainText(text);
    m_promptTimer->stop();
    preparePrompt();
}

void GenerationPanel::preparePrompt()
{
    m_promptTimer->stop();
    abandonGeneration();
    m_promptText = m_promptEdit->toPlainText();
    m_promptIds.clear();
    m_appended.clear();
    m_logitsBySize.clear();
    m_distribution.reset();
    m_distributionError.clear();
    m_startedFromStartToken = false;
    m_unknownTokens = 0;
    m_status.clear(); // the last run's message belongs to the old text
    m_sampler.reseed(m_controls->seed());
    if (const LanguageModelArtefact* model = currentModel(); model && model->tokenizer) {
        const lengua::PreparedPrompt prompt =
            lengua::PromptPreparation::prepare(*model->tokenizer, m_promptText.toStdString());
        m_promptIds = prompt.ids;
        m_startedFromStartToken = prompt.startedFromStartToken;
        m_unknownTokens = prompt.unknownTokens;
    }
    refreshText();
    requestLogits();
}

void GenerationPanel::abandonGeneration()
{
    // Its queued tokens belong to a text that is gone: stop listening, then stop it.
    if (!m_generateJob)
        return;
    m_generateJob->disconnect(this);
    m_generateJob->cancel();
    m_generateJob = nullptr;
    m_textTimer->stop();
}

bool GenerationPanel::sentenceEnded() const
{
    // A GPT goes on after <|endoftext|> (a new document); an n-gram sentence ends at </s>.
    const LanguageModelArtefact* model = currentModel();
    if (!model || model->kind != "ngram" || m_appended.empty())
        return false;
    const auto end = lengua::PromptPreparation::endToken(*model->tokenizer);
    return end && m_appended.back().id == *end;
}

std::vector<lengua::TokenId> GenerationPanel::contextIds() const
{
    std::vector<lengua::TokenId> ids = m_promptIds;
    for (const AppendedToken& token : m_appended)
        ids.push_back(token.id);
    return ids;
}

void GenerationPanel::requestLogits()
{
    ++m_logitsRequest;
    if (m_logitsJob)
        m_logitsJob->cancel();
    const LanguageModelArtefact* model = currentModel();
    const std::vector<lengua::TokenId> context = contextIds();
    if (!model || context.empty() || sentenceEnded()) {
        m_distribution.reset();
        refreshDistribution();
        return;
    }
    const std::size_t size = context.size();
    if (size < m_logitsBySize.size() && !m_logitsBySize[size].empty()) {
        refreshDistribution();
        return;
    }
    auto next = model->model; // shared: the job keeps the model alive
    if (forwardCost(*model, size) < synchronousFlopLimit) {
        try {
            setLogits(size, next->nextTokenLogits(context));
        } catch (const lengua::Error& error) {
            m_distributionError = QString::fromStdString(error.what());
            m_distribution.reset();
            refreshDistribution();
        }
        return;
    }
    const quint64 request = m_logitsRequest;
    m_jobs.removeFinished(m_logitsJob); // one row in the dock, not one per click
    m_logitsJob = m_jobs.start(tr("Next-token probabilities"),
                               [next, context](lengua::JobContext& job) -> std::any {
                                   job.throwIfStopped();
                                   return next->nextTokenLogits(context);
                               });
    connect(m_logitsJob, &JobHandle::succeeded, this, [this, request, size](const std::any& result) {
        if (request == m_logitsRequest)
            setLogits(size, std::any_cast<std::vector<float>>(result));
    });
    connect(m_logitsJob, &JobHandle::failed, this, [this, request](const QString& error) {
        if (request != m_logitsRequest)
            return;
        m_distributionError = error;
        m_distribution.reset();
        refreshDistribution();
    });
    refreshDistribution(); // no logits for this context yet: "computing", nothing to click
}

void GenerationPanel::setLogits(std::size_t contextSize, std::vector<float> logits)
{
    if (m_logitsBySize.size() <= contextSize)
        m_logitsBySize.resize(contextSize + 1);
    m_logitsBySize[contextSize] = std::move(logits);
    // Undo needs only the recent steps.
    if (contextSize >= keptLogits)
        for (std::size_t i = 0; i + keptLogits < contextSize; ++i)
            std::vector<float>().swap(m_logitsBySize[i]);
    m_distributionError.clear();
    refreshDistribution();
}

const lengua::NextTokenDistribution* GenerationPanel::distribution() const
{
    return m_distribution ? &*m_distribution : nullptr;
}

void GenerationPanel::refreshDistribution()
{
    const LanguageModelArtefact* model = currentModel();
    const std::size_t size = m_promptIds.size() + m_appended.size();
    const bool known = model && size > 0 && size < m_logitsBySize.size()
                       && !m_logitsBySize[size].empty();
    m_distribution.reset();
    if (known) {
        try {
            m_distribution.emplace(m_logitsBySize[size], m_controls->settings());
        } catch (const lengua::Error& error) {
            m_distributionError = QString::fromStdString(error.what());
        }
    }
    const bool computing = m_logitsJob && !m_logitsJob->isFinished();
    if (!m_distribution && computing && m_distributionError.isEmpty() && !m_bars->bars().empty()) {
        // Keep the last picture while a large model computes, so the bars do not flicker;
        // updateButtons() makes them unclickable meanwhile.
        m_bars->setFootnote(tr("Computing the next-token probabilities…"));
    } else if (m_distribution) {
        DistributionBars::show(*m_bars, *m_distribution, m_controls->settings(),
                               model->tokenizer.get(),
                               std::min(DistributionBars::shownCandidates, m_bars->rowsThatFit()));
    } else {
        m_bars->setBars({});
        m_bars->setCutLines({});
        m_bars->setFootnote({});
        if (!m_distributionError.isEmpty())
            m_bars->setEmptyText(tr("The model could not predict: %1").arg(m_distributionError));
        else if (sentenceEnded())
            m_bars->setEmptyText(tr("The sentence ended: the model drew </s>. Undo it, or "
                                    "Restart for another sentence."));
        else if (computing)
            m_bars->setEmptyText(tr("Computing the next-token probabilities…"));
        else if (model && m_promptIds.empty())
            m_bars->setEmptyText(tr("Type a prompt: this model needs at least one token to "
                                    "predict from."));
        else
            m_bars->setEmptyText(tr("No distribution yet: choose a model and type a prompt."));
    }
    refreshNotes();
    updateButtons();
}

void GenerationPanel::refreshText()
{
    const LanguageModelArtefact* model = currentModel();
    QString start;
    if (m_startedFromStartToken && model)
        start = TokenDisplay::displayForm(*model->tokenizer, m_promptIds.front());
    m_text->setContent(model ? model->tokenizer : nullptr, m_promptText, start, m_appended);
    m_steps->setSteps(model ? model->tokenizer.get() : nullptr, m_appended);
}

void GenerationPanel::refreshNotes()
{
    QStringList notes;
    if (const LanguageModelArtefact* model = currentModel()) {
        PromptState state;
        state.startedFromStartToken = m_startedFromStartToken;
        state.startToken = m_startedFromStartToken ? m_promptIds.front() : -1;
        state.empty = m_promptIds.empty();
        state.unknownTokens = m_unknownTokens;
        state.contextSize = m_promptIds.size() + m_appended.size();
        state.contextLength = model->model->contextLength();
        state.ngram = model->kind == "ngram";
        notes = PromptNotes::notes(*model->tokenizer, state);
        if (!m_status.isEmpty())
            notes << m_status.toHtmlEscaped();
    }
    m_notes->setText(notes.join(QStringLiteral("<br/>")));
    m_notes->setVisible(!notes.isEmpty());
    fitNotes();
}

// The notes wrap; a splitter ignores a label's height for its width, so without this two
// long notes are squeezed under the generated text when the prompt area is short.
void GenerationPanel::fitNotes()
{
    m_notes->setMinimumHeight(m_notes->isVisibleTo(this) && m_notes->width() > 0
                                  ? m_notes->heightForWidth(m_notes->width())
                                  : 0);
}

void GenerationPanel::resizeEvent(QResizeEvent* event)
{
    LessonPanel::resizeEvent(event);
    fitNotes();
}

void GenerationPanel::updateButtons()
{
    const bool generating = isGenerating();
    const bool ready = m_distribution.has_value() && !generating;
    m_stepButton->setEnabled(ready);
    m_undoButton->setEnabled(!m_appended.empty() && !generating);
    m_resetButton->setEnabled(!m_appended.empty() && !generating);
    m_generateButton->setEnabled(generating
                                 || (currentModel() && !m_promptIds.empty() && !sentenceEnded()));
    m_generateButton->setText(generating ? tr("&Cancel") : tr("&Generate %n token(s)", "",
                                                               m_controls->newTokens()));
    m_generateButton->setToolTip(generating ? tr("Stops the generation; the tokens so far stay")
                                            : tr("Generates tokens as a job with the current "
                                                 "settings and seed (Ctrl+Enter)"));
    m_compareButton->setEnabled(currentModel() && !m_promptIds.empty() && !m_compareJob);
    m_bars->setClickable(!generating && m_distribution.has_value());
    m_promptEdit->setReadOnly(generating);
    m_modelCombo->setEnabled(!generating);
}

void GenerationPanel::appendToken(lengua::TokenId id, AppendedToken::Origin origin)
{
    AppendedToken token{id, origin};
    if (m_distribution) {
        const auto& ranking = m_distribution->ranking();
        token.modelProbability = m_distribution->probabilities()[id];
        token.finalProbability = m_distribution->finalProbabilities()[id];
        token.rank = std::find(ranking.begin(), ranking.end(), id) - ranking.begin();
    }
    m_appended.push_back(token);
    m_status.clear();
    refreshText();
    requestLogits();
}

void GenerationPanel::step()
{
    if (!m_distribution || isGenerating())
        return;
    appendToken(m_sampler.sample(*m_distribution), AppendedToken::Origin::Stepped);
}

void GenerationPanel::undo()
{
    if (m_appended.empty() || isGenerating())
        return;
    m_appended.pop_back();
    m_status.clear();
    refreshText();
    requestLogits();
}

QString GenerationPanel::generatedText() const
{
    return m_text->plainContent();
}

JobHandle* GenerationPanel::generate()
{
    if (m_generateJob) {
        m_generateJob->cancel();
        return nullptr;
    }
    const LanguageModelArtefact* model = currentModel();
    const std::vector<lengua::TokenId> context = contextIds();
    if (!model || context.empty())
        return nullptr;
    lengua::SamplingSettings settings = m_controls->settings();
    // <|endoftext|> ends a GPT's document; </s> an n-gram's sentence.
    if (const auto stop = lengua::PromptPreparation::endToken(*model->tokenizer))
        settings.stopTokens = {*stop};
    const bool sentenceModel = model->kind == "ngram";
    auto next = model->model;
    m_generatedInRun = 0;
    m_status.clear();
    m_generateClock.start();
    m_generateJob = m_jobs.start(
        tr("Generating %n token(s)", "", int(settings.maxNewTokens)),
        [next, context, settings](lengua::JobContext& job) -> std::any {
            const lengua::GenerationResult result = lengua::Generator::generate(
                *next, context, settings, job, [&job](const lengua::GenerationStep& step) {
                    job.publishPartial(step);
                });
            return result.tokens;
        });
    JobHandle* handle = m_generateJob;
    connect(handle, &JobHandle::partialResult, this, [this](const std::any& partial) {
        const auto& step = std::any_cast<const lengua::GenerationStep&>(partial);
        m_appended.push_back({step.chosen, AppendedToken::Origin::Generated,
                              step.chosenModelProbability, step.chosenProbability,
                              static_cast<long long>(step.chosenRank)});
        ++m_generatedInRun;
        const double seconds = std::max(1e-3, m_generateClock.nsecsElapsed() / 1e9);
        const QString rate = QLocale().toString(m_generatedInRun / seconds, 'f', 0);
        m_speed->setText(tr("%1 tokens/s").arg(rate));
        m_speed->setToolTip(tr("%n token(s) generated at %1 tokens per second", "",
                               int(m_generatedInRun)).arg(rate));
        if (!m_textTimer->isActive())
            m_textTimer->start();
    });
    connect(handle, &JobHandle::succeeded, this, [this, settings, sentenceModel](const std::any& result) {
        const auto& tokens = std::any_cast<const std::vector<lengua::TokenId>&>(result);
        if (tokens.size() < settings.maxNewTokens && !settings.stopTokens.empty())
            m_status = sentenceModel
                           ? tr("The model ended the sentence (it drew </s>) after %n word(s).",
                                "", int(tokens.size()))
                           : tr("The model ended the text (it produced the end-of-text token) "
                                "after %n token(s).", "", int(tokens.size()));
    });
    connect(handle, &JobHandle::cancelled, this, [this] {
        m_status = tr("Generation cancelled after %n token(s).", "", int(m_generatedInRun));
    });
    connect(handle, &JobHandle::failed, this,
            [this](const QString& error) { m_status = tr("Generation failed: %1").arg(error); });
    connect(handle, &JobHandle::finished, this, [this] {
        m_generateJob = nullptr;
        m_textTimer->stop();
        refreshText();
        requestLogits(); // the distribution after the last token
    });
    updateButtons();
    return handle;
}

JobHandle* GenerationPanel::compareStrategies()
{
    const LanguageModelArtefact* model = currentModel();
    if (!model || m_promptIds.empty() || m_compareJob)
        return nullptr;
    std::vector<StrategyVariant> variants = StrategyComparison::lectureVariants(
        m_controls->settings(), model->model->vocabularySize(), comparisonTokens);
    // An n-gram model writes one sentence: each row ends at </s>.
    if (model->kind == "ngram")
        if (const auto stop = lengua::PromptPreparation::endToken(*model->tokenizer))
            for (StrategyVariant& variant : variants)
                variant.settings.stopTokens = {*stop};
    auto next = model->model;
    const std::vector<lengua::TokenId> prompt = m_promptIds;
    m_comparison->setPrompt(m_promptText);
    m_comparison->setStatus(tr("Generating…"));
    m_compareJob = m_jobs.start(tr("Comparing decoding strategies"),
                                [next, prompt, variants](lengua::JobContext& job) -> std::any {
                                    return StrategyComparison::run(*next, prompt, variants, job);
                                });
    auto tokenizer = model->tokenizer;
    const bool sentences = model->kind == "ngram";
    connect(m_compareJob, &JobHandle::succeeded, this,
            [this, variants, tokenizer, sentences](const std::any& result) {
                const auto& results =
                    std::any_cast<const std::vector<lengua::GenerationResult>&>(result);
                m_comparison->setRows(StrategyComparison::rows(variants, results, tokenizer));
                QString status =
                    tr("The same prompt and seed, %n new token(s) per row. Greedy always takes the "
                       "likeliest token and tends to repeat itself; random sampling wanders into "
                       "unlikely words; top-k and top-p stay between the two.", "", comparisonTokens);
                if (sentences)
                    status += QLatin1Char(' ') + tr("An n-gram model writes one sentence: a row "
                                                    "ends when it draws </s>.");
                m_comparison->setStatus(status);
            });
    connect(m_compareJob, &JobHandle::failed, this,
            [this](const QString& error) { m_comparison->setStatus(tr("Failed: %1").arg(error)); });
    connect(m_compareJob, &JobHandle::cancelled, this,
            [this] { m_comparison->setStatus(tr("Cancelled.")); });
    connect(m_compareJob, &JobHandle::finished, this, [this] {
        m_compareJob = nullptr;
        updateButtons();
    });
    updateButtons();
    return m_compareJob;
}

void GenerationPanel::startLectureModel()
{
    m_lectureModelRequested = true;
    JobHandle* job = GptTraining::startLectureModel(m_workspace, m_jobs, m_importer);
    if (!job) {
        m_lectureModelRequested = false;
        m_emptyPage->setMessage(tr("The lecture's model could not be started here. Train a GPT "
                                   "in the GPT lesson, or import a GPT-2 checkpoint there, then "
                                   "come back."));
        return;
    }
    m_emptyPage->setMessage({});
    m_emptyPage->setTraining(true);
}

void GenerationPanel::loadLectureExample()
{
    setPrompt(lectureSentence());
    m_controls->setStrategy(SamplingControls::Strategy::TopP);
    m_controls->setTopP(0.95);
    m_controls->setTemperature(1.0);
    if (m_workspace.models().empty()) {
        m_examplePending = true;
        startLectureModel();
        return;
    }
    compareStrategies();
    showView(QStringLiteral("compare"));
}

bool GenerationPanel::showView(const QString& view)
{
    // Like the GPT lesson's views: with no model yet, the lecture's small one is trained
    // (with the lecture's prompt), so a scripted screenshot shows a real distribution.
    const bool needsModel = view.isEmpty() || view == QLatin1String("distribution")
        || view == QLatin1String("steps");
    if (needsModel && m_workspace.models().empty()) {
        setPrompt(lectureSentence());
        startLectureModel();
    }
    if (view.isEmpty() || view == QLatin1String("distribution")) {
        m_tabs->setCurrentWidget(m_bars);
        return true;
    }
    if (view == QLatin1String("compare")) {
        m_tabs->setCurrentWidget(m_comparison);
        return true;
    }
    if (view == QLatin1String("steps")) {
        m_tabs->setCurrentWidget(m_steps);
        return true;
    }
    if (view == QLatin1String("example")) {
        loadLectureExample();
        return true;
    }
    return false;
}

void GenerationPanel::exportCurrentView()
{
    if (m_tabs->currentWidget() == m_comparison)
        ViewExporter::exportTableWithDialog(m_comparison->table()->model(), this);
    else if (m_tabs->currentWidget() == m_steps)
        ViewExporter::exportTableWithDialog(m_steps->model(), this);
    else
        ViewExporter::exportPictureWithDialog(m_bars, this);
}
