// The Tokenization panel (see TokenizationPanel.h).
#include "TokenizationPanel.h"

#include "CorpusImporter.h"
#include "TokenDisplay.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/VocabularyTableModel.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "tokenize/BpeFiles.h"
#include "tokenize/ByteLevelAlphabet.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/MergeReplay.h"
#include "tokenize/TokenizerFile.h"
#include "tokenize/WordPiece.h"
#include "widgets/LessonBox.h"
#include "widgets/TokenStrip.h"
#include "widgets/TokenizerComparisonView.h"
#include "widgets/ViewExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace {

const QString bytesKey = QStringLiteral("builtin:bytes");
const QString charsKey = QStringLiteral("builtin:chars");
const QString wordsKey = QStringLiteral("builtin:words");

// The lecture example's sizes: small enough to train in a moment on the sample, large
// enough that the sentence's words are mostly whole.
constexpr std::size_t exampleBpeSize = 600;
constexpr std::size_t exampleWordPieceSize = 600;

// A random document longer than this is cut at a space near it.
constexpr int maxSampleCharacters = 600;

// The byte-level BPE with no merges: one token per byte, the replay's starting point.
std::shared_ptr<const lengua::Tokenizer> makeBytesTokenizer()
{
    lengua::Vocabulary vocabulary;
    for (int byte = 0; byte < 256; ++byte)
        vocabulary.add(lengua::ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(byte)));
    return std::make_shared<const lengua::ByteLevelBpe>(std::move(vocabulary),
                                                        std::vector<lengua::ByteLevelBpe::Merge>{});
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

QString TokenizationPanel::lectureSentence()
{
    return QStringLiteral("El señorial chalet se encontraba a la izquierda de la escuela");
}

TokenizationPanel::TokenizationPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter* importer,
                                     QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer), m_bytes(makeBytesTokenizer())
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

bool TokenizationPanel::interactive() const
{
    // Message boxes only in a real session: scripts and tests have no one to click them.
    return m_importer && m_importer->isInteractive();
}

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
        updateReplayStep();
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

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tokenizationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCompareTab(), QString());
    m_tabs->addTab(buildReplayTab(), QString());
    m_tabs->addTab(buildTrainTab(), QString());
    m_tabs->addTab(buildVocabularyTab(), QString());
    m_tabs->addTab(buildStatisticsTab(), QString());

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

QWidget* TokenizationPanel::buildCompareTab()
{
    m_compareTab = new QWidget(this);
    m_compareTab->setObjectName(QStringLiteral("compareTab"));
    m_comparison = new TokenizerComparisonView(m_compareTab);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    connect(m_comparison, &TokenizerComparisonView::rowsChanged, this,
            &TokenizationPanel::refreshComparison);
    m_compareHint = new QLabel(m_compareTab);
    m_compareHint->setWordWrap(true);
    m_compareHint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(m_compareTab);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(m_compareHint);
    return m_compareTab;
}

QWidget* TokenizationPanel::buildTrainTab()
{
    m_trainTab = new QWidget(this);
    m_trainTab->setObjectName(QStringLiteral("trainTab"));
    QFont bold = font();
    bold.setBold(true);

    m_formTitle = new QLabel(m_trainTab);
    m_formTitle->setFont(bold);
    m_methodLabel = new QLabel(m_trainTab);
    m_methodCombo = new QComboBox(m_trainTab);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    for (auto method : {TokenizerTrainingRequest::Method::Bpe, TokenizerTrainingRequest::Method::WordPiece,
                        TokenizerTrainingRequest::Method::Word, TokenizerTrainingRequest::Method::Character})
        m_methodCombo->addItem(QString(), int(method));
    m_sizeLabel = new QLabel(m_trainTab);
    m_sizeSpin = new QSpinBox(m_trainTab);
    m_sizeSpin->setObjectName(QStringLiteral("vocabularySizeSpin"));
    m_sizeSpin->setRange(2, 200000);
    m_sizeSpin->setSingleStep(100);
    m_sizeSpin->setValue(1000);
    m_sizeSpin->setGroupSeparatorShown(true);
    m_minimumLabel = new QLabel(m_trainTab);
    m_minimumSpin = new QSpinBox(m_trainTab);
    m_minimumSpin->setObjectName(QStringLiteral("minimumFrequencySpin"));
    m_minimumSpin->setRange(1, 100000);
    m_minimumSpin->setValue(2);
    m_specialLabel = new QLabel(m_trainTab);
    m_specialEdit = new QLineEdit(m_trainTab);
    m_specialEdit->setObjectName(QStringLiteral("specialTokensEdit"));
    m_holdOutCheck = new QCheckBox(m_trainTab);
    m_holdOutCheck->setObjectName(QStringLiteral("holdOutCheck"));
    m_holdOutCheck->setChecked(true);
    m_lowercaseCheck = new QCheckBox(m_trainTab);
    m_trainingCorpusLabel = new QLabel(m_trainTab);
    m_trainingCorpusValue = new QLabel(m_trainTab);
    m_trainingCorpusValue->setWordWrap(true);
    m_methodLabel->setBuddy(m_methodCombo);
    m_sizeLabel->setBuddy(m_sizeSpin);
    m_minimumLabel->setBuddy(m_minimumSpin);
    m_specialLabel->setBuddy(m_specialEdit);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto method = TokenizerTrainingRequest::Method(m_methodCombo->currentData().toInt());
        QStringList specials;
        for (const std::string& token : TokenizerTrainingRequest::defaultSpecialTokens(method))
            specials << QString::fromStdString(token);
        m_specialEdit->setText(specials.join(QLatin1Char(' ')));
        updateTrainingForm();
    });

    m_trainButton = new QPushButton(m_trainTab);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setDefault(true);
    m_cancelButton = new QPushButton(m_trainTab);
    m_cancelButton->setObjectName(QStringLiteral("cancelTrainingButton"));
    m_cancelButton->setEnabled(false);
    m_trainingProgress = new QProgressBar(m_trainTab);
    m_trainingProgress->setRange(0, 1000);
    m_trainingProgress->setValue(0);
    m_trainingProgress->setTextVisible(false);
    m_trainingStatus = new QLabel(m_trainTab);
    m_trainingStatus->setObjectName(QStringLiteral("trainingStatus"));
    m_trainingStatus->setWordWrap(true);
    connect(m_trainButton, &QPushButton::clicked, this, &TokenizationPanel::train);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_trainingJob)
            m_trainingJob->cancel();
    });

    auto* form = new QFormLayout;
    form->addRow(m_trainingCorpusLabel, m_trainingCorpusValue);
    form->addRow(m_methodLabel, m_methodCombo);
    form->addRow(m_sizeLabel, m_sizeSpin);
    form->addRow(m_minimumLabel, m_minimumSpin);
    form->addRow(m_specialLabel, m_specialEdit);
    form->addRow(QString(), m_holdOutCheck);
    form->addRow(QString(), m_lowercaseCheck);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto* formBox = new QWidget(m_trainTab);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formTitle);
    formLayout->addLayout(form);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_trainingProgress);
    formLayout->addWidget(m_trainingStatus);
    formLayout->addStretch(1);

    m_listTitle = new QLabel(m_trainTab);
    m_listTitle->setFont(bold);
    m_tokenizerList = new QTreeWidget(m_trainTab);
    m_tokenizerList->setObjectName(QStringLiteral("tokenizerList"));
    m_tokenizerList->setRootIsDecorated(false);
    m_tokenizerList->setColumnCount(3);
    m_tokenizerList->setAlternatingRowColors(true);
    m_tokenizerList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tokenizerList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tokenizerList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tokenizerList->header()->setStretchLastSection(false);
    m_importButton = new QToolButton(m_trainTab);
    m_importButton->setObjectName(QStringLiteral("importTokenizerButton"));
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_importButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                             style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_importButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* importMenu = new QMenu(m_importButton);
    importMenu->addAction(QString(), this, [this] { importWithDialog(false); })->setObjectName(
        QStringLiteral("importFile"));
    importMenu->addAction(QString(), this, [this] { importWithDialog(true); })->setObjectName(
        QStringLiteral("importFolder"));
    m_importButton->setMenu(importMenu);
    connect(m_importButton, &QToolButton::clicked, this, [this] { importWithDialog(false); });
    m_exportButton = new QPushButton(m_trainTab);
    m_exportButton->setObjectName(QStringLiteral("exportTokenizerButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &TokenizationPanel::exportWithDialog);
    m_removeButton = new QPushButton(m_trainTab);
    m_removeButton->setObjectName(QStringLiteral("removeTokenizerButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &TokenizationPanel::removeSelectedTokenizer);
    connect(m_tokenizerList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_tokenizerList->selectedItems().isEmpty();
        m_exportButton->setEnabled(selected);
        m_removeButton->setEnabled(selected);
    });
    m_exportButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_importButton);
    listButtons->addWidget(m_exportButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_removeButton);
    auto* listBox = new QWidget(m_trainTab);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_tokenizerList, 1);
    listLayout->addLayout(listButtons);

    auto* layout = new QHBoxLayout(m_trainTab);
    layout->addWidget(formBox, 2);
    layout->addSpacing(12);
    layout->addWidget(listBox, 3);
    m_methodCombo->setCurrentIndex(-1);
    m_methodCombo->setCurrentIndex(0);
    return m_trainTab;
}

