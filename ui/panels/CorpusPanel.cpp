// The Corpus panel (see CorpusPanel.h).
#include "CorpusPanel.h"

#include "CorpusImporter.h"
#include "SampleCorpora.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/ConcordanceModel.h"
#include "models/DocumentListModel.h"
#include "models/FrequencyProxyModel.h"
#include "models/FrequencyTableModel.h"
#include "text/Concordance.h"
#include "text/Corpus.h"
#include "text/CorpusStatistics.h"
#include "widgets/ElideLeftDelegate.h"
#include "widgets/LessonBox.h"
#include "widgets/ViewExporter.h"
#include "widgets/ZipfChart.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum Statistic { Documents, Sentences, Tokens, Types, Characters, TypeTokenRatio, Encoding,
                 StatisticCount };

// Above this many words, filtering waits for a pause in typing instead of running
// on every key press.
constexpr int instantFilterRows = 50000;

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 720,000 of them scroll freely.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

CorpusPanel::CorpusPanel(Workspace& workspace, JobRunner& jobs, CorpusImporter& importer,
                         QWidget* parent)
    : LessonPanel(workspace, jobs, parent), m_importer(importer)
{
    setObjectName(QStringLiteral("corpusPanel"));
    buildUi();

    connect(&m_workspace, &Workspace::corporaChanged, this, &CorpusPanel::rebuildCorpusCombo);
    connect(&m_workspace, &Workspace::corpusAdded, this, &CorpusPanel::selectCorpus);
    connect(&m_importer, &CorpusImporter::notice, this, [this](const QString& notice) {
        m_lastImportNotice = notice;
        updateNotice();
    });

    rebuildCorpusCombo();
    retranslate();
}

void CorpusPanel::buildUi()
{
    // Top bar: which corpus, and how to get another.
    m_corpusLabel = new QLabel(this);
    m_corpusCombo = new QComboBox(this);
    m_corpusCombo->setObjectName(QStringLiteral("corpusCombo"));
    m_corpusCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_corpusCombo->setMinimumContentsLength(24);
    m_corpusLabel->setBuddy(m_corpusCombo);
    connect(m_corpusCombo, &QComboBox::currentIndexChanged, this, &CorpusPanel::showCurrentCorpus);

    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_importButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open"),
                                             style()->standardIcon(QStyle::SP_DialogOpenButton)));
    m_importButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* importMenu = new QMenu(m_importButton);
    m_importButton->setMenu(importMenu);
    connect(importMenu, &QMenu::aboutToShow, this, &CorpusPanel::rebuildImportMenu);
    connect(m_importButton, &QToolButton::clicked, &m_importer, &CorpusImporter::importWithDialog);

    auto* topBar = new QHBoxLayout;
    topBar->addWidget(m_corpusLabel);
    topBar->addWidget(m_corpusCombo, 1);
    topBar->addWidget(m_importButton);

    // A one-line notice for what a person must know about how the text was read.
    m_noticeFrame = new QFrame(this);
    m_noticeFrame->setObjectName(QStringLiteral("noticeFrame"));
    m_noticeFrame->setFrameShape(QFrame::StyledPanel);
    m_noticeFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_noticeFrame->setAutoFillBackground(true);
    m_noticeIcon = new QLabel(m_noticeFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                .pixmap(iconSize, iconSize));
    m_noticeLabel = new QLabel(m_noticeFrame);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setForegroundRole(QPalette::ToolTipText);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* noticeLayout = new QHBoxLayout(m_noticeFrame);
    noticeLayout->setContentsMargins(8, 4, 8, 4);
    noticeLayout->addWidget(m_noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_noticeLabel, 1);
    m_noticeFrame->hide();

    // Documents: the list above, the selected document below.
    m_documentsHeading = new QLabel(this);
    QFont headingFont = m_documentsHeading->font();
    headingFont.setBold(true);
    m_documentsHeading->setFont(headingFont);
    m_documentModel = new DocumentListModel(this);
    m_documentView = new QTableView(this);
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_documentView->setModel(m_documentModel);
    setUpTable(m_documentView);
    m_documentView->horizontalHeader()->setStretchLastSection(true);
    m_documentView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    m_documentView->setColumnWidth(DocumentListModel::NumberColumn,
                                   metrics.horizontalAdvance(QStringLiteral("0000000")));
    m_documentView->setColumnWidth(DocumentListModel::IdColumn,
                                   metrics.horizontalAdvance(QStringLiteral("Genesis 10:10")));
    m_documentView->setColumnWidth(DocumentListModel::LabelColumn,
                                   metrics.horizontalAdvance(QStringLiteral("LabelLab")));
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDocument(current.row()); });

    auto* documentsBox = new QWidget(this);
    auto* documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_documentsHeading);
    documentsLayout->addWidget(m_documentView, 1);

    m_documentTitle = new QLabel(this);
    m_documentTitle->setFont(headingFont);
    m_documentTitle->setWordWrap(true);
    m_documentText = new QPlainTextEdit(this);
    m_documentText->setObjectName(QStringLiteral("documentText"));
    m_documentText->setReadOnly(true);
    m_documentText->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    QFont readingFont = m_documentText->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.1);
    m_documentText->setFont(readingFont);
    auto* viewerBox = new QWidget(this);
    auto* viewerLayout = new QVBoxLayout(viewerBox);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->addWidget(m_documentTitle);
    viewerLayout->addWidget(m_documentText, 1);

    auto* documentSplitter = new QSplitter(Qt::Vertical, this);
    documentSplitter->setChildrenCollapsible(false);
    documentSplitter->addWidget(documentsBox);
    documentSplitter->addWidget(viewerBox);
    documentSplitter->setStretchFactor(0, 2);
    documentSplitter->setStretchFactor(1, 1);

    // The views of the whole corpus.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("corpusTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildStatisticsTab(), QString());
    m_tabs->addTab(buildFrequenciesTab(), QString());
    m_tabs->addTab(buildZipfTab(), QString());
    m_tabs->addTab(buildConcordanceTab(), QString());

    m_lessonBox = new LessonBox(this);
    connect(m_lessonBox, &LessonBox::exampleRequested, this, &CorpusPanel::loadLectureExample);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("corpusSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(documentSplitter);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->addWidget(m_lessonBox);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 6);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setSizes({400, 600, 280});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_noticeFrame);
    layout->addWidget(m_mainSplitter, 1);

    // Ctrl+F: find a word in the frequency table, wherever the focus is in the panel.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_frequenciesTab);
        m_frequencySearch->setFocus(Qt::ShortcutFocusReason);
        m_frequencySearch->selectAll();
    });
}

