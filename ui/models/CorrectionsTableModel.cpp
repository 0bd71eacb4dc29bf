// The corrections table (see CorrectionsTableModel.h).
#include "CorrectionsTableModel.h"

#include "text/ProcessedCorpus.h"

#include <climits>

CorrectionsTableModel::CorrectionsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CorrectionsTableModel::setCorpus(std::shared_ptr<const lengua::ProcessedCorpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    endResetModel();
}

int CorrectionsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_corpus ? 0 : int(m_corpus->corrections.size());
}

int CorrectionsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectionsTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_corpus || !index.isValid() || index.row() >= rowCount())
        return {};
    const auto& correction = m_corpus->corrections[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case OriginalColumn:
            return QString::fromStdString(correction.original);
        case CorrectedColumn:
            return QString::fromStdString(correction.corrected);
        case CountColumn:
            return qulonglong(correction.count);
        case DocumentColumn:
            return QString::fromStdString(correction.exampleDocument);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("“%1” → “%2”: %Ln time(s); first in %3", nullptr,
                  int(std::min<std::uint64_t>(correction.count, INT_MAX)))
            .arg(QString::fromStdString(correction.original),
                 QString::fromStdString(correction.corrected),
                 QString::fromStdString(correction.exampleDocument));
    return {};
}

QVariant CorrectionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OriginalColumn:
        return tr("Original");
    case CorrectedColumn:
        return tr("Corrected");
    case CountColumn:
        return tr("Count");
    case DocumentColumn:
        return tr("Example document");
    default:
        return {};
    }
}