QWidget* TokenizationPanel::buildVocabularyTab()
{
    m_vocabularyTab = new QWidget(this);
    m_vocabularyTab->setObjectName(QStringLiteral("vocabularyTab"));
    m_vocabularyCombo = new QComboBox(m_vocabularyTab);
    m_vocabularyCombo->setObjectName(QStringLiteral("vocabularyCombo"));
    m_vocabularyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vocabularyCombo->setMinimumContentsLength(22);
    m_vocabularySearch = new QLineEdit(m_vocabularyTab);
    m_vocabularySearch->setObjectName(QStringLiteral("vocabularySearch"));
    m_vocabularySearch->setClearButtonEnabled(true);
    m_vocabularyCount = new QLabel(m_vocabularyTab);
    m_vocabularyExport = new QPushButton(m_vocabularyTab);
    m_vocabularyModel = new VocabularyTableModel(this);
    m_vocabularyProxy = new QSortFilterProxyModel(this);
    m_vocabularyProxy->setSourceModel(m_vocabularyModel);
    m_vocabularyProxy->setSortRole(VocabularyTableModel::SortRole);
    m_vocabularyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_vocabularyProxy->setFilterKeyColumn(-1);
    m_vocabularyView = new QTableView(m_vocabularyTab);
    m_vocabularyView->setObjectName(QStringLiteral("vocabularyView"));
    m_vocabularyView->setModel(m_vocabularyProxy);
    setUpTable(m_vocabularyView);
    m_vocabularyView->setSortingEnabled(true);
    m_vocabularyView->sortByColumn(VocabularyTableModel::IdColumn, Qt::AscendingOrder);
    auto* header = m_vocabularyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VocabularyTableModel::TokenColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VocabularyTableModel::DisplayColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    m_vocabularyView->setColumnWidth(VocabularyTableModel::IdColumn,
                                     metrics.horizontalAdvance(QStringLiteral("0000000")) + 24);
    m_vocabularyView->setColumnWidth(VocabularyTableModel::SpecialColumn,
                                     metrics.horizontalAdvance(QStringLiteral("Special")) + 30);
    m_vocabularyView->setColumnWidth(VocabularyTableModel::FrequencyColumn,
                                     metrics.horizontalAdvance(QStringLiteral("Frequency")) + 30);
    QFont tokenFont = m_vocabularyView->font();
    tokenFont.setPointSizeF(tokenFont.pointSizeF() * 1.1);
    m_vocabularyView->setFont(tokenFont);

    connect(m_vocabularyCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_vocabularyCombo->currentData().toString();
        const Extras* extras = extrasFor(key);
        m_vocabularyModel->setTokenizer(tokenizerFor(key), extras ? extras->counts
                                                                  : std::vector<std::uint64_t>{});
        updateVocabularyCount();
    });
    connect(m_vocabularySearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_vocabularyProxy->setFilterFixedString(text);
        updateVocabularyCount();
    });
    connect(m_vocabularyExport, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_vocabularyProxy, this); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_vocabularyCombo);
    bar->addWidget(m_vocabularySearch, 1);
    bar->addWidget(m_vocabularyCount);
    bar->addWidget(m_vocabularyExport);
    auto* layout = new QVBoxLayout(m_vocabularyTab);
    layout->addLayout(bar);
    layout->addWidget(m_vocabularyView, 1);
    return m_vocabularyTab;
}

