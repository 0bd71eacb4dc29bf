// The document list model (see DocumentListModel.h).
#include "DocumentListModel.h"

#include "text/Corpus.h"

#include <QLocale>

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setCorpus(std::shared_ptr<const lengua::Corpus> corpus)
{
    beginResetModel();
    m_corpus = std::move(corpus);
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_corpus)
        return 0;
    return int(m_corpus->documents.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::preview(const std::string& text, int characters)
{
    // Decode only a prefix: 4 bytes per code point at most, plus a little slack so a
    // character cut at the end is simply dropped.
    const std::size_t bytes = std::min(text.size(), std::size_t(characters) * 4 + 4);
    QString start = QString::fromUtf8(text.data(), qsizetype(bytes)).simplified();
    bool cut = bytes < text.size();
    if (start.size() > characters) {
        start.truncate(characters);
        cut = true;
    }
    if (cut)
        start += QChar(0x2026); // …
    return start;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!m_corpus || !index.isValid() || index.row() >= int(m_corpus->documents.size()))
        return {};
    const lengua::Document& document = m_corpus->documents[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case IdColumn:
            return QString::fromStdString(document.id);
        case LabelColumn:
            return QString::fromStdString(document.label);
        case StartColumn:
            return preview(document.text);
        }
    } else if (role == Qt::ToolTipRole && index.column() == StartColumn) {
        return preview(document.text, 400);
    } else if (role == Qt::TextAlignmentRole && index.column() == NumberColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case IdColumn:
        return tr("Id");
    case LabelColumn:
        return tr("Label");
    case StartColumn:
        return tr("Beginning of the text");
    }
    return {};
}
