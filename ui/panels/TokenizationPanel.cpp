// The Tokenization panel (see TokenizationPanel.h): the corpus and text above the tabs, the
// lesson box beside them, and the lecture's example.
#include "TokenizationPanel.h"

#include "CorpusImporter.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/tokenization/TokenizationCompareTab.h"
#include "panels/tokenization/TokenizationReplayTab.h"
#include "panels/tokenization/TokenizationStatisticsTab.h"
#include "panels/tokenization/TokenizationTrainTab.h"
#include "panels/tokenization/TokenizationUi.h"
#include "panels/tokenization/TokenizationVocabularyTab.h"
#include "panels/tokenization/TokenizerCatalog.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "widgets/LessonBox.h"
#include "widgets/TokenizerComparisonView.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The lecture example's sizes: small enough to train in a moment on the sample, large
// enough that the sentence's words are mostly whole.
constexpr std::size_t exampleBpeSize = 600;
constexpr std::size_t exampleWordPieceSize = 600;

// A random document longer than this is cut at a space near it.
constexpr int maxSampleCharacters = 600;

} // namespace

QString TokenizationPanel::lectureSentence()
{
    return QStringLiteral("El señorial chalet se encontraba a la izquierda de la escuela");
}

TokenizationPanel::TokenizationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer,
                                     QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("tokenizationPanel"));
    buildUi();

    connect(&m_workspace, &Workspace::corporaChanged, this, &TokenizationPanel::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::processedCorporaChanged, this,
            &TokenizationPanel::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::corpusAdded, this, [this](const QString& id) {
        if (m_examplePending) {
            selectCorpus(QStringLiteral("corpus:") + id);
            runLectureExample();
        }
    });
    connect(&m_workspace, &Workspace::tokenizersChanged, this,
            &TokenizationPanel::rebuildTokenizerLists);

    rebuildCorpusCombo();
    rebuildTokenizerLists();
    retranslate();
}

TokenizationPanel::~TokenizationPanel() = default;

void TokenizationPanel::buildUi()
{
    m_corpusLabel = new QLabel(this);
    m_corpusCombo = new QComboBox(this);
    m_corpusCombo->setObjectName(QStringLiteral("tokenizationCorpus"));
    m_corpusCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_corpusCombo->setMinimumContentsLength(20);
    m_corpusLabel->setBuddy(m_corpusCombo);
    connect(m_corpusCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTrainingForm();
        refreshComparison();
    });
    m_catalog = new TokenizerCatalog(m_workspace, m_jobs, m_corpusCombo, this);
    m_sampleButton = new QPushButton(this);
    m_sampleButton->setObjectName(QStringLiteral("sampleButton"));
    connect(m_sampleButton, &QPushButton::clicked, this, &TokenizationPanel::sampleFromCorpus);
    m_resetTextButton = new QPushButton(this);
    connect(m_resetTextButton, &QPushButton::clicked, this, [this] { setText(lectureSentence()); });

    m_textLabel = new QLabel(this);
    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("tokenizationText"));
    QFont textFont = m_textEdit->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.2);
    m_textEdit->setFont(textFont);
    m_textEdit->setPlainText(lectureSentence());
    m_textEdit->setMaximumHeight(QFontMetrics(textFont).lineSpacing() * 2 + 14);
    m_textLabel->setBuddy(m_textEdit);
    // Re-tokenize after a pause in typing, not on every key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(typing, &QTimer::timeout, this, [this] {
        refreshComparison();
        m_replayTab->updateStep();
    });
    connect(m_textEdit, &QPlainTextEdit::textChanged, typing, qOverload<>(&QTimer::start));

    auto* topBar = new QHBoxLayout;
    topBar->addWidget(m_corpusLabel);
    topBar->addWidget(m_corpusCombo, 1);
    topBar->addWidget(m_sampleButton);
    topBar->addWidget(m_resetTextButton);
    auto* textRow = new QHBoxLayout;
    textRow->addWidget(m_textLabel, 0, Qt::AlignTop);
    textRow->addWidget(m_textEdit, 1);

    const auto text = [this] { return this->text(); };
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tokenizationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_compareTab = new TokenizationCompareTab(*m_catalog, text, this), QString());
    m_tabs->addTab(m_replayTab = new TokenizationReplayTab(*m_catalog, text, this), QString());
    m_tabs->addTab(m_trainTab = new TokenizationTrainTab(*m_catalog, m_importer, this), QString());
    m_tabs->addTab(m_vocabularyTab = new TokenizationVocabularyTab(*m_catalog, this), QString());
    m_tabs->addTab(m_statisticsTab = new TokenizationStatisticsTab(*m_catalog, this), QString());

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(topBar);
    centreLayout->addLayout(textRow);
    centreLayout->addWidget(m_tabs, 1);

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &TokenizationPanel::loadLectureExample);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("tokenizationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(centre);
    splitter->addWidget(m_lessonBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 290});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
}