QWidget* TokenizationPanel::buildReplayTab()
{
    m_replayTab = new QWidget(this);
    m_replayTab->setObjectName(QStringLiteral("replayTab"));
    m_replayCombo = new QComboBox(m_replayTab);
    m_replayCombo->setObjectName(QStringLiteral("replayCombo"));
    m_replayCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_replayCombo->setMinimumContentsLength(22);
    m_playButton = new QPushButton(m_replayTab);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setCheckable(true);
    m_replaySlider = new QSlider(Qt::Horizontal, m_replayTab);
    m_replaySlider->setObjectName(QStringLiteral("replaySlider"));
    m_replaySlider->setRange(0, 0);
    m_replaySpin = new QSpinBox(m_replayTab);
    m_replaySpin->setObjectName(QStringLiteral("replaySpin"));
    m_replaySpin->setRange(0, 0);
    m_replaySpin->setGroupSeparatorShown(true);
    connect(m_replaySlider, &QSlider::valueChanged, m_replaySpin, &QSpinBox::setValue);
    connect(m_replaySpin, &QSpinBox::valueChanged, m_replaySlider, &QSlider::setValue);
    connect(m_replaySlider, &QSlider::valueChanged, this, &TokenizationPanel::updateReplayStep);
    connect(m_replayCombo, &QComboBox::currentIndexChanged, this, &TokenizationPanel::updateReplay);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(120);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_replaySlider->value() >= m_replaySlider->maximum()) {
            m_playButton->setChecked(false);
            togglePlay();
            return;
        }
        // About 15 seconds from characters to the full vocabulary, whatever its size.
        const int step = std::max(1, m_replaySlider->maximum() / 120);
        m_replaySlider->setValue(std::min(m_replaySlider->maximum(), m_replaySlider->value() + step));
    });
    connect(m_playButton, &QPushButton::clicked, this, &TokenizationPanel::togglePlay);

    m_mergeLabel = new QLabel(m_replayTab);
    m_mergeLabel->setObjectName(QStringLiteral("mergeLabel"));
    QFont mergeFont = font();
    mergeFont.setPointSizeF(mergeFont.pointSizeF() * 1.4);
    mergeFont.setBold(true);
    m_mergeLabel->setFont(mergeFont);
    m_mergeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replayCount = new QLabel(m_replayTab);
    m_replayCount->setObjectName(QStringLiteral("replayCount"));
    m_replayStrip = new TokenStrip(m_replayTab);
    m_replayStrip->setObjectName(QStringLiteral("replayStrip"));
    QFont stripFont = m_replayStrip->font();
    stripFont.setPointSizeF(stripFont.pointSizeF() * 1.5);
    m_replayStrip->setFont(stripFont);
    m_replayHint = new QLabel(m_replayTab);
    m_replayHint->setWordWrap(true);
    m_replayHint->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_replayCombo);
    bar->addWidget(m_playButton);
    bar->addWidget(m_replaySlider, 1);
    bar->addWidget(m_replaySpin);
    auto* stripScroll = new QScrollArea(m_replayTab);
    stripScroll->setWidget(m_replayStrip);
    stripScroll->setWidgetResizable(true);
    stripScroll->setFrameShape(QFrame::NoFrame);
    stripScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(m_replayTab);
    layout->addLayout(bar);
    layout->addSpacing(6);
    layout->addWidget(m_mergeLabel);
    layout->addWidget(m_replayCount);
    layout->addWidget(stripScroll, 1);
    layout->addWidget(m_replayHint);
    return m_replayTab;
}

QWidget* TokenizationPanel::buildStatisticsTab()
{
    m_statisticsTab = new QWidget(this);
    m_statisticsTab->setObjectName(QStringLiteral("statisticsTab"));
    m_statisticsHint = new QLabel(m_statisticsTab);
    m_statisticsHint->setWordWrap(true);
    m_statisticsButton = new QPushButton(m_statisticsTab);
    m_statisticsButton->setObjectName(QStringLiteral("statisticsButton"));
    connect(m_statisticsButton, &QPushButton::clicked, this, &TokenizationPanel::computeStatistics);
    m_statisticsExport = new QPushButton(m_statisticsTab);
    m_statisticsTable = new QTableWidget(m_statisticsTab);
    m_statisticsTable->setObjectName(QStringLiteral("statisticsTable"));
    m_statisticsTable->setColumnCount(6);
    setUpTable(m_statisticsTable);
    m_statisticsTable->setSortingEnabled(false);
    m_statisticsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statisticsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    QFont tableFont = m_statisticsTable->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.1);
    m_statisticsTable->setFont(tableFont);
    connect(m_statisticsExport, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_statisticsTable->model(), this); });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_statisticsHint, 1);
    bar->addWidget(m_statisticsButton, 0, Qt::AlignTop);
    bar->addWidget(m_statisticsExport, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(m_statisticsTab);
    layout->addLayout(bar);
    layout->addWidget(m_statisticsTable, 1);
    return m_statisticsTab;
}