QWidget* CorpusPanel::buildStatisticsTab()
{
    m_statisticsTab = new QWidget(this);
    m_statisticsTab->setObjectName(QStringLiteral("statisticsTab"));

    m_statisticsStatus = new QLabel(m_statisticsTab);
    m_statisticsStatus->setObjectName(QStringLiteral("statisticsStatus"));
    m_statisticsStatus->setWordWrap(true);

    static const char* const valueNames[StatisticCount] = {
        "documentsValue", "sentencesValue", "tokensValue", "typesValue",
        "charactersValue", "typeTokenRatioValue", "encodingValue"};
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.3);
    valueFont.setBold(true);
    for (int i = 0; i < StatisticCount; ++i) {
        m_statisticNames[i] = new QLabel(m_statisticsTab);
        m_statisticValues[i] = new QLabel(m_statisticsTab);
        m_statisticValues[i]->setObjectName(QLatin1String(valueNames[i]));
        m_statisticValues[i]->setFont(valueFont);
        m_statisticValues[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statisticValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_statisticNames[i], i, 0);
        grid->addWidget(m_statisticValues[i], i, 1);
    }
    grid->setColumnStretch(2, 1);

    m_labelsHeading = new QLabel(m_statisticsTab);
    QFont headingFont = m_labelsHeading->font();
    headingFont.setBold(true);
    m_labelsHeading->setFont(headingFont);
    m_labelsTable = new QTableWidget(m_statisticsTab);
    m_labelsTable->setObjectName(QStringLiteral("labelsTable"));
    m_labelsTable->setColumnCount(2);
    setUpTable(m_labelsTable);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(m_statisticsTab);
    layout->addWidget(m_statisticsStatus);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_labelsHeading);
    layout->addWidget(m_labelsTable, 1);
    layout->addStretch(0);
    return m_statisticsTab;
}

