// Draws a column's text elided at its start ("…the words next to the keyword"), for
// the left context of a concordance, where the end of the text is what matters.
#pragma once

#include <QStyledItemDelegate>

class ElideLeftDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