void TokenizationPanel::retranslate()
{
    togglePlay(); // sets the play button's text and icon for its state
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
    m_comparison->retranslate();
    m_compareHint->setText(tr("Each chip is a token, its id underneath; ␣ is a space, <0xE2> one byte "
                              "of a character split by byte-level BPE, a red chip an unknown "
                              "token. Hover over a chip for its id, frequency and bytes."));

    m_formTitle->setText(tr("Train a tokenizer"));
    m_trainingCorpusLabel->setText(tr("Training corpus:"));
    m_methodLabel->setText(tr("&Method:"));
    for (int i = 0; i < m_methodCombo->count(); ++i)
        m_methodCombo->setItemText(i, TokenizerTrainingRequest::methodName(
                                          TokenizerTrainingRequest::Method(m_methodCombo->itemData(i).toInt())));
    m_methodCombo->setItemData(0, tr("Byte-level BPE (GPT-2): starts from the 256 bytes and merges the "
                                     "most frequent pair"), Qt::ToolTipRole);
    m_methodCombo->setItemData(1, tr("WordPiece (BERT): merges the pair with the highest "
                                     "freq(ab) / (freq(a)·freq(b)); continuations start with ##"),
                               Qt::ToolTipRole);
    m_methodCombo->setItemData(2, tr("One token per word: the most frequent words, the rest [UNK]"),
                               Qt::ToolTipRole);
    m_methodCombo->setItemData(3, tr("One token per character"), Qt::ToolTipRole);
    m_sizeLabel->setText(tr("&Vocabulary size:"));
    m_sizeSpin->setToolTip(tr("The maximum number of tokens, fixed before training (special tokens and "
                              "the alphabet included)"));
    m_minimumLabel->setText(tr("Minimum &frequency:"));
    m_minimumSpin->setToolTip(tr("A pair (or a word, a character) seen fewer times is never added"));
    m_specialLabel->setText(tr("&Special tokens:"));
    m_specialEdit->setToolTip(tr("Separated by spaces; they come first in the vocabulary and are "
                                 "never split"));
    m_holdOutCheck->setText(tr("Hold out the last 10% of the documents"));
    m_holdOutCheck->setToolTip(tr("Train on the other documents, so the statistics measure the "
                                  "tokenizer on text it has not seen"));
    m_lowercaseCheck->setText(tr("Lowercase words"));
    m_lowercaseCheck->setToolTip(tr("Word tokenizer: fold case before looking words up"));
    m_trainButton->setText(tr("&Train"));
    m_trainButton->setToolTip(tr("Trains as a background job; the tokenizer is added to the workspace"));
    m_cancelButton->setText(tr("Cancel"));
    m_listTitle->setText(tr("Tokenizers in the workspace"));
    m_tokenizerList->setHeaderLabels({tr("Name"), tr("Kind"), tr("Tokens")});
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Opens a tokenizer.json, a vocab.txt (BERT) or a folder with "
                                  "vocab.json and merges.txt (GPT-2)"));
    QList<QAction*> importActions = m_importButton->menu()->actions();
    importActions[0]->setText(tr("A file (tokenizer.json, vocab.txt, vocab.json)…"));
    importActions[1]->setText(tr("A folder (vocab.json + merges.txt, or vocab.txt)…"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Saves the selected tokenizer as tokenizer.json, vocab.txt or "
                                  "vocab.json + merges.txt"));
    m_removeButton->setText(tr("Remove"));

    m_vocabularyCombo->setToolTip(tr("The tokenizer whose vocabulary is listed"));
    m_vocabularySearch->setPlaceholderText(tr("Find a token"));
    m_vocabularyExport->setText(tr("Export CSV…"));
    m_vocabularyExport->setToolTip(tr("Saves the table as shown (filtered and sorted) as CSV"));

    m_replayCombo->setToolTip(tr("A BPE or WordPiece tokenizer trained in this session"));
    m_replaySlider->setToolTip(tr("Number of merges applied: 0 is bytes or characters, the end is "
                                  "the whole vocabulary"));
    m_replayHint->setText(tr("Drag the slider or press Play: BPE starts from single bytes and applies "
                             "its merges in the order it learnt them; the text's tokens grow from "
                             "characters into subwords and whole words."));

    m_statisticsButton->setText(tr("&Measure"));
    m_statisticsButton->setToolTip(tr("Tokenizes the held-out documents with every tokenizer"));
    m_statisticsExport->setText(tr("Export CSV…"));
    m_statisticsTable->setHorizontalHeaderLabels({tr("Tokenizer"), tr("Vocabulary"), tr("Tokens per word"),
                                                  tr("Bytes per token"), tr("Unknown tokens"),
                                                  tr("Documents")});

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
    updateVocabularyCount();
    showStatistics();
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
    updateReplayStep();
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
    const int index = m_corpusCombo->findData(key);
    if (index >= 0)
        m_corpusCombo->setCurrentIndex(index);
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
// Tokenizers

QString TokenizationPanel::builtinCacheKey(const QString& key) const
{
    return key + QLatin1Char('|') + m_corpusCombo->currentData().toString();
}

std::shared_ptr<const lengua::Tokenizer> TokenizationPanel::tokenizerFor(const QString& key) const
{
    if (key == bytesKey)
        return m_bytes;
    if (key == charsKey || key == wordsKey) {
        const auto it = m_builtins.find(builtinCacheKey(key));
        return it == m_builtins.end() ? nullptr : it->second;
    }
    const TokenizerArtefact* artefact = m_workspace.tokenizer(key.toStdString());
    return artefact ? artefact->tokenizer : nullptr;
}

const TokenizationPanel::Extras* TokenizationPanel::extrasFor(const QString& key) const
{
    const std::string id = (key == charsKey || key == wordsKey) ? builtinCacheKey(key).toStdString()
                                                                 : key.toStdString();
    if (const auto it = m_extras.find(id); it != m_extras.end())
        return &it->second;
    // A tokenizer from a saved workspace carries what its training saw.
    const TokenizerArtefact* artefact = m_workspace.tokenizer(id);
    if (!artefact || (artefact->tokenCounts.empty() && artefact->wordPieceMerges.empty()))
        return nullptr;
    return &(m_extras[id] = Extras{artefact->tokenCounts, artefact->wordPieceMerges});
}

QString TokenizationPanel::nameFor(const QString& key) const
{
    if (key == bytesKey)
        return tr("Bytes (UTF-8, no merges)");
    if (key == charsKey)
        return tr("Characters of the corpus");
    if (key == wordsKey)
        return tr("Words of the corpus");
    const TokenizerArtefact* artefact = m_workspace.tokenizer(key.toStdString());
    return artefact ? QString::fromStdString(artefact->name) : QString();
}

