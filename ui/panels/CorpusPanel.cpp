// The Corpus panel (see CorpusPanel.h).
#include "CorpusPanel.h"

#include "CorpusImporter.h"
#include "SampleCorpora.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "corpus/ConcordanceView.h"
#include "corpus/FrequencyView.h"
#include "corpus/StatisticsView.h"
#include "models/DocumentListModel.h"
#include "text/Corpus.h"
#include "text/CorpusStatistics.h"
#include "widgets/LessonBox.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"
#include "widgets/ZipfChart.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
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
    TableStyle::applyTo(m_documentView);
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
    m_statisticsView = new StatisticsView(this);
    m_frequencyView = new FrequencyView(this);
    m_concordanceView = new ConcordanceView(m_jobs, this);
    connect(m_concordanceView, &ConcordanceView::occurrenceActivated, this,
            &CorpusPanel::showOccurrence);
    m_tabs->addTab(m_statisticsView, QString());
    m_tabs->addTab(m_frequencyView, QString());
    m_tabs->addTab(buildZipfTab(), QString());
    m_tabs->addTab(m_concordanceView, QString());

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
        m_tabs->setCurrentWidget(m_frequencyView);
        m_frequencyView->focusSearch();
    });
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

    m_tabs->setTabText(m_tabs->indexOf(m_statisticsView), tr("Statistics"));
    m_tabs->setTabText(m_tabs->indexOf(m_frequencyView), tr("Frequencies"));
    m_tabs->setTabText(m_tabs->indexOf(m_zipfTab), tr("Zipf"));
    m_tabs->setTabText(m_tabs->indexOf(m_concordanceView), tr("Concordance"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_statisticsView), tr("Sizes of the corpus"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_frequencyView),
                          tr("Every word with its count, most frequent first"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_zipfTab), tr("Frequency against rank, log-log"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_concordanceView),
                          tr("Every occurrence of a word in its context (KWIC)"));

    m_statisticsView->retranslate();
    m_frequencyView->retranslate();

    m_zipfHint->setText(tr("Each dot is a word: its rank (1 = most frequent) and its count. The "
                           "dashed line is Zipf's law, f(r) = f(1) / r. Hover over a dot to "
                           "see the word."));
    m_zipfExport->setText(tr("Export picture…"));
    m_zipfExport->setToolTip(tr("Saves the chart as PNG (twice the screen resolution) or SVG"));

    m_concordanceView->retranslate();

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

    m_concordanceView->setCorpus(m_corpus);
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
            m_statisticsView->setStatus(tr("Counting… %1%").arg(int(fraction * 100)));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job == m_statisticsJob)
            m_statisticsView->setStatus(tr("The statistics could not be computed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job == m_statisticsJob)
            m_statisticsJob = nullptr;
    });
    m_statisticsView->showStatus(tr("Counting…"));
}

void CorpusPanel::showStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics)
{
    const bool changed = statistics != m_statistics;
    m_statistics = std::move(statistics);
    m_statisticsView->setStatistics(m_corpus.get(), m_statistics.get());

    if (changed) {
        m_frequencyView->setStatistics(m_statistics);
        m_zipfChart->setStatistics(m_statistics);
    }
    m_frequencyView->updateCount();
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

void CorpusPanel::showOccurrence(int documentIndex, int start, int length)
{
    m_documentView->setCurrentIndex(m_documentModel->index(documentIndex, DocumentListModel::IdColumn));
    m_documentView->scrollTo(m_documentView->currentIndex());
    QTextCursor cursor(m_documentText->document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_documentText->setTextCursor(cursor);
    m_documentText->ensureCursorVisible();
}

void CorpusPanel::searchConcordance()
{
    m_concordanceView->search();
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
    if (tab == m_frequencyView)
        ViewExporter::exportTableWithDialog(m_frequencyView->shownModel(), this);
    else if (tab == m_concordanceView)
        ViewExporter::exportTableWithDialog(m_concordanceView->model(), this);
    else if (tab == m_zipfTab)
        ViewExporter::exportPictureWithDialog(m_zipfChart, this);
    else
        ViewExporter::exportPictureWithDialog(m_statisticsView, this);
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
    const std::pair<const char*, QWidget*> views[] = {{"statistics", m_statisticsView},
                                                      {"frequencies", m_frequencyView},
                                                      {"zipf", m_zipfTab},
                                                      {"concordance", m_concordanceView}};
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
