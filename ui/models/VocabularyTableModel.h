// A tokenizer's vocabulary as a table: id, token (as stored), display form (spaces and
// bytes made visible), special or not, and its frequency in the training corpus when known.
// Sorting by a column uses SortRole (numbers as numbers); searching is done by a
// QSortFilterProxyModel over the token and display columns.
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <vector>

namespace lengua {
class Tokenizer;
}

class VocabularyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TokenColumn, DisplayColumn, SpecialColumn, FrequencyColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit VocabularyTableModel(QObject* parent = nullptr);

    // counts: per id, or empty when unknown (the column then stays empty).
    void setTokenizer(std::shared_ptr<const lengua::Tokenizer> tokenizer,
                      std::vector<std::uint64_t> counts = {});
    std::shared_ptr<const lengua::Tokenizer> tokenizer() const { return m_tokenizer; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const lengua::Tokenizer> m_tokenizer;
    std::vector<std::uint64_t> m_counts;
    // Display forms are computed on first use: a 50,000-token vocabulary shows ~30 rows.
    mutable std::vector<QString> m_display;
};