void TokenizationPanel::rebuildTokenizerLists()
{
    // The comparison's choices: the workspace's tokenizers, then the built-ins.
    std::vector<TokenizerComparisonView::Choice> choices;
    for (const TokenizerArtefact& artefact : m_workspace.tokenizers())
        choices.push_back({QString::fromStdString(artefact.id), QString::fromStdString(artefact.name),
                           QString::fromStdString(artefact.description)});
    choices.push_back({wordsKey, nameFor(wordsKey),
                       tr("The most frequent words of the corpus (trained when chosen)"), true});
    choices.push_back({charsKey, nameFor(charsKey),
                       tr("Every character of the corpus (trained when chosen)")});
    choices.push_back({bytesKey, nameFor(bytesKey), tr("One token per byte: where byte-level BPE starts")});
    m_comparison->setChoices(choices);
    if (m_comparison->rowCount() == 0) {
        m_comparison->addRow(wordsKey);
        m_comparison->addRow(charsKey);
    }

    auto refill = [this](QComboBox* combo, bool replayOnly) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const TokenizerArtefact& artefact : m_workspace.tokenizers()) {
            const QString id = QString::fromStdString(artefact.id);
            if (replayOnly) {
                const bool bpe = artefact.tokenizer->kind() == "bpe";
                const Extras* extras = extrasFor(id);
                const bool wordPiece = artefact.tokenizer->kind() == "wordpiece" && extras
                                       && !extras->wordPieceMerges.empty();
                if (!bpe && !wordPiece)
                    continue;
            }
            combo->addItem(QString::fromStdString(artefact.name), id);
            combo->setItemData(combo->count() - 1, QString::fromStdString(artefact.description),
                               Qt::ToolTipRole);
        }
        if (!replayOnly)
            combo->addItem(nameFor(bytesKey), bytesKey);
        const int kept = combo->findData(current);
        combo->setCurrentIndex(kept >= 0 ? kept : (combo->count() > 0 ? 0 : -1));
        return current != combo->currentData().toString();
    };
    if (refill(m_vocabularyCombo, false) || !m_vocabularyModel->tokenizer())
        Q_EMIT m_vocabularyCombo->currentIndexChanged(m_vocabularyCombo->currentIndex());
    if (refill(m_replayCombo, true) || !m_replay)
        updateReplay();

    const QString selected = m_tokenizerList->currentItem()
                                 ? m_tokenizerList->currentItem()->data(0, Qt::UserRole).toString()
                                 : QString();
    m_tokenizerList->clear();
    for (const TokenizerArtefact& artefact : m_workspace.tokenizers()) {
        auto* item = new QTreeWidgetItem(m_tokenizerList);
        item->setText(0, QString::fromStdString(artefact.name));
        item->setText(1, QString::fromStdString(artefact.tokenizer->kind()));
        item->setText(2, number(artefact.tokenizer->vocabulary().size()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QString::fromStdString(artefact.description));
        item->setData(0, Qt::UserRole, QString::fromStdString(artefact.id));
        if (item->data(0, Qt::UserRole).toString() == selected)
            m_tokenizerList->setCurrentItem(item);
    }
}

void TokenizationPanel::refreshComparison()
{
    if (!m_comparison)
        return;
    const std::string text = this->text().toStdString();
    const qsizetype characters = this->text().toUcs4().size();
    const QString corpusKey = m_corpusCombo->currentData().toString();
    for (int row = 0; row < m_comparison->rowCount(); ++row) {
        const QString key = m_comparison->rowChoice(row);
        auto tokenizer = tokenizerFor(key);
        if (!tokenizer) {
            if ((key == charsKey || key == wordsKey) && corpusKey.isEmpty()) {
                m_comparison->setRowMessage(row, tr("Load a corpus to build this tokenizer."));
            } else if (key == charsKey || key == wordsKey) {
                const QString cacheKey = builtinCacheKey(key);
                if (!m_builtinsTraining.count(cacheKey)) {
                    TokenizerTrainingRequest request = requestFor(
                        key == charsKey ? TokenizerTrainingRequest::Method::Character
                                        : TokenizerTrainingRequest::Method::Word);
                    request.vocabularySize = key == charsKey ? 5000 : 30000;
                    request.minimumFrequency = 1;
                    startBuiltinTraining(cacheKey, std::move(request));
                }
                m_comparison->setRowMessage(row, tr("Building it from the corpus…"));
            } else {
                m_comparison->setRowMessage(row, QString());
            }
            continue;
        }
        const lengua::Encoding encoding = tokenizer->encode(text);
        const Extras* extras = extrasFor(key);
        auto chips = TokenDisplay::chips(*tokenizer, encoding, extras ? &extras->counts : nullptr, text);
        const int count = int(encoding.size());
        QString summary = tr("%Ln token(s)", nullptr, count);
        if (count > 0)
            summary += tr(" · %1 characters per token")
                           .arg(QLocale().toString(double(characters) / count, 'f', 2));
        summary += tr(" · vocabulary %1").arg(number(tokenizer->vocabulary().size()));
        m_comparison->setRowResult(row, std::move(chips), summary);
    }
}

TokenizerTrainingRequest TokenizationPanel::requestFor(TokenizerTrainingRequest::Method method) const
{
    TokenizerTrainingRequest request;
    request.method = method;
    request.specialTokens = TokenizerTrainingRequest::defaultSpecialTokens(method);
    const QString key = m_corpusCombo->currentData().toString();
    const std::string id = key.section(QLatin1Char(':'), 1).toStdString();
    if (key.startsWith(QLatin1String("corpus:"))) {
        request.corpus = m_workspace.corpus(id);
        if (request.corpus)
            request.corpusName = request.corpus->name;
    } else if (key.startsWith(QLatin1String("processed:"))) {
        request.processedCorpus = m_workspace.processedCorpus(id);
        if (request.processedCorpus)
            request.corpusName = request.processedCorpus->name;
    }
    request.corpusId = id;
    return request;
}

