#include "NeighbourComparisonView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

NeighbourComparisonView::NeighbourComparisonView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("neighbourTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_overlapLabel = new QLabel(this);
    m_overlapLabel->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_overlapLabel);
    retranslate();
}

void NeighbourComparisonView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Original space (cosine)"), tr("2-D layout (distance)")});
    m_table->setToolTip(tr("Left: the nearest words by the cosine of their vectors. Right: the "
                           "nearest points in the picture. Words in both lists are shown in bold "
                           "on a green background."));
    if (m_word.isEmpty()) {
        m_title->setText(tr("Hover a point to compare its neighbours"));
        m_overlapLabel->clear();
    } else {
        m_title->setText(tr("Neighbours of “%1”").arg(m_word));
        m_overlapLabel->setText(tr("Kept in 2-D: %1/%2 neighbours").arg(m_overlap).arg(m_k));
    }
}

void NeighbourComparisonView::clear()
{
    m_word.clear();
    m_overlap = m_k = 0;
    m_table->setRowCount(0);
    retranslate();
}

void NeighbourComparisonView::setNeighbours(const QString& word, const std::vector<Neighbour>& original,
                                            const std::vector<Neighbour>& layout)
{
    m_word = word;
    QSet<QString> inOriginal, inLayout;
    for (const auto& n : original)
        inOriginal.insert(n.first);
    for (const auto& n : layout)
        inLayout.insert(n.first);
    m_overlap = static_cast<int>((inOriginal & inLayout).size());
    m_k = static_cast<int>(std::max(original.size(), layout.size()));
    m_table->setRowCount(m_k);
    const QColor shared(46, 160, 67, 70);
    auto fill = [&](int row, int column, const Neighbour& n, bool both) {
        auto* item = new QTableWidgetItem(
            column == 0 ? QStringLiteral("%1  %2").arg(n.first, QString::number(n.second, 'f', 2))
                        : QStringLiteral("%1  %2").arg(n.first, QString::number(n.second, 'g', 3)));
        item->setData(Qt::UserRole, n.first);
        if (both) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setBackground(shared);
        }
        m_table->setItem(row, column, item);
    };
    for (int row = 0; row < m_k; ++row) {
        if (row < static_cast<int>(original.size()))
            fill(row, 0, original[static_cast<std::size_t>(row)], inLayout.contains(original[static_cast<std::size_t>(row)].first));
        else
            m_table->setItem(row, 0, new QTableWidgetItem);
        if (row < static_cast<int>(layout.size()))
            fill(row, 1, layout[static_cast<std::size_t>(row)], inOriginal.contains(layout[static_cast<std::size_t>(row)].first));
        else
            m_table->setItem(row, 1, new QTableWidgetItem);
    }
    retranslate();
}
