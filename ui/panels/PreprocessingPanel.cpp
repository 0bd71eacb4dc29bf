// The Preprocessing panel (see PreprocessingPanel.h).
#include "PreprocessingPanel.h"

#include "CorpusImporter.h"
#include "StopWordsDialog.h"
#include "Workspace.h"
#include "core/EmbeddedText.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "preprocessing/CompareView.h"
#include "preprocessing/CorrectionsView.h"
#include "preprocessing/VocabularyView.h"
#include "text/Corpus.h"
#include "text/HunspellDictionary.h"
#include "text/Pipeline.h"
#include "text/ProcessedCorpus.h"
#include "text/WordList.h"
#include "widgets/BeforeAfterView.h"
#include "widgets/LessonBox.h"
#include "widgets/StepChecklist.h"
#include "widgets/ViewExporter.h"
#include "widgets/VocabularyChart.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The document of the lecture's messy example in the embedded sample.
const QString lectureDocument = QStringLiteral("lecture-07");

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

PreprocessingPanel::PreprocessingPanel(Workspace& workspace, JobRunner& jobs,
                                       CorpusImporter& importer, QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("preprocessingPanel"));
    buildUi();

    connect(&m_workspace, &Workspace::corporaChanged, this, &PreprocessingPanel::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::corpusAdded, this, [this](const QString& id) {
        // A new corpus is the one the user wants to work on next.
        selectCorpus(id);
        const auto corpus = m_workspace.corpus(id.toStdString());
        if (m_exampleWanted && corpus && corpus->source == "sample") {
            m_exampleWanted = false;
            loadLectureExample();
        }
    });
    connect(&m_workspace, &Workspace::processedCorporaChanged, this,
            &PreprocessingPanel::rebuildResultCombo);

    rebuildCorpusCombo();
    retranslate();
    m_compareView->scheduleTrace(); // says what to do when there is no corpus yet
}