QWidget* CorpusPanel::buildFrequenciesTab()
{
    m_frequenciesTab = new QWidget(this);
    m_frequenciesTab->setObjectName(QStringLiteral("frequenciesTab"));

    m_frequencySearch = new QLineEdit(m_frequenciesTab);
    m_frequencySearch->setObjectName(QStringLiteral("frequencySearch"));
    m_frequencySearch->setClearButtonEnabled(true);
    m_frequencyCount = new QLabel(m_frequenciesTab);
    m_frequencyCount->setObjectName(QStringLiteral("frequencyCount"));
    m_frequencyExport = new QPushButton(m_frequenciesTab);
    m_frequencyExport->setObjectName(QStringLiteral("frequencyExport"));

    m_frequencyModel = new FrequencyTableModel(this);
    m_frequencyProxy = new FrequencyProxyModel(this);
    m_frequencyProxy->setFrequencySource(m_frequencyModel);
    m_frequencyView = new QTableView(m_frequenciesTab);
    m_frequencyView->setObjectName(QStringLiteral("frequencyView"));
    m_frequencyView->setModel(m_frequencyProxy);
    setUpTable(m_frequencyView);
    m_frequencyView->horizontalHeader()->setSortIndicator(FrequencyTableModel::RankColumn,
                                                          Qt::AscendingOrder);
    m_frequencyView->setSortingEnabled(true);
    m_frequencyView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_frequencyView->horizontalHeader()->setSectionResizeMode(FrequencyTableModel::WordColumn,
                                                              QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    // Number columns as wide as their numbers need, so the words keep the rest.
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("Cumulative %")) + 24;
    m_frequencyView->setColumnWidth(FrequencyTableModel::RankColumn,
                                    metrics.horizontalAdvance(QStringLiteral("0000000")) + 24);
    m_frequencyView->setColumnWidth(FrequencyTableModel::CountColumn,
                                    metrics.horizontalAdvance(QStringLiteral("000000000")) + 24);
    m_frequencyView->setColumnWidth(FrequencyTableModel::RelativeColumn, percentWidth);
    m_frequencyView->setColumnWidth(FrequencyTableModel::CumulativeColumn, percentWidth);

    auto* filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(200);
    connect(filterTimer, &QTimer::timeout, this, &CorpusPanel::applyFrequencyFilter);
    connect(m_frequencySearch, &QLineEdit::textChanged, this, [this, filterTimer] {
        if (m_frequencyModel->rowCount() <= instantFilterRows)
            applyFrequencyFilter();
        else
            filterTimer->start();
    });
    connect(m_frequencyExport, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_frequencyProxy, this); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_frequencySearch, 1);
    bar->addWidget(m_frequencyCount);
    bar->addWidget(m_frequencyExport);
    auto* layout = new QVBoxLayout(m_frequenciesTab);
    layout->addLayout(bar);
    layout->addWidget(m_frequencyView, 1);
    return m_frequenciesTab;
}

QWidget* CorpusPanel::buildZipfTab()
{
    m_zipfTab = new QWidget(this);
    m_zipfTab->setObjectName(QStringLiteral("zipfTab"));
    m_zipfChart = new ZipfChart(m_zipfTab);
    m_zipfHint = new QLabel(m_zipfTab);
    m_zipfHint->setWordWrap(true);
    m_zipfExport = new QPushButton(m_zipfTab);
    m_zipfExport->setObjectName(QStringLiteral("zipfExport"));
    connect(m_zipfExport, &QPushButton::clicked, this,
            [this] { ViewExporter::exportPictureWithDialog(m_zipfChart, this); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_zipfHint, 1);
    bar->addWidget(m_zipfExport, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(m_zipfTab);
    layout->addWidget(m_zipfChart, 1);
    layout->addLayout(bar);
    return m_zipfTab;
}

QWidget* CorpusPanel::buildConcordanceTab()
{
    m_concordanceTab = new QWidget(this);
    m_concordanceTab->setObjectName(QStringLiteral("concordanceTab"));

    m_queryLabel = new QLabel(m_concordanceTab);
    m_queryEdit = new QLineEdit(m_concordanceTab);
    m_queryEdit->setObjectName(QStringLiteral("concordanceQuery"));
    m_queryEdit->setClearButtonEnabled(true);
    m_queryLabel->setBuddy(m_queryEdit);
    m_contextLabel = new QLabel(m_concordanceTab);
    m_contextSpin = new QSpinBox(m_concordanceTab);
    m_contextSpin->setObjectName(QStringLiteral("contextWidth"));
    m_contextSpin->setRange(10, 200);
    m_contextSpin->setSingleStep(10);
    m_contextSpin->setValue(40);
    m_contextLabel->setBuddy(m_contextSpin);
    m_searchButton = new QPushButton(m_concordanceTab);
    m_searchButton->setObjectName(QStringLiteral("concordanceSearch"));
    m_searchButton->setDefault(true);
    m_concordanceCount = new QLabel(m_concordanceTab);
    m_concordanceCount->setObjectName(QStringLiteral("concordanceCount"));
    m_concordanceCount->setWordWrap(true);
    m_concordanceExport = new QPushButton(m_concordanceTab);
    m_concordanceExport->setObjectName(QStringLiteral("concordanceExport"));

    m_concordanceModel = new ConcordanceModel(this);
    m_concordanceView = new QTableView(m_concordanceTab);
    m_concordanceView->setObjectName(QStringLiteral("concordanceView"));
    m_concordanceView->setModel(m_concordanceModel);
    setUpTable(m_concordanceView);
    m_concordanceView->setItemDelegateForColumn(ConcordanceModel::LeftColumn,
                                                new ElideLeftDelegate(m_concordanceView));
    auto* header = m_concordanceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcordanceModel::KeywordColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    m_concordanceView->setColumnWidth(ConcordanceModel::DocumentColumn,
                                      fontMetrics().horizontalAdvance(QStringLiteral("Genesis 10:10")));

    connect(m_queryEdit, &QLineEdit::returnPressed, this, &CorpusPanel::searchConcordance);
    connect(m_searchButton, &QPushButton::clicked, this, &CorpusPanel::searchConcordance);
    connect(m_contextSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_concordanceQuery.isEmpty())
            searchConcordance();
    });
    connect(m_concordanceView, &QTableView::activated, this,
            [this](const QModelIndex& index) { showConcordanceLine(index.row()); });
    connect(m_concordanceExport, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_concordanceModel, this); });

    // The query gets the whole top row; the less used settings go below the table,
    // so nothing is squeezed with large (projector) fonts.
    m_queryEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_queryLabel);
    bar->addWidget(m_queryEdit, 1);
    bar->addWidget(m_searchButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_concordanceCount, 1);
    bottom->addWidget(m_contextLabel);
    bottom->addWidget(m_contextSpin);
    bottom->addSpacing(12);
    bottom->addWidget(m_concordanceExport);
    auto* layout = new QVBoxLayout(m_concordanceTab);
    layout->addLayout(bar);
    layout->addWidget(m_concordanceView, 1);
    layout->addLayout(bottom);
    return m_concordanceTab;
}

