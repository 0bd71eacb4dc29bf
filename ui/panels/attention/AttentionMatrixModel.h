// An attention matrix as a table, for CSV export: one row per query token, one column per
// key token, headers "position: token", cells the weights (0 where the causal mask is).
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class AttentionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AttentionMatrixModel(QObject* parent = nullptr);

    // values: rows = queries, columns = keys, row-major, tokens.size() squared.
    void setMatrix(const QStringList& tokens, std::vector<float> values);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_tokens;
    std::vector<float> m_values;
};
