// LabelledMatrixModel: see LabelledMatrixModel.h.
#include "LabelledMatrixModel.h"

#include <cmath>

LabelledMatrixModel::LabelledMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void LabelledMatrixModel::setMatrix(const QStringList& rowLabels, const QStringList& columnLabels,
                                    std::vector<float> values, const QString& cornerLabel)
{
    beginResetModel();
    if (values.size() != std::size_t(rowLabels.size()) * std::size_t(columnLabels.size())) {
        m_rowLabels.clear();
        m_columnLabels.clear();
        m_values.clear();
    } else {
        m_rowLabels = rowLabels;
        m_columnLabels = columnLabels;
        m_values = std::move(values);
    }
    m_corner = cornerLabel;
    endResetModel();
}

int LabelledMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowLabels.size());
}

int LabelledMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rowLabels.isEmpty() ? 0 : int(m_columnLabels.size()) + 1;
}

QVariant LabelledMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    if (index.column() == 0)
        return m_rowLabels.at(index.row());
    const float v = m_values[std::size_t(index.row()) * std::size_t(m_columnLabels.size())
                             + std::size_t(index.column() - 1)];
    // Counts stay integers; weights keep six significant digits.
    if (std::isfinite(v) && v == std::round(v) && std::abs(v) < 1e9f)
        return QString::number(qlonglong(v));
    return QString::number(double(v), 'g', 6);
}

QVariant LabelledMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return m_corner;
    return section - 1 < m_columnLabels.size() ? m_columnLabels.at(section - 1) : QVariant();
}