void PreprocessingPanel::buildUi()
{
    // Top bar: the corpus, its language, and which processed result is shown.
    m_corpusLabel = new QLabel(this);
    m_corpusCombo = new QComboBox(this);
    m_corpusCombo->setObjectName(QStringLiteral("corpusCombo"));
    m_corpusCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_corpusCombo->setMinimumContentsLength(10);
    m_corpusLabel->setBuddy(m_corpusCombo);
    connect(m_corpusCombo, &QComboBox::currentIndexChanged, this,
            &PreprocessingPanel::showCurrentCorpus);

    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const char* code : {"auto", "es", "en"})
        m_languageCombo->addItem(QString(), QString::fromLatin1(code));
    m_languageLabel->setBuddy(m_languageCombo);
    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setObjectName(QStringLiteral("detectedLanguage"));
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateLanguageLabel();
        settingsChanged();
    });

    m_resultLabel = new QLabel(this);
    m_resultCombo = new QComboBox(this);
    m_resultCombo->setObjectName(QStringLiteral("resultCombo"));
    m_resultCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resultCombo->setMinimumContentsLength(12);
    m_resultLabel->setBuddy(m_resultCombo);
    connect(m_resultCombo, &QComboBox::currentIndexChanged, this,
            &PreprocessingPanel::showCurrentResult);

    auto* topBar = new QHBoxLayout;
    topBar->addWidget(m_corpusLabel);
    topBar->addWidget(m_corpusCombo, 1);
    topBar->addSpacing(12);
    topBar->addWidget(m_languageLabel);
    topBar->addWidget(m_languageCombo);
    topBar->addWidget(m_detectedLabel);
    topBar->addSpacing(12);
    topBar->addWidget(m_resultLabel);
    topBar->addWidget(m_resultCombo, 1);

    // Left column: the steps, then the name of the result and the Process button.
    m_checklist = new StepChecklist(this);
    connect(m_checklist, &StepChecklist::settingsChanged, this, &PreprocessingPanel::settingsChanged);
    connect(m_checklist, &StepChecklist::editStopWordsRequested, this,
            &PreprocessingPanel::editStopWords);
    m_stepsScroll = new QScrollArea(this);
    m_stepsScroll->setObjectName(QStringLiteral("stepsScroll"));
    m_stepsScroll->setWidget(m_checklist);
    m_stepsScroll->setWidgetResizable(true);
    m_stepsScroll->setFrameShape(QFrame::NoFrame);
    m_stepsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("processedNameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    m_processButton = new QPushButton(this);
    m_processButton->setObjectName(QStringLiteral("processButton"));
    m_processButton->setDefault(true);
    connect(m_processButton, &QPushButton::clicked, this, [this] {
        if (m_processJob)
            m_processJob->cancel();
        else
            process();
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("processProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_processStatus = new QLabel(this);
    m_processStatus->setObjectName(QStringLiteral("processStatus"));
    m_processStatus->setWordWrap(true);
    m_processStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* stepsBox = new QWidget(this);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_stepsScroll, 1);
    stepsLayout->addWidget(m_nameLabel);
    stepsLayout->addWidget(m_nameEdit);
    stepsLayout->addWidget(m_processButton);
    stepsLayout->addWidget(m_progress);
    stepsLayout->addWidget(m_processStatus);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preprocessingTabs"));
    m_tabs->setDocumentMode(true);
    m_compareView = new CompareView(this);
    m_compareView->setSettingsSource([this] {
        lengua::PipelineSettings settings = currentSettings();
        // The document is processed as Process would: in the corpus's language, not
        // one guessed from its few words.
        if (settings.language == "auto" && !m_detectedLanguage.isEmpty())
            settings.language = m_detectedLanguage.toStdString();
        return settings;
    });
    m_vocabularyView = new VocabularyView(this);
    m_correctionsView = new CorrectionsView(this);
    connect(m_correctionsView, &CorrectionsView::documentRequested, this,
            [this](const QString& id) {
                if (m_result && m_corpus && m_result->sourceCorpusId == m_corpus->id
                    && showDocumentById(id)) {
                    m_tabs->setCurrentWidget(m_compareView);
                    m_compareView->beforeAfterView()->setStepByName("spell");
                }
            });
    m_tabs->addTab(m_compareView, QString());
    m_tabs->addTab(m_vocabularyView, QString());
    m_tabs->addTab(m_correctionsView, QString());

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, [this] {
        m_tabs->setCurrentWidget(m_compareView);
        loadLectureExample();
    });
    m_lessonBox->setMinimumWidth(200);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("preprocessingSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(stepsBox);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(m_lessonBox);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({260, 600, 280});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_mainSplitter, 1);
}

void PreprocessingPanel::retranslate()
{
    m_corpusLabel->setText(tr("&Corpus:"));
    m_corpusCombo->setToolTip(tr("The corpus to preprocess"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setItemText(0, tr("Automatic"));
    m_languageCombo->setItemText(1, tr("Spanish"));
    m_languageCombo->setItemText(2, tr("English"));
    m_languageCombo->setToolTip(tr("The language of the stop words, the stemmer and the "
                                   "dictionary. Automatic: guessed from how many words are "
                                   "Spanish or English stop words."));
    m_resultLabel->setText(tr("&Result:"));
    m_resultCombo->setToolTip(tr("The processed version of this corpus shown in the "
                                 "Vocabulary and Corrections tabs (every run is kept in the "
                                 "workspace)"));

    m_nameLabel->setText(tr("&Name of the result:"));
    m_nameEdit->setToolTip(tr("The name under which the processed corpus is saved in the "
                              "workspace; later lessons pick it by this name"));
    m_progress->setToolTip(tr("Processing the whole corpus; the jobs dock shows the details"));

    m_tabs->setTabText(m_tabs->indexOf(m_compareView), tr("Before / after"));
    m_tabs->setTabText(m_tabs->indexOf(m_vocabularyView), tr("Vocabulary"));
    m_tabs->setTabText(m_tabs->indexOf(m_correctionsView), tr("Corrections"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_compareView),
                          tr("One document before and after the steps, changes highlighted"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_vocabularyView),
                          tr("How many types and tokens are left after each step"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_correctionsView),
                          tr("Every spelling correction made in the corpus"));

    m_compareView->retranslate();
    m_vocabularyView->retranslate();
    m_correctionsView->retranslate();

    m_lessonBox->setTitle(tr("Preprocessing: from raw text to tokens"));
    m_lessonBox->setText(tr(
        "<p>Before a model can read a text, the text is <b>cleaned</b> and "
        "<b>normalised</b>, step by step. Each choice changes what the model sees.</p>"
        "<p><b>1. Cleaning</b>: HTML, Markdown (<tt>**negritas**</tt>), URLs, e-mails, emoji "
        "and decorations such as <tt>###</tt> are not language.</p>"
        "<p><b>2. Normalisation</b>: Unicode NFC, so that <i>canción</i> is always the same "
        "string; <b>case folding</b> makes <i>Esta</i> and <i>esta</i> one word.</p>"
        "<p><b>3. Sentences</b>: a period does not always end one (<i>el Sr. García</i>).</p>"
        "<p><b>4. Tokens</b>: the words, with or without punctuation.</p>"
        "<p><b>5. Stop words</b> (<i>de, la, que</i>) are the most frequent words and carry "
        "the least meaning; removing them shortens the text a lot.</p>"
        "<p><b>6. Stemming</b> cuts suffixes by rule (<i>corriendo</i> → <i>corr</i>); "
        "<b>lemmatisation</b> looks up the dictionary form (<i>llegó</i> → <i>llegar</i>). "
        "Both shrink the vocabulary.</p>"
        "<p><b>7. Spelling</b>: in Spanish, accents matter: <i>cancion</i> → <i>canción</i>, "
        "<i>corazon</i> → <i>corazón</i>. Stripping accents does the opposite: it merges "
        "<i>papa</i> and <i>papá</i>.</p>"
        "<p>The vocabulary |<i>V</i>| after each step shows what each choice costs and "
        "gains.</p>"));

    // The checklist column is as wide as its texts want, up to 280 px: beyond that it
    // scrolls, so the whole panel still fits 1280x800 beside the lesson navigator.
    m_stepsScroll->setMinimumWidth(std::min(280, m_checklist->sizeHint().width()
                                                     + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4));

    updateLanguageLabel();
    updateDefaultName();
    updateProcessControls();
    updateResources();
}

// --- corpus and language ---------------------------------------------------------

void PreprocessingPanel::rebuildCorpusCombo()
{
    const QString current = m_corpusCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_corpusCombo);
        m_corpusCombo->clear();
        for (const auto& corpus : m_workspace.corpora())
            m_corpusCombo->addItem(QString::fromStdString(corpus->name),
                                   QString::fromStdString(corpus->id));
        const int kept = m_corpusCombo->findData(current);
        m_corpusCombo->setCurrentIndex(kept >= 0 ? kept : m_corpusCombo->count() - 1);
    }
    showCurrentCorpus();
}

void PreprocessingPanel::selectCorpus(const QString& id)
{
    const int index = m_corpusCombo->findData(id);
    if (index >= 0)
        m_corpusCombo->setCurrentIndex(index);
}

void PreprocessingPanel::showCurrentCorpus()
{
    const std::string id = m_corpusCombo->currentData().toString().toStdString();
    auto corpus = id.empty() ? nullptr : m_workspace.corpus(id);
    if (corpus == m_corpus)
        return;
    m_corpus = std::move(corpus);
    m_detectedLanguage.clear();
    m_nameEdited = false;
    m_processError.clear();

    // The lecture's example document when it is there, else the first one.
    int document = -1;
    if (m_corpus && !m_corpus->documents.empty()) {
        document = 0;
        for (std::size_t i = 0; i < m_corpus->documents.size(); ++i) {
            if (m_corpus->documents[i].id == lectureDocument.toStdString()) {
                document = int(i);
                break;
            }
        }
    }
    m_compareView->setCorpus(m_corpus, document);
    rebuildResultCombo();
    startLanguageDetection();
    updateLanguageLabel();
    updateDefaultName();
    updateResources();
    updateProcessControls();
    m_compareView->scheduleTrace();
}

void PreprocessingPanel::startLanguageDetection()
{
    if (!m_corpus)
        return;
    // Reads at most 1 MB of the corpus: a short wait, so not a job of the jobs dock.
    auto corpus = m_corpus;
    auto* watcher = new QFutureWatcher<std::string>(this);
    connect(watcher, &QFutureWatcher<std::string>::finished, this, [this, watcher, corpus] {
        watcher->deleteLater();
        if (corpus != m_corpus)
            return;
        m_detectedLanguage = QString::fromStdString(watcher->result());
        updateLanguageLabel();
        updateDefaultName();
        updateResources();
        m_compareView->scheduleTrace();
    });
    watcher->setFuture(QtConcurrent::run([corpus]() -> std::string {
        try {
            lengua::PipelineSettings automatic;
            automatic.language = "auto";
            return lengua::Pipeline::resolveLanguage(automatic, *corpus);
        } catch (const std::exception&) {
            return "es"; // the course's language, as the engine's own fallback
        }
    }));
}

QString PreprocessingPanel::effectiveLanguage() const
{
    const QString chosen = m_languageCombo->currentData().toString();
    return chosen == QLatin1String("auto") ? m_detectedLanguage : chosen;
}

QString PreprocessingPanel::languageName(const QString& code) const
{
    if (code == QLatin1String("es"))
        return tr("Spanish");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

void PreprocessingPanel::updateLanguageLabel()
{
    const bool automatic = m_languageCombo->currentData().toString() == QLatin1String("auto");
    if (!automatic || !m_corpus)
        m_detectedLabel->clear();
    else if (m_detectedLanguage.isEmpty())
        m_detectedLabel->setText(tr("detecting…"));
    else
        m_detectedLabel->setText(tr("detected: %1").arg(languageName(m_detectedLanguage)));
    m_detectedLabel->setToolTip(tr("Guessed from the share of Spanish and English stop words in "
                                   "the first megabyte of the corpus"));
}

void PreprocessingPanel::updateDefaultName()
{
    if (m_nameEdited)
        return;
    if (!m_corpus) {
        m_nameEdit->clear();
        return;
    }
    m_nameEdit->setText(defaultName(QString::fromStdString(m_corpus->name), effectiveLanguage()));
}

QString PreprocessingPanel::defaultName(const QString& corpusName, const QString& language) const
{
    return tr("%1 · processed (%2)")
        .arg(corpusName, language.isEmpty() ? QStringLiteral("auto") : language);
}

QString PreprocessingPanel::processedName() const
{
    return m_nameEdit->text().trimmed();
}

void PreprocessingPanel::setProcessedName(const QString& name)
{
    m_nameEdit->setText(name);
    m_nameEdited = true;
}

void PreprocessingPanel::setDictionaryDirectory(const QString& directory)
{
    m_dictionaryDirectory = directory;
    updateResources();
    m_compareView->scheduleTrace();
}

void PreprocessingPanel::updateResources()
{
    // Hunspell's dictionaries are Debian packages; without one, spelling and
    // lemmas cannot run, and the checklist says what to install.
    QString language = effectiveLanguage();
    if (language.isEmpty())
        language = QStringLiteral("es");
    const QString directory = m_dictionaryDirectory.isEmpty()
                                  ? QString::fromStdString(
                                        lengua::HunspellDictionary::defaultDirectory().string())
                                  : m_dictionaryDirectory;
    const QString name = QString::fromStdString(
        lengua::HunspellDictionary::dictionaryName(language.toStdString()));
    const QDir dir(directory);
    const bool found = QFileInfo::exists(dir.filePath(name + QStringLiteral(".dic")))
                       && QFileInfo::exists(dir.filePath(name + QStringLiteral(".aff")));
    const QString package = language == QLatin1String("en") ? QStringLiteral("hunspell-en-us")
                                                            : QStringLiteral("hunspell-es");
    const QString reason = tr("The %1 Hunspell dictionary (%2) is not installed in %3. Install "
                              "the Debian package %4 (sudo apt install %4) to use this step.")
                               .arg(languageName(language), name + QStringLiteral(".dic"),
                                    QDir::toNativeSeparators(directory), package);
    for (const char* step : {"spell", "lemma"})
        m_checklist->setStepAvailable(step, found, reason);
}

// --- settings ----------------------------------------------------------------------

QString PreprocessingPanel::stopWordSettingKey(const QString& language) const
{
    return QStringLiteral("preprocessing/stopwords/") + language;
}

lengua::PipelineSettings PreprocessingPanel::currentSettings() const
{
    lengua::PipelineSettings settings = m_checklist->settings();
    settings.language = m_languageCombo->currentData().toString().toStdString();
    settings.stopWordList.clear();
    const QString language = effectiveLanguage();
    if (!language.isEmpty()) {
        const QString text = m_workspace.setting(stopWordSettingKey(language));
        if (!text.trimmed().isEmpty())
            settings.stopWordList = lengua::parseWordList(text.toStdString());
    }
    settings.dictionaryDirectory = m_dictionaryDirectory.toStdString();
    return settings;
}

void PreprocessingPanel::setSettings(const lengua::PipelineSettings& settings)
{
    const int language = m_languageCombo->findData(QString::fromStdString(settings.language));
    {
        const QSignalBlocker blocker(m_languageCombo);
        m_languageCombo->setCurrentIndex(std::max(0, language));
    }
    updateLanguageLabel();
    m_checklist->setSettings(settings); // emits settingsChanged
}

void PreprocessingPanel::settingsChanged()
{
    updateDefaultName();
    updateResources();
    m_compareView->scheduleTrace();
}

void PreprocessingPanel::editStopWords()
{
    QString language = effectiveLanguage();
    if (language.isEmpty())
        language = QStringLiteral("es");
    const auto defaults = lengua::embeddedText("stopwords-" + language.toStdString() + ".txt");
    const QString defaultText = defaults ? QString::fromUtf8(defaults->data(), qsizetype(defaults->size()))
                                         : QString();
    QString text = m_workspace.setting(stopWordSettingKey(language));
    if (text.trimmed().isEmpty())
        text = defaultText;
    StopWordsDialog dialog(languageName(language), text, defaultText, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The default list is not copied into the workspace: only a changed list is saved.
    m_workspace.setSetting(stopWordSettingKey(language), dialog.isDefault() ? QString()
                                                                            : dialog.text());
    m_compareView->scheduleTrace();
}

// --- the before/after view ---------------------------------------------------------

bool PreprocessingPanel::showDocument(int index)
{
    return m_compareView->showDocument(index);
}

bool PreprocessingPanel::showDocumentById(const QString& id)
{
    return m_compareView->showDocumentById(id);
}

int PreprocessingPanel::currentDocument() const
{
    return m_compareView->currentDocument();
}

bool PreprocessingPanel::isTracing() const
{
    return m_compareView->isTracing();
}

BeforeAfterView* PreprocessingPanel::compareView() const
{
    return m_compareView->beforeAfterView();
}

// --- processing the corpus ---------------------------------------------------------

JobHandle* PreprocessingPanel::process()
{
    if (!m_corpus || m_processJob)
        return nullptr;
    auto corpus = m_corpus;
    const lengua::PipelineSettings settings = currentSettings();
    // A name the user did not write says the language the engine actually used.
    const bool automaticName = !m_nameEdited || processedName().isEmpty();
    const QString name = processedName();
    JobHandle* job = m_jobs.start(
        tr("Preprocessing %1").arg(QString::fromStdString(corpus->name)),
        [corpus, settings](lengua::JobContext& context) {
            return std::any(std::make_shared<lengua::ProcessedCorpus>(
                lengua::Pipeline(settings).run(*corpus, context)));
        });
    m_processJob = job;
    m_processError.clear();
    m_processNote.clear();
    const std::string corpusId = corpus->id;
    connect(job, &JobHandle::progressChanged, this, [this, job](double fraction, const QString& message) {
        if (job != m_processJob)
            return;
        m_progress->setValue(int(fraction * 1000));
        m_processStatus->setText(message.isEmpty() ? tr("Processing… %1%").arg(int(fraction * 100))
                                                   : tr("Processing… %1% (%2)")
                                                         .arg(int(fraction * 100)).arg(message));
    });
    const QString corpusName = QString::fromStdString(corpus->name);
    connect(job, &JobHandle::succeeded, this,
            [this, name, automaticName, corpusName, corpusId](const std::any& result) {
        auto processed = std::any_cast<std::shared_ptr<lengua::ProcessedCorpus>>(result);
        processed->name = (automaticName ? defaultName(corpusName,
                                                       QString::fromStdString(processed->language))
                                         : name).toStdString();
        processed->sourceCorpusId = corpusId;
        const std::string id = m_workspace.addProcessedCorpus(processed);
        if (m_corpus && m_corpus->id == corpusId)
            selectResult(QString::fromStdString(id));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job == m_processJob)
            m_processError = tr("Processing failed: %1").arg(error);
    });
    connect(job, &JobHandle::cancelled, this, [this, job] {
        if (job == m_processJob)
            m_processNote = tr("Cancelled: nothing was saved.");
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job != m_processJob)
            return;
        m_processJob = nullptr;
        updateProcessControls();
    });
    updateProcessControls();
    return job;
}

JobHandle* PreprocessingPanel::processJob() const
{
    return m_processJob;
}

void PreprocessingPanel::updateProcessControls()
{
    const bool running = m_processJob != nullptr;
    m_processButton->setText(running ? tr("Cancel") : tr("&Process the corpus"));
    m_processButton->setToolTip(running ? tr("Stops processing; nothing is saved")
                                        : tr("Runs the checked steps on every document and saves "
                                             "the result in the workspace under the name above"));
    m_processButton->setEnabled(running || m_corpus != nullptr);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(int(m_processJob->fraction() * 1000));
        m_processStatus->setText(tr("Processing…"));
        m_processStatus->setStyleSheet({});
        return;
    }
    m_processStatus->setStyleSheet(m_processError.isEmpty() ? QString()
                                                            : QStringLiteral("color: #d32f2f"));
    if (!m_processError.isEmpty()) {
        m_processStatus->setText(m_processError);
    } else if (!m_processNote.isEmpty()) {
        m_processStatus->setText(m_processNote);
    } else if (m_result && m_corpus && m_result->sourceCorpusId == m_corpus->id) {
        QString text = tr("%1: %Ln document(s), %2 sentences, %3 tokens, in %4 s", nullptr,
                          int(m_result->documents.size()))
                           .arg(QString::fromStdString(m_result->name),
                                number(m_result->sentenceCount()), number(m_result->tokenCount()),
                                QLocale().toString(m_result->seconds, 'f', 2));
        for (const std::string& warning : m_result->warnings)
            text += QLatin1Char('\n') + QString::fromStdString(warning);
        m_processStatus->setText(text);
    } else {
        m_processStatus->setText(m_corpus ? tr("Not processed yet.") : QString());
    }
}

// --- results -----------------------------------------------------------------------

void PreprocessingPanel::rebuildResultCombo()
{
    const QString current = m_resultCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_resultCombo);
        m_resultCombo->clear();
        if (m_corpus) {
            for (const auto& processed : m_workspace.processedCorpora()) {
                if (processed->sourceCorpusId != m_corpus->id)
                    continue;
                m_resultCombo->addItem(QString::fromStdString(processed->name),
                                       QString::fromStdString(processed->id));
                m_resultCombo->setItemData(
                    m_resultCombo->count() - 1,
                    tr("Steps: %1").arg(QString::fromStdString(processed->settings.stepList())),
                    Qt::ToolTipRole);
            }
        }
        // The newest run when the one shown is gone.
        const int kept = m_resultCombo->findData(current);
        m_resultCombo->setCurrentIndex(kept >= 0 ? kept : m_resultCombo->count() - 1);
        m_resultCombo->setEnabled(m_resultCombo->count() > 0);
        if (m_resultCombo->count() == 0)
            m_resultCombo->setPlaceholderText(tr("(nothing processed yet)"));
    }
    showCurrentResult();
}