void CorpusPanel::retranslate()
{
    m_corpusLabel->setText(tr("&Corpus:"));
    m_corpusCombo->setToolTip(tr("The corpus shown in this panel (every corpus of the workspace)"));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Import text files, tables (CSV, TSV, JSON Lines) or HTML as a "
                                  "new corpus; the arrow offers folders and ready-made corpora. "
                                  "You can also drop files on the window."));

    m_documentView->setToolTip(tr("The documents of the corpus; select one to read it"));
    m_documentText->setToolTip(tr("The selected document, as loaded (UTF-8)"));

    m_tabs->setTabText(m_tabs->indexOf(m_statisticsTab), tr("Statistics"));
    m_tabs->setTabText(m_tabs->indexOf(m_frequenciesTab), tr("Frequencies"));
    m_tabs->setTabText(m_tabs->indexOf(m_zipfTab), tr("Zipf"));
    m_tabs->setTabText(m_tabs->indexOf(m_concordanceTab), tr("Concordance"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_statisticsTab), tr("Sizes of the corpus"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_frequenciesTab),
                          tr("Every word with its count, most frequent first"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_zipfTab), tr("Frequency against rank, log-log"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_concordanceTab),
                          tr("Every occurrence of a word in its context (KWIC)"));

    const QString names[StatisticCount] = {
        tr("Documents:"), tr("Sentences:"), tr("Tokens (running words):"),
        tr("Types (distinct words):"), tr("Characters:"), tr("Type/token ratio:"),
        tr("Encoding:")};
    const QString tips[StatisticCount] = {
        tr("Number of documents in the corpus"),
        tr("Sentences ending in . ! ? or … (a quick count; the preprocessing lesson "
           "splits sentences more carefully)"),
        tr("Every word occurrence: N"),
        tr("Different words after case folding: the vocabulary size |V|"),
        tr("Unicode characters, spaces included"),
        tr("|V| / N: how varied the vocabulary is; it falls as the corpus grows"),
        tr("How the file's bytes were decoded")};
    for (int i = 0; i < StatisticCount; ++i) {
        m_statisticNames[i]->setText(names[i]);
        m_statisticNames[i]->setToolTip(tips[i]);
        m_statisticValues[i]->setToolTip(tips[i]);
    }
    m_labelsTable->setHorizontalHeaderLabels({tr("Label"), tr("Documents")});

    m_frequencySearch->setPlaceholderText(tr("Find a word (Ctrl+F)"));
    m_frequencySearch->setToolTip(tr("Shows only the words that contain this text"));
    m_frequencyExport->setText(tr("Export CSV…"));
    m_frequencyExport->setToolTip(tr("Saves the table as shown (filtered and sorted) as CSV"));
    m_frequencyView->setToolTip(tr("Click a column header to sort by it"));

    m_zipfHint->setText(tr("Each dot is a word: its rank (1 = most frequent) and its count. The "
                           "dashed line is Zipf's law, f(r) = f(1) / r. Hover over a dot to "
                           "see the word."));
    m_zipfExport->setText(tr("Export picture…"));
    m_zipfExport->setToolTip(tr("Saves the chart as PNG (twice the screen resolution) or SVG"));

    m_queryLabel->setText(tr("&Word or phrase:"));
    m_queryEdit->setPlaceholderText(tr("e.g. banco"));
    m_queryEdit->setToolTip(tr("Whole words, case-insensitive: “Banco” finds "
                               "“banco” but not “bancos”"));
    m_contextLabel->setText(tr("Con&text:"));
    m_contextSpin->setSuffix(tr(" characters"));
    m_contextSpin->setToolTip(tr("How many characters to show on each side of the keyword"));
    m_searchButton->setText(tr("&Search"));
    m_searchButton->setToolTip(tr("Lists every occurrence (Enter)"));
    m_concordanceExport->setText(tr("Export CSV…"));
    m_concordanceExport->setToolTip(tr("Saves the concordance lines as CSV"));
    m_concordanceView->setToolTip(tr("Double-click a line to show it in its document"));

    m_lessonBox->setTitle(tr("Corpus, vocabulary and Zipf's law"));
    m_lessonBox->setText(tr(
        "<p>A <b>corpus</b> is a collection of texts (<i>documents</i>) gathered to study a "
        "language or a task. Every model of the course learns from one, so what it contains "
        "matters.</p>"
        "<p><b>Tokens</b> are the running words of the text (<i>N</i>); <b>types</b> are the "
        "distinct words, the <b>vocabulary</b> <i>V</i>. The <b>type/token ratio</b> "
        "|<i>V</i>|&nbsp;/&nbsp;<i>N</i> measures lexical variety.</p>"
        "<p><b>Zipf's law</b>: the frequency of a word is roughly inversely proportional to "
        "its rank <i>r</i> in the frequency table,</p>"
        "<p align=\"center\" style=\"font-size:x-large\"><i>f</i>(<i>r</i>) &prop; "
        "1&nbsp;/&nbsp;<i>r</i></p>"
        "<p>A few words (<i>de, la, que, the</i>) cover much of the text, and about half of "
        "the types occur only once. On log&ndash;log axes the law is a straight line of "
        "slope &minus;1.</p>"
        "<p>A <b>concordance</b> (keyword in context) lists every occurrence of a word with "
        "its neighbours: the quickest way to see its senses. Try <i>banco</i> in the "
        "lecture's example.</p>"));

    if (QComboBox* combo = m_corpusCombo; combo->count() == 0)
        rebuildCorpusCombo();
    updateNotice();
    updateDocumentHeading();
    showDocument(m_documentView->currentIndex().row());
    showStatistics(m_statistics);
    updateConcordanceCount();
}