void TokenizationPanel::startBuiltinTraining(const QString& cacheKey, TokenizerTrainingRequest request)
{
    if (!request.corpus && !request.processedCorpus)
        return;
    request.holdOut = true;
    m_builtinsTraining.insert(cacheKey);
    JobHandle* job = m_jobs.start(TokenizerTraining::title(request), TokenizerTraining::job(request));
    connect(job, &JobHandle::succeeded, this, [this, cacheKey](const std::any& result) {
        auto trained = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(result);
        m_builtins[cacheKey] = trained->tokenizer;
        m_extras[cacheKey.toStdString()] = Extras{trained->counts, {}};
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        m_compareHint->setText(tr("The built-in tokenizer could not be built: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, cacheKey] {
        m_builtinsTraining.erase(cacheKey);
        refreshComparison();
    });
}

// ---------------------------------------------------------------------------------------
// Training

void TokenizationPanel::updateTrainingForm()
{
    if (!m_trainingCorpusValue)
        return;
    const QString corpus = m_corpusCombo->currentText();
    m_trainingCorpusValue->setText(corpus.isEmpty() ? tr("none: load a corpus first") : corpus);
    const bool running = m_trainingJob && !m_trainingJob->isFinished();
    m_trainButton->setEnabled(!corpus.isEmpty() && !running);
    m_cancelButton->setEnabled(running);
    const auto method = TokenizerTrainingRequest::Method(m_methodCombo->currentData().toInt());
    m_lowercaseCheck->setVisible(method == TokenizerTrainingRequest::Method::Word);
}

TokenizerTrainingRequest TokenizationPanel::trainingRequest() const
{
    const auto method = TokenizerTrainingRequest::Method(m_methodCombo->currentData().toInt());
    TokenizerTrainingRequest request = requestFor(method);
    request.vocabularySize = std::size_t(m_sizeSpin->value());
    request.minimumFrequency = std::uint64_t(m_minimumSpin->value());
    request.specialTokens.clear();
    for (const QString& token : m_specialEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        request.specialTokens.push_back(token.toStdString());
    request.holdOut = m_holdOutCheck->isChecked();
    request.lowercase = m_lowercaseCheck->isChecked();
    return request;
}

JobHandle* TokenizationPanel::train()
{
    return startTraining(trainingRequest());
}

JobHandle* TokenizationPanel::startTraining(TokenizerTrainingRequest request)
{
    if (!request.corpus && !request.processedCorpus) {
        m_trainingStatus->setText(tr("Load or choose a corpus to train on."));
        return nullptr;
    }
    const std::string sourceId = request.corpusId;
    const auto method = request.method;
    JobHandle* job = m_jobs.start(TokenizerTraining::title(request), TokenizerTraining::job(std::move(request)));
    m_trainingJob = job;
    m_trainingProgress->setValue(0);
    m_trainingStatus->setText(tr("Training…"));
    connect(job, &JobHandle::progressChanged, this, [this, job, method](double fraction, const QString& message) {
        if (job != m_trainingJob)
            return;
        m_trainingProgress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        if (!job->cancelRequested())
            m_trainingStatus->setText(method == TokenizerTrainingRequest::Method::Bpe
                                              || method == TokenizerTrainingRequest::Method::WordPiece
                                          ? tr("Training… %1% (%2)").arg(int(fraction * 100)).arg(message)
                                          : tr("Training… %1%").arg(int(fraction * 100)));
    });
    connect(job, &JobHandle::succeeded, this, [this, sourceId](const std::any& result) {
        auto trained = std::any_cast<std::shared_ptr<const TrainedTokenizer>>(result);
        TokenizerArtefact artefact;
        artefact.id = lengua::newCorpusId();
        artefact.name = trained->name;
        artefact.tokenizer = trained->tokenizer;
        artefact.sourceCorpusId = sourceId;
        artefact.description = trained->description;
        artefact.tokenCounts = trained->counts;
        artefact.wordPieceMerges = trained->wordPieceMerges;
        // Extras first: the workspace's signal rebuilds the lists, which look them up.
        m_extras[artefact.id] = Extras{trained->counts, trained->wordPieceMerges};
        const std::string id = m_workspace.addTokenizer(std::move(artefact));
        const TokenizerArtefact* added = m_workspace.tokenizer(id);
        m_trainingStatus->setText(tr("Added “%1”: %2").arg(QString::fromStdString(added->name),
                                                           QString::fromStdString(added->description)));
    });
    connect(job, &JobHandle::cancelled, this, [this] {
        m_trainingStatus->setText(tr("Training cancelled; nothing was added."));
        m_trainingProgress->setValue(0);
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        m_trainingStatus->setText(tr("Training failed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job == m_trainingJob)
            m_trainingJob = nullptr;
        updateTrainingForm();
    });
    updateTrainingForm();
    return job;
}

// ---------------------------------------------------------------------------------------
// Vocabulary

void TokenizationPanel::showVocabularyOf(const QString& key)
{
    const int index = m_vocabularyCombo->findData(key);
    if (index >= 0)
        m_vocabularyCombo->setCurrentIndex(index);
}

void TokenizationPanel::updateVocabularyCount()
{
    const int total = m_vocabularyModel->rowCount();
    const int shown = m_vocabularyProxy->rowCount();
    m_vocabularyCount->setText(shown == total ? tr("%Ln token(s)", nullptr, total)
                                              : tr("%1 of %2 tokens").arg(number(std::uint64_t(shown)),
                                                                          number(std::uint64_t(total))));
}

// ---------------------------------------------------------------------------------------
// Merge replay

void TokenizationPanel::replayTokenizer(const QString& key)
{
    const int index = m_replayCombo->findData(key);
    if (index >= 0)
        m_replayCombo->setCurrentIndex(index);
}

void TokenizationPanel::updateReplay()
{
    const QString key = m_replayCombo->currentData().toString();
    m_replay.reset();
    m_replayKey = key;
    auto tokenizer = tokenizerFor(key);
    try {
        if (auto bpe = std::dynamic_pointer_cast<const lengua::ByteLevelBpe>(tokenizer)) {
            m_replay = std::make_shared<lengua::MergeReplay>(bpe);
        } else if (auto wordPiece = std::dynamic_pointer_cast<const lengua::WordPiece>(tokenizer)) {
            if (const Extras* extras = extrasFor(key))
                m_replay = std::make_shared<lengua::MergeReplay>(wordPiece, extras->wordPieceMerges);
        }
    } catch (const std::exception& error) {
        m_mergeLabel->setText(QString::fromStdString(error.what()));
    }
    const int merges = m_replay ? int(m_replay->mergeCount()) : 0;
    {
        const QSignalBlocker a(m_replaySlider), b(m_replaySpin);
        m_replaySlider->setRange(0, merges);
        m_replaySpin->setRange(0, merges);
        m_replaySlider->setValue(merges);
        m_replaySpin->setValue(merges);
        m_replaySpin->setSuffix(tr(" of %1").arg(number(std::uint64_t(merges))));
    }
    m_replaySlider->setPageStep(std::max(1, merges / 20));
    m_playButton->setEnabled(m_replay != nullptr);
    m_replaySlider->setEnabled(m_replay != nullptr);
    m_replaySpin->setEnabled(m_replay != nullptr);
    updateReplayStep();
}

void TokenizationPanel::updateReplayStep()
{
    if (!m_replay) {
        m_replayStrip->setTokens({});
        m_replayCount->clear();
        m_mergeLabel->setText(m_replayCombo->count() == 0
                                  ? tr("Train a BPE or WordPiece tokenizer to replay its merges.")
                                  : QString());
        return;
    }
    const auto k = std::size_t(m_replaySlider->value());
    const std::string text = this->text().toStdString();
    const lengua::Encoding encoding = m_replay->encode(text, k);
    const lengua::Tokenizer& tokenizer = m_replay->tokenizer();
    const Extras* extras = extrasFor(m_replayKey);
    m_replayStrip->setTokens(TokenDisplay::chips(tokenizer, encoding, extras ? &extras->counts : nullptr, text));
    const bool bpe = tokenizer.kind() == "bpe";
    auto shown = [bpe](const std::string& token) {
        if (!bpe)
            return QString::fromStdString(token);
        const auto bytes = lengua::ByteLevelAlphabet::decode(token);
        return bytes ? TokenDisplay::visible(*bytes) : QString::fromStdString(token);
    };
    if (k == 0) {
        m_mergeLabel->setText(bpe ? tr("No merges yet: one token per byte")
                                  : tr("No merges yet: one token per character"));
    } else {
        const lengua::MergeReplay::Step& step = m_replay->step(k - 1);
        m_mergeLabel->setText(tr("Merge %1: “%2” + “%3” → “%4”")
                                  .arg(number(k), shown(step.left), shown(step.right), shown(step.merged)));
    }
    const qsizetype characters = this->text().toUcs4().size();
    const int count = int(encoding.size());
    m_replayCount->setText(tr("After %1 of %2 merges: %Ln token(s)", nullptr, count)
                               .arg(number(k), number(m_replay->mergeCount()))
                           + (count ? tr(" · %1 characters per token")
                                          .arg(QLocale().toString(double(characters) / count, 'f', 2))
                                    : QString()));
}

void TokenizationPanel::togglePlay()
{
    if (m_playButton->isChecked()) {
        if (m_replaySlider->value() >= m_replaySlider->maximum())
            m_replaySlider->setValue(0);
        m_playTimer->start();
        m_playButton->setText(tr("Pause"));
        m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause"),
                                               style()->standardIcon(QStyle::SP_MediaPause)));
    } else {
        m_playTimer->stop();
        m_playButton->setText(tr("Play"));
        m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                               style()->standardIcon(QStyle::SP_MediaPlay)));
    }
}

// ---------------------------------------------------------------------------------------
// Statistics

JobHandle* TokenizationPanel::computeStatistics()
{
    const QString corpusKey = m_corpusCombo->currentData().toString();
    const TokenizerTrainingRequest source = requestFor(TokenizerTrainingRequest::Method::Word);
    if (!source.corpus && !source.processedCorpus) {
        m_statisticsHint->setText(tr("Load or choose a corpus to measure on."));
        return nullptr;
    }
    std::vector<std::pair<QString, std::shared_ptr<const lengua::Tokenizer>>> tokenizers;
    for (const TokenizerArtefact& artefact : m_workspace.tokenizers())
        tokenizers.emplace_back(QString::fromStdString(artefact.name), artefact.tokenizer);
    for (const QString& key : {wordsKey, charsKey})
        if (auto tokenizer = tokenizerFor(key))
            tokenizers.emplace_back(nameFor(key), tokenizer);
    tokenizers.emplace_back(nameFor(bytesKey), m_bytes);

    if (m_statisticsJob)
        m_statisticsJob->cancel();
    JobHandle* job = m_jobs.start(
        tr("Measuring %Ln tokenizer(s) on %1", nullptr, int(tokenizers.size()))
            .arg(QString::fromStdString(source.corpusName)),
        [tokenizers, corpus = source.corpus, processed = source.processedCorpus](lengua::JobContext& context) {
            const TrainingTexts texts = processed ? TrainingTexts(processed) : TrainingTexts(corpus);
            const auto heldOut = texts.heldOut();
            std::vector<std::pair<QString, lengua::TokenizerStatistics>> results;
            for (std::size_t i = 0; i < tokenizers.size(); ++i) {
                lengua::JobContext part(context.stopToken(), [&](const lengua::JobProgress& progress) {
                    context.reportProgress((double(i) + progress.fraction) / double(tokenizers.size()));
                });
                results.emplace_back(tokenizers[i].first,
                                     lengua::TokenizerStatistics::compute(*tokenizers[i].second, heldOut, part));
            }
            return std::any(results);
        });
    m_statisticsJob = job;
    m_statisticsCorpus = QString::fromStdString(source.corpusName);
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_statisticsJob)
            return;
        m_statistics = std::any_cast<std::vector<std::pair<QString, lengua::TokenizerStatistics>>>(result);
        showStatistics();
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        m_statisticsHint->setText(tr("The statistics could not be computed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job == m_statisticsJob)
            m_statisticsJob = nullptr;
    });
    m_statisticsHint->setText(tr("Measuring…"));
    return job;
}

