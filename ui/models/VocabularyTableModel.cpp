#include "VocabularyTableModel.h"

#include "TokenDisplay.h"
#include "tokenize/Tokenizer.h"

#include <QLocale>

VocabularyTableModel::VocabularyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void VocabularyTableModel::setTokenizer(std::shared_ptr<const lengua::Tokenizer> tokenizer,
                                        std::vector<std::uint64_t> counts)
{
    beginResetModel();
    m_tokenizer = std::move(tokenizer);
    m_counts = std::move(counts);
    m_display.assign(m_tokenizer ? m_tokenizer->vocabulary().size() : 0, QString());
    endResetModel();
}

int VocabularyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_tokenizer ? 0 : int(m_tokenizer->vocabulary().size());
}

int VocabularyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VocabularyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_tokenizer || index.row() >= rowCount())
        return {};
    const auto id = lengua::TokenId(index.row());
    const lengua::Vocabulary& vocabulary = m_tokenizer->vocabulary();
    const bool special = vocabulary.isSpecial(id);
    const bool hasCount = std::size_t(id) < m_counts.size();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return role == SortRole ? QVariant(id) : QVariant(QString::number(id));
        case TokenColumn:
            return QString::fromStdString(vocabulary.token(id));
        case DisplayColumn: {
            QString& cached = m_display[std::size_t(id)];
            if (cached.isNull())
                cached = TokenDisplay::displayForm(*m_tokenizer, id);
            return cached;
        }
        case SpecialColumn:
            if (role == SortRole)
                return special ? 1 : 0;
            return special ? tr("yes") : QString();
        case FrequencyColumn:
            if (!hasCount)
                return role == SortRole ? QVariant(qulonglong(0)) : QVariant(QString());
            return role == SortRole ? QVariant(qulonglong(m_counts[std::size_t(id)]))
                                    : QVariant(QLocale().toString(qulonglong(m_counts[std::size_t(id)])));
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == IdColumn || index.column() == FrequencyColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == TokenColumn || index.column() == DisplayColumn))
        return TokenDisplay::tooltip(*m_tokenizer, id, m_counts.empty() ? nullptr : &m_counts);
    return {};
}

QVariant VocabularyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Id");
        case TokenColumn:
            return tr("Token");
        case DisplayColumn:
            return tr("Shown as");
        case SpecialColumn:
            return tr("Special");
        case FrequencyColumn:
            return tr("Frequency");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TokenColumn:
            return tr("The token as the tokenizer stores it (byte-level BPE writes a space as Ġ)");
        case DisplayColumn:
            return tr("The text the token stands for: ␣ is a space, <0xE2> a byte that is only part "
                      "of a character");
        case SpecialColumn:
            return tr("Special tokens ([CLS], [UNK], <|endoftext|>) are never split or merged");
        case FrequencyColumn:
            return tr("How often the token occurs when the training corpus is tokenized "
                      "(known for tokenizers trained in this session)");
        }
    }
    return {};
}