void PreprocessingPanel::selectResult(const QString& id)
{
    if (m_resultCombo->findData(id) < 0)
        rebuildResultCombo();
    const int index = m_resultCombo->findData(id);
    if (index >= 0)
        m_resultCombo->setCurrentIndex(index);
}

void PreprocessingPanel::showCurrentResult()
{
    const std::string id = m_resultCombo->currentData().toString().toStdString();
    auto result = id.empty() ? nullptr : m_workspace.processedCorpus(id);
    if (result == m_result)
        return;
    m_result = std::move(result);
    m_vocabularyView->chart()->setSteps(m_result ? m_result->steps
                                                 : std::vector<lengua::ProcessedCorpus::Step>{});
    m_correctionsView->setResult(m_result);
    updateProcessControls();
}

VocabularyChart* PreprocessingPanel::vocabularyChart() const
{
    return m_vocabularyView->chart();
}

CorrectionsTableModel* PreprocessingPanel::correctionsModel() const
{
    return m_correctionsView->model();
}

// --- lesson ------------------------------------------------------------------------

void PreprocessingPanel::exportCurrentView()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_vocabularyView)
        ViewExporter::exportPictureWithDialog(m_vocabularyView->chart(), this);
    else if (tab == m_correctionsView)
        ViewExporter::exportTableWithDialog(m_correctionsView->shownModel(), this);
    else
        ViewExporter::exportPictureWithDialog(m_compareView->beforeAfterView(), this);
}