void CorpusPanel::rebuildImportMenu()
{
    QMenu* menu = m_importButton->menu();
    menu->clear();
    menu->addAction(tr("Files…"), &m_importer, &CorpusImporter::importWithDialog);
    menu->addAction(tr("A folder (one document per file)…"), &m_importer,
                    &CorpusImporter::importFolderWithDialog);
    menu->addSeparator();
    // The ready-made corpora; those whose Debian package is missing are shown
    // disabled, saying what to install.
    for (const SampleCorpus& sample : SampleCorpora::all()) {
        const QString title = SampleCorpora::title(sample);
        QAction* action = menu->addAction(title, this, [this, sample, title] {
            switch (sample.kind) {
            case SampleCorpus::Kind::Embedded:
                m_importer.loadEmbeddedSample();
                break;
            case SampleCorpus::Kind::FortuneFolder:
                m_importer.loadFortunes(sample.location, title);
                break;
            case SampleCorpus::Kind::SwordModule:
                m_importer.loadSwordModule(sample.location, title);
                break;
            }
        });
        if (!SampleCorpora::isAvailable(sample)) {
            action->setEnabled(false);
            action->setText(tr("%1 (install %2)").arg(title, sample.package));
        }
    }
}

void CorpusPanel::rebuildCorpusCombo()
{
    const QString current = m_corpusCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_corpusCombo);
        m_corpusCombo->clear();
        for (const auto& corpus : m_workspace.corpora()) {
            const QString id = QString::fromStdString(corpus->id);
            m_corpusCombo->addItem(QString::fromStdString(corpus->name), id);
            m_corpusCombo->setItemData(
                m_corpusCombo->count() - 1,
                tr("%1\n%Ln document(s), from %2", nullptr, int(corpus->documents.size()))
                    .arg(QString::fromStdString(corpus->name),
                         QString::fromStdString(corpus->source)),
                Qt::ToolTipRole);
        }
        const int kept = m_corpusCombo->findData(current);
        m_corpusCombo->setCurrentIndex(kept >= 0 ? kept : m_corpusCombo->count() - 1);
    }
    showCurrentCorpus();
}

