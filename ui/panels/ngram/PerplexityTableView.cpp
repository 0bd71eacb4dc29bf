// The perplexity table; see PerplexityTableView.h.
#include "PerplexityTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

PerplexityTableView::PerplexityTableView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ngramPerplexity"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ngramSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_compute = new QPushButton(this);
    m_compute->setObjectName(QStringLiteral("ngramComputeTable"));
    m_table = new QTableWidget(int(NgramTraining::smoothings().size()), 5, this);
    m_table->setObjectName(QStringLiteral("ngramPerplexityTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setFont(font());
    m_table->verticalHeader()->setFont(font());
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    QFont larger = m_table->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_table->setFont(larger);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ngramTableStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_compute);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    retranslate();
}

void PerplexityTableView::retranslate()
{
    m_title->setText(tr("Perplexity on the held-out sentences (lower is better)"));
    m_compute->setText(tr("Compute &table"));
    m_compute->setToolTip(tr("Trains every order (1–5) with every smoothing method on the same "
                             "sentences and measures each on the held-out sentences (one in ten)"));
    QStringList rows;
    for (const lengua::NgramSmoothing smoothing : NgramTraining::smoothings())
        rows << NgramTraining::smoothingShortName(smoothing);
    m_table->setVerticalHeaderLabels(rows);
    QStringList columns;
    for (int order = 1; order <= 5; ++order)
        columns << QStringLiteral("n = %1\n%2").arg(order).arg(NgramTraining::orderName(order).toLower());
    m_table->setHorizontalHeaderLabels(columns);
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->verticalHeaderItem(r)->setToolTip(
            NgramTraining::smoothingName(NgramTraining::smoothings()[std::size_t(r)]));
    const std::vector<NgramPerplexityCell> cells = m_cells;
    clearCells();
    for (const NgramPerplexityCell& cell : cells)
        setCell(cell);
}

void PerplexityTableView::setSummary(const QString& html)
{
    m_summary->setText(html);
    m_summary->setVisible(!html.isEmpty());
}

QString PerplexityTableView::summary() const
{
    return m_summary->text();
}

QString PerplexityTableView::perplexityText(double perplexity)
{
    if (std::isinf(perplexity))
        return QStringLiteral("∞");
    if (std::isnan(perplexity))
        return QStringLiteral("—");
    return QLocale().toString(perplexity, 'f', 1);
}

void PerplexityTableView::clearCells()
{
    m_cells.clear();
    m_table->clearContents();
}

void PerplexityTableView::setCell(const NgramPerplexityCell& cell)
{
    const auto& methods = NgramTraining::smoothings();
    const int row = int(std::find(methods.begin(), methods.end(), cell.smoothing) - methods.begin());
    const int column = cell.order - 1;
    if (column < 0 || column >= 5 || row >= int(methods.size()))
        return;
    m_cells.push_back(cell);
    auto* item = new QTableWidgetItem;
    item->setTextAlignment(Qt::AlignCenter);
    const QLocale locale;
    if (!cell.error.empty()) {
        item->setText(QStringLiteral("—"));
        item->setToolTip(QString::fromStdString(cell.error));
    } else {
        item->setText(perplexityText(cell.report.perplexity));
        QString tip = tr("%1, %2: perplexity %3 over %4 held-out tokens (%5 unknown)")
                          .arg(NgramTraining::orderName(cell.order),
                               NgramTraining::smoothingName(cell.smoothing),
                               perplexityText(cell.report.perplexity),
                               locale.toString(qulonglong(cell.report.tokens)),
                               locale.toString(qulonglong(cell.report.unknownTokens)));
        if (cell.report.zeroProbabilityTokens > 0) {
            tip += QStringLiteral("\n")
                   + tr("%n held-out token(s) got probability 0: log 0 = −∞, so the perplexity is "
                        "infinite", "", int(cell.report.zeroProbabilityTokens));
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        if (cell.smoothing == lengua::NgramSmoothing::StupidBackoff)
            tip += QStringLiteral("\n") + tr("Stupid backoff gives scores, not probabilities: its "
                                             "“perplexity” is only for comparison");
        item->setToolTip(tip);
    }
    m_table->setItem(row, column, item);
}

void PerplexityTableView::finish()
{
    // Bold the lowest perplexity among the normalised estimators.
    double best = std::numeric_limits<double>::infinity();
    const NgramPerplexityCell* bestCell = nullptr;
    for (const NgramPerplexityCell& cell : m_cells)
        if (cell.error.empty() && lengua::ngramSmoothingIsNormalised(cell.smoothing)
            && cell.report.perplexity < best) {
            best = cell.report.perplexity;
            bestCell = &cell;
        }
    if (!bestCell)
        return;
    const auto& methods = NgramTraining::smoothings();
    const int row = int(std::find(methods.begin(), methods.end(), bestCell->smoothing) - methods.begin());
    if (QTableWidgetItem* item = m_table->item(row, bestCell->order - 1)) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setBackground(QColor(0x4c, 0xaf, 0x50, 70));
    }
}

void PerplexityTableView::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString PerplexityTableView::statusText() const
{
    return m_status->text();
}

std::unique_ptr<QAbstractItemModel> PerplexityTableView::exportModel() const
{
    auto model = std::make_unique<QStandardItemModel>(m_table->rowCount(), m_table->columnCount() + 1);
    QStringList header{tr("Smoothing")};
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << QStringLiteral("n = %1").arg(c + 1);
    model->setHorizontalHeaderLabels(header);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        model->setItem(r, 0, new QStandardItem(m_table->verticalHeaderItem(r)->text()));
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (const QTableWidgetItem* item = m_table->item(r, c))
                model->setItem(r, c + 1, new QStandardItem(item->text()));
    }
    return model;
}
