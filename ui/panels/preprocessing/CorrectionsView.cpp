// The Corrections tab of the Preprocessing panel (see CorrectionsView.h).
#include "CorrectionsView.h"

#include "models/CorrectionsTableModel.h"
#include "text/ProcessedCorpus.h"
#include "widgets/ViewExporter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

CorrectionsView::CorrectionsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("correctionsTab"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("correctionsStatus"));
    m_status->setWordWrap(true);
    m_model = new CorrectionsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("correctionsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CorrectionsTableModel::CountColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int wide = fontMetrics().horizontalAdvance(QStringLiteral("correcciones"));
    m_view->setColumnWidth(CorrectionsTableModel::OriginalColumn, wide + 40);
    m_view->setColumnWidth(CorrectionsTableModel::CorrectedColumn, wide + 40);
    m_view->setColumnWidth(CorrectionsTableModel::CountColumn,
                           fontMetrics().horizontalAdvance(QStringLiteral("Count 00000")));
    // A double click shows the correction in its document.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit documentRequested(
            m_proxy->index(index.row(), CorrectionsTableModel::DocumentColumn).data().toString());
    });
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("correctionsExportButton"));
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_proxy, this); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void CorrectionsView::retranslate()
{
    m_export->setText(QCoreApplication::translate("PreprocessingPanel", "Export CSV…"));
    m_export->setToolTip(QCoreApplication::translate("PreprocessingPanel",
                                                     "Saves the corrections as CSV"));
    m_view->setToolTip(QCoreApplication::translate("PreprocessingPanel",
                                                   "Click a column header to sort by it; "
                                                   "double-click a row to see the correction in "
                                                   "its document"));
    updateStatus();
}

void CorrectionsView::setResult(std::shared_ptr<const lengua::ProcessedCorpus> result)
{
    m_result = std::move(result);
    m_model->setCorpus(m_result);
    updateStatus();
}

const QAbstractItemModel* CorrectionsView::shownModel() const
{
    return m_proxy;
}

void CorrectionsView::updateStatus()
{
    if (!m_result) {
        m_status->setText(QCoreApplication::translate("PreprocessingPanel",
                                                      "Process the corpus with spelling "
                                                      "correction checked to see what was "
                                                      "corrected."));
    } else if (!m_result->settings.spell) {
        m_status->setText(QCoreApplication::translate("PreprocessingPanel",
                                                      "“%1” was processed without spelling "
                                                      "correction.")
                              .arg(QString::fromStdString(m_result->name)));
    } else {
        std::uint64_t occurrences = 0;
        for (const auto& correction : m_result->corrections)
            occurrences += correction.count;
        // Counted outside the translate() call: lupdate 6.4 hangs on a template
        // argument list among its arguments.
        const int words = int(m_result->corrections.size());
        const int shown = int(std::min<std::uint64_t>(occurrences, INT_MAX));
        m_status->setText(
            QCoreApplication::translate("PreprocessingPanel", "%Ln word(s) corrected", nullptr,
                                        words)
            + QStringLiteral(", ")
            + QCoreApplication::translate("PreprocessingPanel", "%Ln occurrence(s) in all",
                                          nullptr, shown));
    }
}
