// The concordance model (see ConcordanceModel.h).
#include "ConcordanceModel.h"

#include "text/Corpus.h"

#include <QFont>

ConcordanceModel::ConcordanceModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConcordanceModel::setResult(std::shared_ptr<const lengua::Corpus> corpus,
                                 lengua::ConcordanceResult result)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    m_result = std::move(result);
    endResetModel();
}

void ConcordanceModel::clear()
{
    setResult(nullptr, {});
}

int ConcordanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const lengua::ConcordanceLine& line = m_result.lines[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            if (m_corpus && line.document < m_corpus->documents.size())
                return QString::fromStdString(m_corpus->documents[line.document].id);
            return qulonglong(line.document + 1);
        case LeftColumn:
            return QString::fromStdString(line.left);
        case KeywordColumn:
            return QString::fromStdString(line.match);
        case RightColumn:
            return QString::fromStdString(line.right);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == KeywordColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == KeywordColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() != DocumentColumn)
            return QString::fromStdString(line.left + "[" + line.match + "]" + line.right);
        break;
    case DocumentIndexRole:
        return qulonglong(line.document);
    case OffsetRole:
        return qulonglong(line.offset);
    }
    return {};
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case LeftColumn:
        return tr("Left context");
    case KeywordColumn:
        return tr("Keyword");
    case RightColumn:
        return tr("Right context");
    }
    return {};
}
