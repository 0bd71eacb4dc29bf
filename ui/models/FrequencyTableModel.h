// The word frequency table of a corpus: rank, word, count, relative frequency and
// cumulative share (%), read from the shared CorpusStatistics. SortRole gives the
// raw numbers, so a QSortFilterProxyModel sorts numerically.
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace lengua {
struct CorpusStatistics;
}

class FrequencyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, WordColumn, CountColumn, RelativeColumn, CumulativeColumn,
                  ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FrequencyTableModel(QObject* parent = nullptr);

    void setStatistics(std::shared_ptr<const lengua::CorpusStatistics> statistics);
    const std::shared_ptr<const lengua::CorpusStatistics>& statistics() const
    {
        return m_statistics;
    }

    // Percentages of all tokens, for a row (0-based rank).
    double relativePercent(int row) const;
    double cumulativePercent(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const lengua::CorpusStatistics> m_statistics;
    std::vector<std::uint64_t> m_cumulative; // running token count up to each rank
};