void TokenizationPanel::retranslate()
{
    m_corpusLabel->setText(tr("&Corpus:"));
    m_corpusCombo->setToolTip(tr("The corpus to train on, to take sample texts from and to measure "
                                 "the tokenizers on (a corpus or a processed corpus)"));
    m_sampleButton->setText(tr("Random &document"));
    m_sampleButton->setToolTip(tr("Replaces the text with a random document of the corpus"));
    m_resetTextButton->setText(tr("Lecture's sentence"));
    m_resetTextButton->setToolTip(tr("“%1”").arg(lectureSentence()));
    m_textLabel->setText(tr("&Text:"));
    m_textEdit->setToolTip(tr("The text every tokenizer cuts; type or paste your own"));

    m_tabs->setTabText(m_tabs->indexOf(m_compareTab), tr("Compare"));
    m_tabs->setTabText(m_tabs->indexOf(m_replayTab), tr("Merge replay"));
    m_tabs->setTabText(m_tabs->indexOf(m_trainTab), tr("Train"));
    m_tabs->setTabText(m_tabs->indexOf(m_vocabularyTab), tr("Vocabulary"));
    m_tabs->setTabText(m_tabs->indexOf(m_statisticsTab), tr("Statistics"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_compareTab), tr("The same text cut by several tokenizers"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_replayTab),
                          tr("How a subword tokenizer builds its tokens, merge by merge"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_trainTab), tr("Train, import and export tokenizers"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_vocabularyTab), tr("Every token of a tokenizer"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_statisticsTab),
                          tr("Tokens per word, bytes per token and unknown tokens on held-out text"));
    m_compareTab->retranslate();
    m_replayTab->retranslate();
    m_trainTab->retranslate();
    m_vocabularyTab->retranslate();
    m_statisticsTab->retranslate();

    m_lessonBox->setTitle(tr("Tokenization: words, characters, subwords"));
    m_lessonBox->setText(tr(
        "<p>A model reads <b>tokens</b>, ids from a vocabulary fixed <i>before</i> training. "
        "<b>Words</b> make short sequences but a huge vocabulary, and every unseen word is "
        "<tt>[UNK]</tt>. <b>Characters</b> never fail but make long sequences of letters that "
        "mean little. <b>Subwords</b> sit in between: frequent words stay whole, rare ones are "
        "cut into pieces (<i>señor</i> + <i>ial</i>).</p>"
        "<p><b>BPE</b> (byte-pair encoding) starts from characters (GPT-2: from the 256 bytes) "
        "and repeatedly merges the <b>most frequent</b> adjacent pair, until the vocabulary "
        "reaches its maximum size:</p>"
        "<p align=\"center\" style=\"font-size:large\">(<i>a</i>, <i>b</i>) = argmax "
        "freq(<i>a</i><i>b</i>)</p>"
        "<p><b>WordPiece</b> (BERT) merges the pair with the highest score</p>"
        "<p align=\"center\" style=\"font-size:large\">freq(<i>ab</i>) / (freq(<i>a</i>) "
        "&middot; freq(<i>b</i>))</p>"
        "<p>which favours pairs whose parts rarely occur apart. Word pieces inside a word "
        "start with <tt>##</tt>.</p>"
        "<p>The <b>merge replay</b> shows a text after the first <i>k</i> merges: the tokens are "
        "built up from characters. The statistics measure how many tokens a word needs and how "
        "often a tokenizer gives up (<tt>[UNK]</tt>) on documents it was not trained on.</p>"));

    updateTrainingForm();
    rebuildTokenizerLists();
    m_vocabularyTab->updateCount();
    m_statisticsTab->showStatistics();
}

// ---------------------------------------------------------------------------------------
// Inputs

QString TokenizationPanel::text() const
{
    return m_textEdit->toPlainText();
}

void TokenizationPanel::setText(const QString& text)
{
    m_textEdit->setPlainText(text);
    refreshComparison();
    m_replayTab->updateStep();
}

