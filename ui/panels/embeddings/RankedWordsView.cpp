// The word-vector query views' common part; see RankedWordsView.h.
#include "RankedWordsView.h"

#include "widgets/TableStyle.h"
#include "widgets/ViewExporter.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

void RankedWordsView::createResultParts(const QString& objectPrefix, int columns)
{
    m_export = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setObjectName(objectPrefix + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, columns, this);
    m_table->setObjectName(objectPrefix + QStringLiteral("Table"));
    TableStyle::applyTo(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    QFont big = m_table->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_table->setFont(big);
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_table->model(), this); });
}

QString RankedWordsView::message() const { return m_message->text(); }

void RankedWordsView::setMessage(const QString& text) { m_message->setText(text); }

void RankedWordsView::setRankedRow(int row, const QString& word, const QStringList& numbers)
{
    m_table->setItem(row, 0, new QTableWidgetItem(QLocale().toString(row + 1)));
    m_table->setItem(row, 1, new QTableWidgetItem(word));
    for (int i = 0; i < numbers.size(); ++i) {
        auto* number = new QTableWidgetItem(numbers[i]);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2 + i, number);
    }
}