void CorpusPanel::selectCorpus(const QString& id)
{
    const int index = m_corpusCombo->findData(id);
    if (index >= 0)
        m_corpusCombo->setCurrentIndex(index);
}

void CorpusPanel::showCurrentCorpus()
{
    const std::string id = m_corpusCombo->currentData().toString().toStdString();
    auto corpus = id.empty() ? nullptr : m_workspace.corpus(id);
    if (corpus == m_corpus)
        return;
    m_corpus = std::move(corpus);
    if (m_corpus && m_lastImportNotice.isEmpty() == false)
        m_lastImportNotice.clear(); // the notice of the corpus shown is recomputed below

    m_documentModel->setCorpus(m_corpus);
    updateDocumentHeading();
    if (m_corpus && !m_corpus->documents.empty())
        m_documentView->setCurrentIndex(m_documentModel->index(0, DocumentListModel::IdColumn));
    else
        showDocument(-1);

    if (m_concordanceJob)
        m_concordanceJob->cancel();
    m_concordanceModel->clear();
    m_concordanceQuery.clear();
    m_concordanceRunning = false;
    updateConcordanceCount();
    updateNotice();

    // The statistics of another corpus are stale: stop counting them.
    if (m_statisticsJob) {
        m_statisticsJob->cancel();
        m_statisticsJob = nullptr;
    }
    auto cached = m_corpus ? m_workspace.statistics(m_corpus->id) : nullptr;
    showStatistics(cached);
    if (m_corpus && !cached)
        startStatistics();
}

void CorpusPanel::startStatistics()
{
    auto corpus = m_corpus;
    const std::string corpusId = corpus->id;
    JobHandle* job = m_jobs.start(tr("Counting the words of %1").arg(QString::fromStdString(corpus->name)),
                                  [corpus](lengua::JobContext& context) {
                                      return std::any(std::shared_ptr<const lengua::CorpusStatistics>(
                                          std::make_shared<lengua::CorpusStatistics>(
                                              lengua::CorpusStatistics::compute(*corpus, context))));
                                  });
    m_statisticsJob = job;
    connect(job, &JobHandle::succeeded, this, [this, corpusId](const std::any& result) {
        auto statistics = std::any_cast<std::shared_ptr<const lengua::CorpusStatistics>>(result);
        m_workspace.setStatistics(corpusId, statistics);
        if (m_corpus && m_corpus->id == corpusId)
            showStatistics(std::move(statistics));
    });
    connect(job, &JobHandle::progressChanged, this, [this, job](double fraction) {
        if (job == m_statisticsJob)
            m_statisticsStatus->setText(tr("Counting… %1%").arg(int(fraction * 100)));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job == m_statisticsJob)
            m_statisticsStatus->setText(tr("The statistics could not be computed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job == m_statisticsJob)
            m_statisticsJob = nullptr;
    });
    m_statisticsStatus->setText(tr("Counting…"));
    m_statisticsStatus->show();
}

void CorpusPanel::showStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics)
{
    const bool changed = statistics != m_statistics;
    m_statistics = std::move(statistics);
    const lengua::CorpusStatistics* s = m_statistics.get();
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    m_statisticValues[Documents]->setText(s ? number(s->documents) : dash);
    m_statisticValues[Sentences]->setText(s ? number(s->sentences) : dash);
    m_statisticValues[Tokens]->setText(s ? number(s->tokens) : dash);
    m_statisticValues[Types]->setText(s ? number(s->types) : dash);
    m_statisticValues[Characters]->setText(s ? number(s->characters) : dash);
    m_statisticValues[TypeTokenRatio]->setText(s ? locale.toString(s->typeTokenRatio(), 'f', 4)
                                                 : dash);
    QString encoding = dash;
    if (m_corpus) {
        encoding = QString::fromStdString(m_corpus->decoding.encoding);
        if (m_corpus->decoding.fallback)
            encoding = tr("%1 (not valid UTF-8)").arg(encoding);
    }
    m_statisticValues[Encoding]->setText(encoding);

    if (s) {
        m_statisticsStatus->clear();
        m_statisticsStatus->hide();
    } else if (!m_corpus) {
        m_statisticsStatus->setText(tr("Import a corpus, or load the lecture's example from the "
                                       "lesson box."));
        m_statisticsStatus->show();
    }

    m_labelsTable->setRowCount(0);
    if (s && !s->labels.empty()) {
        m_labelsHeading->setText(tr("Labels (%1)").arg(s->labels.size()));
        m_labelsTable->setRowCount(int(s->labels.size()));
        int row = 0;
        for (const auto& [label, count] : s->labels) {
            m_labelsTable->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(label)));
            auto* countItem = new QTableWidgetItem;
            countItem->setData(Qt::DisplayRole, qulonglong(count));
            countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_labelsTable->setItem(row, 1, countItem);
            ++row;
        }
        // As tall as its rows (up to a dozen), so a few labels do not leave an empty box.
        const int rows = std::min(m_labelsTable->rowCount(), 12);
        m_labelsTable->setMaximumHeight(m_labelsTable->horizontalHeader()->height()
                                        + rows * m_labelsTable->verticalHeader()->defaultSectionSize()
                                        + 2 * m_labelsTable->frameWidth() + 2);
        m_labelsTable->show();
    } else {
        m_labelsHeading->setText(s ? tr("The documents have no labels.") : QString());
        m_labelsTable->hide();
    }

    if (changed) {
        m_frequencyModel->setStatistics(m_statistics);
        m_zipfChart->setStatistics(m_statistics);
    }
    updateFrequencyCount();
}

