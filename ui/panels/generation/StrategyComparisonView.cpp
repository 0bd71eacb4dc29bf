// Table of continuations, one per strategy.
#include "StrategyComparisonView.h"


#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QHBoxLayout>
#include <QTableWidget>
#include <QVBoxLayout>

StrategyComparisonView::StrategyComparisonView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("strategyComparison"));
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText);
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("compareButton"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QFont larger = m_table->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_table->setFont(larger);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // "</s>" is text here, not a tag

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_prompt, 1);
    top->addWidget(m_runButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    retranslate();
}

void StrategyComparisonView::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Strategy"), tr("Continuation"), tr("Mean p")});
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("The model's mean probability (at temperature 1) of the tokens each strategy chose: "
           "greedy picks likely tokens, pure sampling also picks unlikely ones"));
    setPrompt(m_promptText);
}

void StrategyComparisonView::setPrompt(const QString& prompt)
{
    m_promptText = prompt;
    m_prompt->setText(prompt.isEmpty() ? QString()
                                       : tr("<b>Prompt:</b> %1").arg(prompt.toHtmlEscaped()));
}

void StrategyComparisonView::setRows(const std::vector<StrategyContinuation>& rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const StrategyContinuation& row = rows[i];
        auto* strategy = new QTableWidgetItem(row.strategy + QLatin1Char('\n') + row.settings);
        strategy->setToolTip(row.settings);
        m_table->setItem(i, 0, strategy);
        auto* text = new QTableWidgetItem(row.text);
        text->setToolTip(row.text.toHtmlEscaped());
        m_table->setItem(i, 1, text);
        auto* mean = new QTableWidgetItem(QLocale().toString(row.meanProbability, 'f', 3));
        mean->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, mean);
    }
}

void StrategyComparisonView::setStatus(const QString& text)
{
    m_status->setText(text);
}

int StrategyComparisonView::rowCount() const
{
    return m_table->rowCount();
}