bool PreprocessingPanel::showView(const QString& view)
{
    if (view.isEmpty())
        return true;
    QWidget* tab = nullptr;
    if (view == QLatin1String("compare") || view == QLatin1String("steps"))
        tab = m_compareView;
    else if (view == QLatin1String("vocabulary"))
        tab = m_vocabularyView;
    else if (view == QLatin1String("corrections"))
        tab = m_correctionsView;
    if (!tab)
        return false;
    m_tabs->setCurrentWidget(tab);
    if (view == QLatin1String("steps"))
        m_checklist->setFocus(Qt::OtherFocusReason);
    if ((tab == m_vocabularyView || tab == m_correctionsView) && m_workspace.processedCorpora().empty()) {
        bool haveSample = false;
        for (const auto& corpus : m_workspace.corpora())
            haveSample = haveSample || corpus->source == "sample";
        // Without the sample, wait for it (the window loads it at start) rather than
        // loading a second copy.
        if (haveSample)
            loadLectureExample();
        else
            m_exampleWanted = true;
    }
    return true;
}

void PreprocessingPanel::loadLectureExample()
{
    lengua::PipelineSettings settings; // the engine's defaults for the options
    for (const std::string& step : lengua::PipelineSettings::stepNames())
        settings.setEnabled(step, true);
    // Stripping accents would take back what spelling correction puts in
    // ("canción"), the point the lecture makes with this example.
    settings.accents = false;
    settings.language = "auto";
    setSettings(settings);
    // The step the lecture insists on; the other steps are one click away.
    m_compareView->beforeAfterView()->setPreferredStep("spell");

    std::shared_ptr<const lengua::Corpus> sample;
    for (const auto& corpus : m_workspace.corpora())
        if (corpus->source == "sample")
            sample = corpus;
    if (!sample) {
        // Continued when the sample arrives (see the corpusAdded connection).
        m_exampleWanted = m_importer.loadEmbeddedSample() != nullptr;
        return;
    }
    selectCorpus(QString::fromStdString(sample->id));
    showDocumentById(lectureDocument);
    // Process once with these settings; a run that is already there is shown instead.
    const lengua::PipelineSettings wanted = currentSettings();
    for (const auto& processed : m_workspace.processedCorpora()) {
        if (processed->sourceCorpusId == sample->id && processed->settings == wanted) {
            selectResult(QString::fromStdString(processed->id));
            return;
        }
    }
    process();
}