void CorpusPanel::showDocument(int row)
{
    if (!m_corpus || row < 0 || row >= int(m_corpus->documents.size())) {
        m_documentTitle->setText(tr("No document selected"));
        m_documentText->clear();
        return;
    }
    const lengua::Document& document = m_corpus->documents[std::size_t(row)];
    QString title = tr("Document %1: %2").arg(row + 1).arg(QString::fromStdString(document.id));
    if (!document.label.empty())
        title += QStringLiteral(" [%1]").arg(QString::fromStdString(document.label));
    m_documentTitle->setText(title);
    m_documentText->setPlainText(QString::fromStdString(document.text));
}

void CorpusPanel::showConcordanceLine(int row)
{
    const QModelIndex index = m_concordanceModel->index(row, 0);
    if (!index.isValid() || !m_corpus)
        return;
    const auto documentIndex = int(index.data(ConcordanceModel::DocumentIndexRole).toULongLong());
    const auto offset = std::size_t(index.data(ConcordanceModel::OffsetRole).toULongLong());
    m_documentView->setCurrentIndex(m_documentModel->index(documentIndex, DocumentListModel::IdColumn));
    m_documentView->scrollTo(m_documentView->currentIndex());
    // Byte offset in UTF-8 -> position in the UTF-16 text of the viewer.
    const std::string& text = m_corpus->documents[std::size_t(documentIndex)].text;
    const int start = int(QString::fromUtf8(text.data(), qsizetype(std::min(offset, text.size()))).size());
    const int length = int(QString::fromStdString(
        m_concordanceModel->result().lines[std::size_t(row)].match).size());
    QTextCursor cursor(m_documentText->document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_documentText->setTextCursor(cursor);
    m_documentText->ensureCursorVisible();
}

void CorpusPanel::searchConcordance()
{
    const QString query = m_queryEdit->text().trimmed();
    if (m_concordanceJob)
        m_concordanceJob->cancel();
    m_concordanceJob = nullptr;
    if (!m_corpus || query.isEmpty()) {
        m_concordanceModel->clear();
        m_concordanceQuery.clear();
        m_concordanceRunning = false;
        updateConcordanceCount();
        return;
    }
    auto corpus = m_corpus;
    const std::string queryText = query.toStdString();
    const auto context = std::size_t(m_contextSpin->value());
    JobHandle* job = m_jobs.start(tr("Concordance of “%1”").arg(query),
                                  [corpus, queryText, context](lengua::JobContext& jobContext) {
                                      return std::any(std::make_shared<lengua::ConcordanceResult>(
                                          lengua::Concordance::search(*corpus, queryText, context,
                                                                      maxConcordanceLines,
                                                                      jobContext)));
                                  });
    m_concordanceJob = job;
    m_concordanceQuery = query;
    m_concordanceRunning = true;
    connect(job, &JobHandle::succeeded, this, [this, job, corpus](const std::any& result) {
        if (job != m_concordanceJob)
            return;
        auto lines = std::any_cast<std::shared_ptr<lengua::ConcordanceResult>>(result);
        m_concordanceModel->setResult(corpus, std::move(*lines));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job == m_concordanceJob)
            m_concordanceCount->setText(tr("The search failed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job != m_concordanceJob)
            return;
        m_concordanceJob = nullptr;
        m_concordanceRunning = false;
        if (job->state() != JobHandle::State::Failed)
            updateConcordanceCount();
    });
    updateConcordanceCount();
}

void CorpusPanel::updateConcordanceCount()
{
    if (m_concordanceRunning) {
        m_concordanceCount->setText(tr("Searching…"));
        return;
    }
    if (m_concordanceQuery.isEmpty()) {
        m_concordanceCount->setText(m_corpus ? tr("Type a word and press Enter.") : QString());
        return;
    }
    const std::size_t shown = m_concordanceModel->result().lines.size();
    const std::size_t total = m_concordanceModel->totalMatches();
    if (total == 0)
        m_concordanceCount->setText(tr("“%1” does not occur in the corpus.")
                                        .arg(m_concordanceQuery));
    else if (total == 1)
        m_concordanceCount->setText(tr("1 occurrence of “%1”").arg(m_concordanceQuery));
    else if (shown == total)
        m_concordanceCount->setText(tr("%1 occurrences of “%2”")
                                        .arg(number(total), m_concordanceQuery));
    else
        m_concordanceCount->setText(tr("%1 of %2 occurrences of “%3”")
                                        .arg(number(shown), number(total), m_concordanceQuery));
}

void CorpusPanel::applyFrequencyFilter()
{
    m_frequencyProxy->setSearchText(m_frequencySearch->text());
    updateFrequencyCount();
}

void CorpusPanel::updateFrequencyCount()
{
    const int total = m_frequencyModel->rowCount();
    const int shown = m_frequencyProxy->rowCount();
    if (total == 0)
        m_frequencyCount->clear();
    else if (shown == total)
        m_frequencyCount->setText(tr("%Ln word(s)", nullptr, total));
    else
        m_frequencyCount->setText(tr("%1 of %2 words")
                                      .arg(number(std::uint64_t(shown)),
                                           number(std::uint64_t(total))));
}

void CorpusPanel::updateNotice()
{
    QString notice = m_corpus ? CorpusImporter::noticeFor(*m_corpus) : QString();
    if (notice.isEmpty())
        notice = m_lastImportNotice;
    m_noticeLabel->setText(notice);
    m_noticeFrame->setVisible(!notice.isEmpty());
}

void CorpusPanel::updateDocumentHeading()
{
    m_documentsHeading->setText(
        m_corpus ? tr("Documents (%1)").arg(number(m_corpus->documents.size()))
                 : tr("Documents"));
}

void CorpusPanel::exportCurrentView()
{
    QWidget* tab = m_tabs->currentWidget();
    if (tab == m_frequenciesTab)
        ViewExporter::exportTableWithDialog(m_frequencyProxy, this);
    else if (tab == m_concordanceTab)
        ViewExporter::exportTableWithDialog(m_concordanceModel, this);
    else if (tab == m_zipfTab)
        ViewExporter::exportPictureWithDialog(m_zipfChart, this);
    else
        ViewExporter::exportPictureWithDialog(m_statisticsTab, this);
}

void CorpusPanel::loadLectureExample()
{
    // Reuse the sample when it is already loaded rather than adding a copy.
    for (const auto& corpus : m_workspace.corpora()) {
        if (corpus->source == "sample") {
            selectCorpus(QString::fromStdString(corpus->id));
            return;
        }
    }
    m_importer.loadEmbeddedSample();
}

bool CorpusPanel::showView(const QString& view)
{
    const std::pair<const char*, QWidget*> views[] = {{"statistics", m_statisticsTab},
                                                      {"frequencies", m_frequenciesTab},
                                                      {"zipf", m_zipfTab},
                                                      {"concordance", m_concordanceTab}};
    if (view.isEmpty())
        return true;
    for (const auto& [name, tab] : views) {
        if (view == QLatin1String(name)) {
            m_tabs->setCurrentWidget(tab);
            return true;
        }
    }
    return false;
}