void TokenizationPanel::rebuildCorpusCombo()
{
    const QString current = m_corpusCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_corpusCombo);
        m_corpusCombo->clear();
        for (const auto& corpus : m_workspace.corpora())
            m_corpusCombo->addItem(QString::fromStdString(corpus->name),
                                   QStringLiteral("corpus:") + QString::fromStdString(corpus->id));
        for (const auto& corpus : m_workspace.processedCorpora())
            m_corpusCombo->addItem(tr("%1 (processed)").arg(QString::fromStdString(corpus->name)),
                                   QStringLiteral("processed:") + QString::fromStdString(corpus->id));
        const int kept = m_corpusCombo->findData(current);
        m_corpusCombo->setCurrentIndex(kept >= 0 ? kept : (m_corpusCombo->count() > 0 ? 0 : -1));
    }
    updateTrainingForm();
    refreshComparison();
}

void TokenizationPanel::selectCorpus(const QString& key)
{
    TokenizationUi::selectData(m_corpusCombo, key);
}

void TokenizationPanel::sampleFromCorpus()
{
    const QString key = m_corpusCombo->currentData().toString();
    const std::string id = key.section(QLatin1Char(':'), 1).toStdString();
    QString sample;
    if (key.startsWith(QLatin1String("corpus:"))) {
        auto corpus = m_workspace.corpus(id);
        if (!corpus || corpus->documents.empty())
            return;
        const auto index = QRandomGenerator::global()->bounded(qsizetype(corpus->documents.size()));
        sample = QString::fromStdString(corpus->documents[std::size_t(index)].text);
    } else {
        auto corpus = m_workspace.processedCorpus(id);
        if (!corpus || corpus->documents.empty())
            return;
        const auto index = QRandomGenerator::global()->bounded(qsizetype(corpus->documents.size()));
        sample = QString::fromStdString(TrainingTexts::joinedText(*corpus, std::size_t(index)));
    }
    if (sample.size() > maxSampleCharacters) {
        const qsizetype space = sample.lastIndexOf(QLatin1Char(' '), maxSampleCharacters);
        sample = sample.left(space > maxSampleCharacters / 2 ? space : maxSampleCharacters) + QStringLiteral("…");
    }
    setText(sample);
}

// ---------------------------------------------------------------------------------------
// The tabs

std::shared_ptr<const lengua::Tokenizer> TokenizationPanel::tokenizerFor(const QString& key) const
{
    return m_catalog->tokenizerFor(key);
}

TokenizerComparisonView* TokenizationPanel::comparisonView() const
{
    return m_compareTab->comparisonView();
}

VocabularyTableModel* TokenizationPanel::vocabularyModel() const
{
    return m_vocabularyTab->model();
}

TokenStrip* TokenizationPanel::replayStrip() const
{
    return m_replayTab->strip();
}

QSlider* TokenizationPanel::replaySlider() const
{
    return m_replayTab->slider();
}

void TokenizationPanel::rebuildTokenizerLists()
{
    m_compareTab->rebuildChoices();
    m_vocabularyTab->rebuildCombo();
    m_replayTab->rebuildCombo();
    m_trainTab->rebuildList();
}

void TokenizationPanel::refreshComparison()
{
    if (m_compareTab)
        m_compareTab->refresh();
}

void TokenizationPanel::updateTrainingForm()
{
    if (m_trainTab)
        m_trainTab->updateForm();
}

TokenizerTrainingRequest TokenizationPanel::trainingRequest() const
{
    return m_trainTab->trainingRequest();
}

JobHandle* TokenizationPanel::train()
{
    return m_trainTab->train();
}

JobHandle* TokenizationPanel::startTraining(TokenizerTrainingRequest request)
{
    return m_trainTab->startTraining(std::move(request));
}

JobHandle* TokenizationPanel::importTokenizer(const QString& path)
{
    return m_trainTab->importTokenizer(path);
}

QString TokenizationPanel::exportTokenizer(const QString& id, const QString& path, FileFormat format)
{
    return m_trainTab->exportTokenizer(id, path, format);
}

void TokenizationPanel::showVocabularyOf(const QString& key)
{
    m_vocabularyTab->showVocabularyOf(key);
}

void TokenizationPanel::replayTokenizer(const QString& key)
{
    m_replayTab->replayTokenizer(key);
}

JobHandle* TokenizationPanel::computeStatistics()
{
    return m_statisticsTab->computeStatistics();
}

// ---------------------------------------------------------------------------------------
// Views and the lecture's example

