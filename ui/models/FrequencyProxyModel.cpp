// The frequency table's sort and search proxy (see FrequencyProxyModel.h).
#include "FrequencyProxyModel.h"

#include "FrequencyTableModel.h"

#include "text/CorpusStatistics.h"

FrequencyProxyModel::FrequencyProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void FrequencyProxyModel::setFrequencySource(FrequencyTableModel* source)
{
    m_frequencies = source;
    setSourceModel(source);
}

void FrequencyProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    // The engine case-folds words, so folding the query the same way makes the
    // search case-insensitive with a plain byte comparison.
    m_needle = trimmed.toCaseFolded().toStdString();
    // A full rebuild, not invalidateRowsFilter(): with many words the incremental path
    // emits one removal per gap and takes seconds.
    invalidate();
}

bool FrequencyProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.empty() || !m_frequencies || !m_frequencies->statistics())
        return true;
    if (sourceParent.isValid())
        return false;
    const auto& term = m_frequencies->statistics()->frequencies[std::size_t(sourceRow)].term;
    return term.find(m_needle) != std::string::npos;
}

bool FrequencyProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_frequencies || !m_frequencies->statistics())
        return QSortFilterProxyModel::lessThan(left, right);
    const auto& frequencies = m_frequencies->statistics()->frequencies;
    const auto& a = frequencies[std::size_t(left.row())];
    const auto& b = frequencies[std::size_t(right.row())];
    switch (left.column()) {
    case FrequencyTableModel::WordColumn:
        return a.term < b.term; // code-point order, as the engine orders ties
    case FrequencyTableModel::CountColumn:
    case FrequencyTableModel::RelativeColumn:
        return a.count < b.count;
    default: // rank and cumulative share both grow with the row
        return left.row() < right.row();
    }
}
