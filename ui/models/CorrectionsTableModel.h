// The spelling corrections of a processed corpus as a table: original, corrected,
// how many times, and the first document where it happened. Counts are numbers in
// the display role, so a QSortFilterProxyModel sorts them numerically.
#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace lengua {
struct ProcessedCorpus;
}

class CorrectionsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OriginalColumn, CorrectedColumn, CountColumn, DocumentColumn, ColumnCount };

    explicit CorrectionsTableModel(QObject* parent = nullptr);

    // Shows the corrections of this corpus (nullptr clears the table); shared, not copied.
    void setCorpus(std::shared_ptr<const lengua::ProcessedCorpus> corpus);
    std::shared_ptr<const lengua::ProcessedCorpus> corpus() const { return m_corpus; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const lengua::ProcessedCorpus> m_corpus;
};
