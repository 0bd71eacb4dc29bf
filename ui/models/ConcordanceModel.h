// Keyword-in-context lines as a table: document id, left context (right-aligned so
// the keywords line up), the keyword in bold, right context. Reads the document ids
// from the shared corpus; the lines themselves are the search result.
#pragma once

#include "text/Concordance.h"

#include <QAbstractTableModel>

#include <memory>

namespace lengua {
struct Corpus;
}

class ConcordanceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DocumentColumn, LeftColumn, KeywordColumn, RightColumn, ColumnCount };
    enum Role { DocumentIndexRole = Qt::UserRole + 1, OffsetRole };

    explicit ConcordanceModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const lengua::Corpus> corpus, lengua::ConcordanceResult result);
    void clear();
    const lengua::ConcordanceResult& result() const { return m_result; }
    std::size_t totalMatches() const { return m_result.totalMatches; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const lengua::Corpus> m_corpus;
    lengua::ConcordanceResult m_result;
};
