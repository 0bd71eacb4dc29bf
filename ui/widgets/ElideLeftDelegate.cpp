// Left-eliding item delegate (see ElideLeftDelegate.h).
#include "ElideLeftDelegate.h"

void ElideLeftDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideLeft;
}