void TokenizationPanel::showStatistics()
{
    if (!m_statisticsTable)
        return;
    const QLocale locale;
    m_statisticsTable->setRowCount(int(m_statistics.size()));
    int row = 0;
    for (const auto& [name, s] : m_statistics) {
        const QString values[] = {name,
                                  number(s.vocabularySize),
                                  locale.toString(s.tokensPerWord(), 'f', 2),
                                  locale.toString(s.bytesPerToken(), 'f', 2),
                                  locale.toString(s.unknownRate() * 100.0, 'f', 2) + QStringLiteral(" %"),
                                  number(s.documents)};
        for (int column = 0; column < 6; ++column) {
            auto* item = new QTableWidgetItem(values[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_statisticsTable->setItem(row, column, item);
        }
        ++row;
    }
    if (m_statisticsJob)
        return;
    if (m_statistics.empty())
        m_statisticsHint->setText(tr("Press Measure to tokenize the held-out documents (the last 10% "
                                     "of the corpus) with every tokenizer."));
    else
        m_statisticsHint->setText(tr("Measured on the last 10% of the documents of %1 (%Ln document(s)), "
                                     "which tokenizers trained with “hold out” have not seen. Tokens "
                                     "per word: fewer is shorter sequences; unknown tokens: text the "
                                     "tokenizer could not represent.", nullptr,
                                     int(m_statistics.front().second.documents))
                                      .arg(m_statisticsCorpus));
}

// ---------------------------------------------------------------------------------------
// Files

JobHandle* TokenizationPanel::importTokenizer(const QString& path)
{
    const std::filesystem::path file = toPath(path);
    const QString name = QFileInfo(path).fileName();
    JobHandle* job = m_jobs.start(tr("Importing the tokenizer %1").arg(name), [file](lengua::JobContext&) {
        return std::any(std::shared_ptr<const lengua::Tokenizer>(lengua::TokenizerFile::load(file)));
    });
    connect(job, &JobHandle::succeeded, this, [this, path](const std::any& result) {
        TokenizerArtefact artefact;
        artefact.tokenizer = std::any_cast<std::shared_ptr<const lengua::Tokenizer>>(result);
        QFileInfo info(path);
        // "tokenizer.json" and "vocab.txt" say nothing: name it after its folder.
        const QString base = info.isDir() ? info.fileName() : info.dir().dirName() + QLatin1Char('/') + info.fileName();
        artefact.name = base.toStdString();
        artefact.description = tr("%1, %2 tokens, imported from %3")
                                   .arg(QString::fromStdString(artefact.tokenizer->kind()),
                                        number(artefact.tokenizer->vocabulary().size()),
                                        QDir::toNativeSeparators(path))
                                   .toStdString();
        m_workspace.addTokenizer(std::move(artefact));
    });
    connect(job, &JobHandle::failed, this, [this, path](const QString& error) {
        m_trainingStatus->setText(tr("Could not import %1: %2").arg(QDir::toNativeSeparators(path), error));
        if (interactive())
            QMessageBox::warning(this, tr("Import tokenizer"),
                                 tr("Could not import %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    });
    return job;
}

void TokenizationPanel::importWithDialog(bool folder)
{
    const QString path = folder
        ? QFileDialog::getExistingDirectory(this, tr("Import a tokenizer folder"))
        : QFileDialog::getOpenFileName(this, tr("Import a tokenizer"), QString(),
                                       tr("Tokenizer files (*.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        importTokenizer(path);
}

QString TokenizationPanel::exportTokenizer(const QString& id, const QString& path, FileFormat format)
{
    const TokenizerArtefact* artefact = m_workspace.tokenizer(id.toStdString());
    if (!artefact)
        return tr("There is no such tokenizer.");
    try {
        switch (format) {
        case FileFormat::TokenizerJson:
            lengua::TokenizerFile::writeJson(*artefact->tokenizer, toPath(path));
            break;
        case FileFormat::VocabTxt:
            if (artefact->tokenizer->kind() != "wordpiece")
                return tr("vocab.txt holds WordPiece (BERT) vocabularies only.");
            lengua::TokenizerFile::writeVocabTxt(artefact->tokenizer->vocabulary(), toPath(path));
            break;
        case FileFormat::Gpt2Folder: {
            const auto* bpe = dynamic_cast<const lengua::ByteLevelBpe*>(artefact->tokenizer.get());
            if (!bpe)
                return tr("vocab.json + merges.txt hold byte-level BPE (GPT-2) tokenizers only.");
            QDir().mkpath(path);
            lengua::BpeFiles::write(*bpe, toPath(QDir(path).filePath(QStringLiteral("vocab.json"))),
                                    toPath(QDir(path).filePath(QStringLiteral("merges.txt"))));
            break;
        }
        }
    } catch (const std::exception& error) {
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(error.what()));
    }
    return {};
}

void TokenizationPanel::exportWithDialog()
{
    QTreeWidgetItem* item = m_tokenizerList->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const TokenizerArtefact* artefact = m_workspace.tokenizer(id.toStdString());
    if (!artefact)
        return;
    const QString json = tr("Hugging Face tokenizer.json (*.json)");
    const QString vocab = tr("BERT vocab.txt (*.txt)");
    const QString gpt2 = tr("GPT-2 folder: vocab.json + merges.txt (*)");
    QStringList filters{json};
    if (artefact->tokenizer->kind() == "wordpiece")
        filters << vocab;
    if (artefact->tokenizer->kind() == "bpe")
        filters << gpt2;
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the tokenizer"),
                                                QStringLiteral("tokenizer.json"), filters.join(QStringLiteral(";;")),
                                                &filter);
    if (path.isEmpty())
        return;
    const FileFormat format = filter == vocab ? FileFormat::VocabTxt
                              : filter == gpt2 ? FileFormat::Gpt2Folder
                                               : FileFormat::TokenizerJson;
    const QString error = exportTokenizer(id, path, format);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export tokenizer"), error);
}

void TokenizationPanel::removeSelectedTokenizer()
{
    if (QTreeWidgetItem* item = m_tokenizerList->currentItem())
        m_workspace.removeTokenizer(item->data(0, Qt::UserRole).toString().toStdString());
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
        ViewExporter::exportTableWithDialog(m_vocabularyProxy, this);
    else if (tab == m_statisticsTab)
        ViewExporter::exportTableWithDialog(m_statisticsTable->model(), this);
    else if (tab == m_compareTab)
        ViewExporter::exportPictureWithDialog(m_comparison, this);
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
        TokenizerTrainingRequest request = requestFor(method);
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
            TokenizerArtefact artefact;
            artefact.id = lengua::newCorpusId();
            artefact.name = trained->name;
            artefact.tokenizer = trained->tokenizer;
            artefact.sourceCorpusId = sourceId;
            artefact.description = trained->description;
            artefact.tokenCounts = trained->counts;
            artefact.wordPieceMerges = trained->wordPieceMerges;
            m_extras[artefact.id] = Extras{trained->counts, trained->wordPieceMerges};
            const QString id = QString::fromStdString(m_workspace.addTokenizer(std::move(artefact)));
            (method == TokenizerTrainingRequest::Method::Bpe ? m_exampleBpe : m_exampleWordPiece) = id;
            std::erase_if(m_exampleJobs, [job](const QPointer<JobHandle>& j) { return !j || j == job; });
            finishLectureExample();
        });
        connect(job, &JobHandle::failed, this, [this](const QString& error) {
            m_trainingStatus->setText(tr("The lecture's example could not be trained: %1").arg(error));
        });
    }
    finishLectureExample();
}

void TokenizationPanel::finishLectureExample()
{
    if (m_exampleWordPiece.isEmpty() || m_exampleBpe.isEmpty())
        return;
    // Words, characters, WordPiece and BPE side by side: the lecture's comparison.
    const QString keys[] = {wordsKey, charsKey, m_exampleWordPiece, m_exampleBpe};
    while (m_comparison->rowCount() < TokenizerComparisonView::maximumRows)
        m_comparison->addRow();
    for (int row = 0; row < 4; ++row)
        m_comparison->setRowChoice(row, keys[row]);
    replayTokenizer(m_exampleBpe);
    showVocabularyOf(m_exampleBpe);
    // Ready to play: from bytes.
    m_replaySlider->setValue(0);
    refreshComparison();
    if (m_tabs->currentWidget() == m_trainTab)
        m_tabs->setCurrentWidget(m_compareTab);
}
