// The frequency table model (see FrequencyTableModel.h).
#include "FrequencyTableModel.h"

#include "text/CorpusStatistics.h"

#include <QLocale>

FrequencyTableModel::FrequencyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FrequencyTableModel::setStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics)
{
    beginResetModel();
    m_statistics = std::move(statistics);
    m_cumulative.clear();
    if (m_statistics) {
        m_cumulative.reserve(m_statistics->frequencies.size());
        std::uint64_t running = 0;
        for (const auto& entry : m_statistics->frequencies)
            m_cumulative.push_back(running += entry.count);
    }
    endResetModel();
}

int FrequencyTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_statistics)
        return 0;
    return int(m_statistics->frequencies.size());
}

int FrequencyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double FrequencyTableModel::relativePercent(int row) const
{
    if (!m_statistics || m_statistics->tokens == 0)
        return 0.0;
    return 100.0 * double(m_statistics->frequencies[std::size_t(row)].count)
        / double(m_statistics->tokens);
}

double FrequencyTableModel::cumulativePercent(int row) const
{
    if (!m_statistics || m_statistics->tokens == 0)
        return 0.0;
    return 100.0 * double(m_cumulative[std::size_t(row)]) / double(m_statistics->tokens);
}

QVariant FrequencyTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_statistics || !index.isValid() || index.row() >= rowCount())
        return {};
    const auto& entry = m_statistics->frequencies[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case WordColumn:
            return QString::fromStdString(entry.term);
        case CountColumn:
            return qulonglong(entry.count);
        case RelativeColumn:
            return locale.toString(relativePercent(index.row()), 'f', 3);
        case CumulativeColumn:
            return locale.toString(cumulativePercent(index.row()), 'f', 2);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case WordColumn:
            return QString::fromStdString(entry.term);
        case CountColumn:
            return qulonglong(entry.count);
        case RelativeColumn:
            return relativePercent(index.row());
        case CumulativeColumn:
            return cumulativePercent(index.row());
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != WordColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant FrequencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank");
        case WordColumn:
            return tr("Word");
        case CountColumn:
            return tr("Count");
        case RelativeColumn:
            return tr("Relative %");
        case CumulativeColumn:
            return tr("Cumulative %");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("Position in the list, most frequent word first");
        case WordColumn:
            return tr("The word, case-folded (“Banco” and “banco” count as one)");
        case CountColumn:
            return tr("How many times the word occurs in the corpus");
        case RelativeColumn:
            return tr("Count divided by the number of tokens, in percent");
        case CumulativeColumn:
            return tr("Share of all tokens covered by the words up to this rank");
        }
    }
    return {};
}