bool TokenizationPanel::showView(const QString& view)
{
    const std::pair<const char*, QWidget*> views[] = {{"compare", m_compareTab},
                                                      {"replay", m_replayTab},
                                                      {"train", m_trainTab},
                                                      {"vocabulary", m_vocabularyTab},
                                                      {"statistics", m_statisticsTab}};
    if (view.isEmpty())
        return true;
    for (const auto& [name, tab] : views) {
        if (view == QLatin1String(name)) {
            m_tabs->setCurrentWidget(tab);
            // A picture of tokens needs tokenizers: a fresh workspace gets the lecture's.
            if (tab != m_trainTab && m_workspace.tokenizers().empty()) {
                if (m_corpusCombo->count() > 0)
                    loadLectureExample();
                else
                    m_examplePending = true; // the session's first corpus will do
            }
            return true;
        }
    }
    return false;
}

void TokenizationPanel::exportCurrentView()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_vocabularyTab)
        ViewExporter::exportTableWithDialog(m_vocabularyTab->shownModel(), this);
    else if (tab == m_statisticsTab)
        ViewExporter::exportTableWithDialog(m_statisticsTab->table()->model(), this);
    else if (tab == m_compareTab)
        ViewExporter::exportPictureWithDialog(m_compareTab->comparisonView(), this);
    else
        ViewExporter::exportPictureWithDialog(tab, this);
}

void TokenizationPanel::loadLectureExample()
{
    setText(lectureSentence());
    if (m_corpusCombo->count() == 0) {
        m_examplePending = true;
        // Wait for the first corpus (the sample that the main window loads, or ours).
        if (m_importer && m_jobs.runningCount() == 0)
            m_importer->loadEmbeddedSample();
        return;
    }
    runLectureExample();
}

void TokenizationPanel::runLectureExample()
{
    m_examplePending = false;
    for (const auto& job : m_exampleJobs)
        if (job)
            return; // already training
    m_exampleJobs.clear();
    m_exampleWordPiece.clear();
    m_exampleBpe.clear();

    auto existing = [this](const std::string& name) -> QString {
        for (const TokenizerArtefact& artefact : m_workspace.tokenizers())
            if (artefact.name == name)
                return QString::fromStdString(artefact.id);
        return {};
    };
    const std::pair<TokenizerTrainingRequest::Method, std::size_t> wanted[] = {
        {TokenizerTrainingRequest::Method::WordPiece, exampleWordPieceSize},
        {TokenizerTrainingRequest::Method::Bpe, exampleBpeSize}};
    for (const auto& [method, size] : wanted) {
        TokenizerTrainingRequest request = m_catalog->requestFor(method);
        request.vocabularySize = size;
        request.minimumFrequency = 2;
        request.holdOut = true;
        QString& slot = method == TokenizerTrainingRequest::Method::Bpe ? m_exampleBpe : m_exampleWordPiece;
        // The name the training job will give it: reuse a tokenizer already trained.
        const std::string name = QStringLiteral("%1 %2 · %3")
                                     .arg(TokenizerTrainingRequest::methodName(method),
                                          QLocale().toString(qulonglong(size)),
                                          QString::fromStdString(request.corpusName))
                                     .toStdString();
        slot = existing(name);
        if (!slot.isEmpty())
            continue;
        JobHandle* job = m_jobs.start(TokenizerTraining::title(request), TokenizerTraining::job(request));
        m_exampleJobs.push_back(job);
        const std::string sourceId = request.corpusId;
        connect(job, &JobHandle::succeeded, this, [this, job, method, sourceId](const std::any& result) {
            auto trained = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(result);
            const QString id = QString::fromStdString(m_catalog->addTrained(*trained, sourceId));
            (method == TokenizerTrainingRequest::Method::Bpe ? m_exampleBpe : m_exampleWordPiece) = id;
            std::erase_if(m_exampleJobs, [job](const QPointer<JobHandle>& j) { return !j || j == job; });
            finishLectureExample();
        });
        connect(job, &JobHandle::failed, this, [this](const QString& error) {
            m_trainTab->setStatus(tr("The lecture's example could not be trained: %1").arg(error));
        });
    }
    finishLectureExample();
}

void TokenizationPanel::finishLectureExample()
{
    if (m_exampleWordPiece.isEmpty() || m_exampleBpe.isEmpty())
        return;
    // Words, characters, WordPiece and BPE side by side: the lecture's comparison.
    m_compareTab->showTokenizers({TokenizerCatalog::wordsKey, TokenizerCatalog::charsKey,
                                  m_exampleWordPiece, m_exampleBpe});
    replayTokenizer(m_exampleBpe);
    showVocabularyOf(m_exampleBpe);
    // Ready to play: from bytes.
    m_replayTab->slider()->setValue(0);
    refreshComparison();
    if (m_tabs->currentWidget() == m_trainTab)
        m_tabs->setCurrentWidget(m_compareTab);
}
