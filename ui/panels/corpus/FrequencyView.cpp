// The Frequencies tab of the Corpus panel (see FrequencyView.h).
#include "FrequencyView.h"

#include "models/FrequencyProxyModel.h"
#include "models/FrequencyTableModel.h"
#include "text/CorpusStatistics.h"
#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Above this many words, filtering waits for a pause in typing instead of running
// on every key press.
constexpr int instantFilterRows = 50000;

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

FrequencyView::FrequencyView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("frequenciesTab"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("frequencySearch"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("frequencyCount"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("frequencyExport"));

    m_model = new FrequencyTableModel(this);
    m_proxy = new FrequencyProxyModel(this);
    m_proxy->setFrequencySource(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("frequencyView"));
    m_view->setModel(m_proxy);
    TableStyle::applyTo(m_view);
    m_view->horizontalHeader()->setSortIndicator(FrequencyTableModel::RankColumn,
                                                 Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(FrequencyTableModel::WordColumn,
                                                     QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    // Number columns as wide as their numbers need, so the words keep the rest.
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("Cumulative %")) + 24;
    m_view->setColumnWidth(FrequencyTableModel::RankColumn,
                           metrics.horizontalAdvance(QStringLiteral("0000000")) + 24);
    m_view->setColumnWidth(FrequencyTableModel::CountColumn,
                           metrics.horizontalAdvance(QStringLiteral("000000000")) + 24);
    m_view->setColumnWidth(FrequencyTableModel::RelativeColumn, percentWidth);
    m_view->setColumnWidth(FrequencyTableModel::CumulativeColumn, percentWidth);

    auto* filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(200);
    connect(filterTimer, &QTimer::timeout, this, &FrequencyView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this, filterTimer] {
        if (m_model->rowCount() <= instantFilterRows)
            applyFilter();
        else
            filterTimer->start();
    });
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_proxy, this); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void FrequencyView::retranslate()
{
    m_search->setPlaceholderText(QCoreApplication::translate("CorpusPanel",
                                                             "Find a word (Ctrl+F)"));
    m_search->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                     "Shows only the words that contain this "
                                                     "text"));
    m_export->setText(QCoreApplication::translate("CorpusPanel", "Export CSV…"));
    m_export->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                     "Saves the table as shown (filtered and "
                                                     "sorted) as CSV"));
    m_view->setToolTip(QCoreApplication::translate("CorpusPanel",
                                                   "Click a column header to sort by it"));
}

void FrequencyView::setStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics)
{
    m_model->setStatistics(std::move(statistics));
}

void FrequencyView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

const QAbstractItemModel* FrequencyView::shownModel() const
{
    return m_proxy;
}

void FrequencyView::applyFilter()
{
    m_proxy->setSearchText(m_search->text());
    updateCount();
}

void FrequencyView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_count->clear();
    else if (shown == total)
        m_count->setText(QCoreApplication::translate("CorpusPanel", "%Ln word(s)", nullptr, total));
    else
        m_count->setText(QCoreApplication::translate("CorpusPanel", "%1 of %2 words")
                             .arg(number(std::uint64_t(shown)), number(std::uint64_t(total))));
}
