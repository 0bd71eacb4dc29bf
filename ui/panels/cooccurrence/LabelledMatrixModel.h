// A dense labelled matrix as a table (first column the row labels, header row the column
// labels): what the co-occurrence views export as CSV, the layout lengua-cli reads back.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class LabelledMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit LabelledMatrixModel(QObject* parent = nullptr);

    // values: rows × columns, row-major (a size mismatch empties the table).
    void setMatrix(const QStringList& rowLabels, const QStringList& columnLabels,
                   std::vector<float> values, const QString& cornerLabel = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    std::vector<float> m_values;
    QString m_corner;
};
