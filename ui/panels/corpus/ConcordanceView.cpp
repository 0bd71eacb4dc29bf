// The Concordance tab of the Corpus panel (see ConcordanceView.h).
#include "ConcordanceView.h"

#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "models/ConcordanceModel.h"
#include "text/Concordance.h"
#include "text/Corpus.h"
#include "widgets/ElideLeftDelegate.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

ConcordanceView::ConcordanceView(JobRunner& jobs, QWidget* parent)
    : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("concordanceTab"));

    m_queryLabel = new QLabel(this);
    m_queryEdit = new QLineEdit(this);
    m_queryEdit->setObjectName(QStringLiteral("concordanceQuery"));
    m_queryEdit->setClearButtonEnabled(true);
    m_queryLabel->setBuddy(m_queryEdit);
    m_contextLabel = new QLabel(this);
    m_contextSpin = new QSpinBox(this);
    m_contextSpin->setObjectName(QStringLiteral("contextWidth"));
    m_contextSpin->setRange(10, 200);
    m_contextSpin->setSingleStep(10);
    m_contextSpin->setValue(40);
    m_contextLabel->setBuddy(m_contextSpin);
    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(QStringLiteral("concordanceSearch"));
    m_searchButton->setDefault(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("concordanceCount"));
    m_count->setWordWrap(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("concordanceExport"));

    m_model = new ConcordanceModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("concordanceView"));
    m_view->setModel(m_model);
    TableStyle::applyTo(m_view);
    m_view->setItemDelegateForColumn(ConcordanceModel::LeftColumn, new ElideLeftDelegate(m_view));
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcordanceModel::KeywordColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ConcordanceModel::DocumentColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("Genesis 10:10")));

    connect(m_queryEdit, &QLineEdit::returnPressed, this, &ConcordanceView::search);
    connect(m_searchButton, &QPushButton::clicked, this, &ConcordanceView::search);
    connect(m_contextSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_query.isEmpty())
            search();
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { activateLine(index.row()); });
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_model, this); });

    // The query gets the whole top row; the less used settings go below the table,
    // so nothing is squeezed with large (projector) fonts.
    m_queryEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_queryLabel);
    bar->addWidget(m_queryEdit, 1);
    bar->addWidget(m_searchButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_contextLabel);
    bottom->addWidget(m_contextSpin);
    bottom->addSpacing(12);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void ConcordanceView::retranslate()
{
    m_queryLabel->setText(QCoreApplication::translate("CorpusPanel", "&Word or phrase:"));
    m_queryEdit->setPlaceholderText(QCoreApplication::translate("CorpusPanel", "e.g. banco"));
    m_queryEdit->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                        "Whole words, case-insensitive: “Banco” "
                                                        "finds “banco” but not “bancos”"));
    m_contextLabel->setText(QCoreApplication::translate("CorpusPanel", "Con&text:"));
    m_contextSpin->setSuffix(QCoreApplication::translate("CorpusPanel", " characters"));
    m_contextSpin->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                          "How many characters to show on each "
                                                          "side of the keyword"));
    m_searchButton->setText(QCoreApplication::translate("CorpusPanel", "&Search"));
    m_searchButton->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                           "Lists every occurrence (Enter)"));
    m_export->setText(QCoreApplication::translate("CorpusPanel", "Export CSV…"));
    m_export->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                     "Saves the concordance lines as CSV"));
    m_view->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                   "Double-click a line to show it in its "
                                                   "document"));
    updateCount();
}

void ConcordanceView::setCorpus(std::shared_ptr<const lengua::Corpus> corpus)
{
    m_corpus = std::move(corpus);
    if (m_job)
        m_job->cancel();
    m_model->clear();
    m_query.clear();
    m_running = false;
    updateCount();
}

const QAbstractItemModel* ConcordanceView::model() const
{
    return m_model;
}

void ConcordanceView::activateLine(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid() || !m_corpus)
        return;
    const auto documentIndex = int(index.data(ConcordanceModel::DocumentIndexRole).toULongLong());
    const auto offset = std::size_t(index.data(ConcordanceModel::OffsetRole).toULongLong());
    // Byte offset in UTF-8 -> position in the UTF-16 text of the viewer.
    const std::string& text = m_corpus->documents[std::size_t(documentIndex)].text;
    const int start = int(QString::fromUtf8(text.data(), qsizetype(std::min(offset, text.size()))).size());
    const int length = int(QString::fromStdString(
        m_model->result().lines[std::size_t(row)].match).size());
    emit occurrenceActivated(documentIndex, start, length);
}

void ConcordanceView::search()
{
    const QString query = m_queryEdit->text().trimmed();
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    if (!m_corpus || query.isEmpty()) {
        m_model->clear();
        m_query.clear();
        m_running = false;
        updateCount();
        return;
    }
    auto corpus = m_corpus;
    const std::string queryText = query.toStdString();
    const auto context = std::size_t(m_contextSpin->value());
    JobHandle* job = m_jobs.start(
        QCoreApplication::translate("CorpusPanel", "Concordance of “%1”").arg(query),
        [corpus, queryText, context](lengua::JobContext& jobContext) {
            return std::any(std::make_shared<lengua::ConcordanceResult>(
                lengua::Concordance::search(*corpus, queryText, context, maxLines, jobContext)));
        });
    m_job = job;
    m_query = query;
    m_running = true;
    connect(job, &JobHandle::succeeded, this, [this, job, corpus](const std::any& result) {
        if (job != m_job)
            return;
        auto lines = std::any_cast<std::shared_ptr<lengua::ConcordanceResult>>(result);
        m_model->setResult(corpus, std::move(*lines));
    });
    connect(job, &JobHandle::failed, this, [this, job](const QString& error) {
        if (job == m_job)
            m_count->setText(QCoreApplication::translate("CorpusPanel", "The search failed: %1")
                                 .arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        m_running = false;
        if (job->state() != JobHandle::State::Failed)
            updateCount();
    });
    updateCount();
}

void ConcordanceView::updateCount()
{
    if (m_running) {
        m_count->setText(QCoreApplication::translate("CorpusPanel", "Searching…"));
        return;
    }
    if (m_query.isEmpty()) {
        m_count->setText(m_corpus ? QCoreApplication::translate("CorpusPanel",
                                                                "Type a word and press Enter.")
                                  : QString());
        return;
    }
    const std::size_t shown = m_model->result().lines.size();
    const std::size_t total = m_model->totalMatches();
    if (total == 0)
        m_count->setText(QCoreApplication::translate("CorpusPanel",
                                                     "“%1” does not occur in the corpus.")
                             .arg(m_query));
    else if (total == 1)
        m_count->setText(QCoreApplication::translate("CorpusPanel", "1 occurrence of “%1”")
                             .arg(m_query));
    else if (shown == total)
        m_count->setText(QCoreApplication::translate("CorpusPanel", "%1 occurrences of “%2”")
                             .arg(number(total), m_query));
    else
        m_count->setText(QCoreApplication::translate("CorpusPanel", "%1 of %2 occurrences of “%3”")
                             .arg(number(shown), number(total), m_query));
}
