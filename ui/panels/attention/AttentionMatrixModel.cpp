#include "AttentionMatrixModel.h"

AttentionMatrixModel::AttentionMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttentionMatrixModel::setMatrix(const QStringList& tokens, std::vector<float> values)
{
    beginResetModel();
    const std::size_t t = std::size_t(tokens.size());
    m_tokens = values.size() == t * t ? tokens : QStringList();
    m_values = values.size() == t * t ? std::move(values) : std::vector<float>();
    endResetModel();
}

int AttentionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int AttentionMatrixModel::columnCount(const QModelIndex& parent) const
{
    // The first column names the query of the row.
    return parent.isValid() || m_tokens.isEmpty() ? 0 : int(m_tokens.size()) + 1;
}

QVariant AttentionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    if (index.column() == 0)
        return QStringLiteral("%1: %2").arg(index.row()).arg(m_tokens.at(index.row()));
    const std::size_t t = std::size_t(m_tokens.size());
    // Full float precision, so the file matches the engine's numbers.
    return QString::number(m_values[std::size_t(index.row()) * t + std::size_t(index.column() - 1)], 'g', 9);
}

QVariant AttentionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("query \\ key");
    return QStringLiteral("%1: %2").arg(section - 1).arg(m_tokens.value(section - 1));
}
