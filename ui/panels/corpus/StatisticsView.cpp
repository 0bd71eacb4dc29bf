// The Statistics tab of the Corpus panel (see StatisticsView.h).
#include "StatisticsView.h"

#include "text/Corpus.h"
#include "text/CorpusStatistics.h"
#include "widgets/TableStyle.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

StatisticsView::StatisticsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statisticsTab"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    m_status->setWordWrap(true);

    static const char* const valueNames[StatisticCount] = {
        "documentsValue", "sentencesValue", "tokensValue", "typesValue",
        "charactersValue", "typeTokenRatioValue", "encodingValue"};
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.3);
    valueFont.setBold(true);
    for (int i = 0; i < StatisticCount; ++i) {
        m_names[i] = new QLabel(this);
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(QLatin1String(valueNames[i]));
        m_values[i]->setFont(valueFont);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_names[i], i, 0);
        grid->addWidget(m_values[i], i, 1);
    }
    grid->setColumnStretch(2, 1);

    m_labelsHeading = new QLabel(this);
    QFont headingFont = m_labelsHeading->font();
    headingFont.setBold(true);
    m_labelsHeading->setFont(headingFont);
    m_labelsTable = new QTableWidget(this);
    m_labelsTable->setObjectName(QStringLiteral("labelsTable"));
    m_labelsTable->setColumnCount(2);
    TableStyle::applyTo(m_labelsTable);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_labelsHeading);
    layout->addWidget(m_labelsTable, 1);
    layout->addStretch(0);
}

void StatisticsView::retranslate()
{
    const QString names[StatisticCount] = {
        QCoreApplication::translate("CorpusPanel", "Documents:"),
        QCoreApplication::translate("CorpusPanel", "Sentences:"),
        QCoreApplication::translate("CorpusPanel", "Tokens (running words):"),
        QCoreApplication::translate("CorpusPanel", "Types (distinct words):"),
        QCoreApplication::translate("CorpusPanel", "Characters:"),
        QCoreApplication::translate("CorpusPanel", "Type/token ratio:"),
        QCoreApplication::translate("CorpusPanel", "Encoding:")};
    const QString tips[StatisticCount] = {
        QCoreApplication::translate("CorpusPanel", "Number of documents in the corpus"),
        QCoreApplication::translate("CorpusPanel",
                                    "Sentences ending in . ! ? or … (a quick count; the "
                                    "preprocessing lesson splits sentences more carefully)"),
        QCoreApplication::translate("CorpusPanel", "Every word occurrence: N"),
        QCoreApplication::translate("CorpusPanel",
                                    "Different words after case folding: the vocabulary size |V|"),
        QCoreApplication::translate("CorpusPanel", "Unicode characters, spaces included"),
        QCoreApplication::translate("CorpusPanel",
                                    "|V| / N: how varied the vocabulary is; it falls as the "
                                    "corpus grows"),
        QCoreApplication::translate("CorpusPanel", "How the file's bytes were decoded")};
    for (int i = 0; i < StatisticCount; ++i) {
        m_names[i]->setText(names[i]);
        m_names[i]->setToolTip(tips[i]);
        m_values[i]->setToolTip(tips[i]);
    }
    m_labelsTable->setHorizontalHeaderLabels({QCoreApplication::translate("CorpusPanel", "Label"),
                                              QCoreApplication::translate("CorpusPanel",
                                                                          "Documents")});
}

void StatisticsView::setStatus(const QString& text)
{
    m_status->setText(text);
}

void StatisticsView::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->show();
}

void StatisticsView::setStatistics(const lengua::Corpus* corpus,
                                   const lengua::CorpusStatistics* statistics)
{
    const lengua::CorpusStatistics* s = statistics;
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    m_values[Documents]->setText(s ? number(s->documents) : dash);
    m_values[Sentences]->setText(s ? number(s->sentences) : dash);
    m_values[Tokens]->setText(s ? number(s->tokens) : dash);
    m_values[Types]->setText(s ? number(s->types) : dash);
    m_values[Characters]->setText(s ? number(s->characters) : dash);
    m_values[TypeTokenRatio]->setText(s ? locale.toString(s->typeTokenRatio(), 'f', 4) : dash);
    QString encoding = dash;
    if (corpus) {
        encoding = QString::fromStdString(corpus->decoding.encoding);
        if (corpus->decoding.fallback)
            encoding = QCoreApplication::translate("CorpusPanel", "%1 (not valid UTF-8)")
                           .arg(encoding);
    }
    m_values[Encoding]->setText(encoding);

    if (s) {
        m_status->clear();
        m_status->hide();
    } else if (!corpus) {
        m_status->setText(QCoreApplication::translate("CorpusPanel",
                                                      "Import a corpus, or load the lecture's "
                                                      "example from the lesson box."));
        m_status->show();
    }

    m_labelsTable->setRowCount(0);
    if (s && !s->labels.empty()) {
        m_labelsHeading->setText(QCoreApplication::translate("CorpusPanel", "Labels (%1)")
                                     .arg(s->labels.size()));
        m_labelsTable->setRowCount(int(s->labels.size()));
        int row = 0;
        for (const auto& [label, count] : s->labels) {
            m_labelsTable->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(label)));
            auto* countItem = new QTableWidgetItem;
            countItem->setData(Qt::DisplayRole, qulonglong(count));
            countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_labelsTable->setItem(row, 1, countItem);
            ++row;
        }
        // As tall as its rows (up to a dozen), so a few labels do not leave an empty box.
        const int rows = std::min(m_labelsTable->rowCount(), 12);
        m_labelsTable->setMaximumHeight(m_labelsTable->horizontalHeader()->height()
                                        + rows * m_labelsTable->verticalHeader()->defaultSectionSize()
                                        + 2 * m_labelsTable->frameWidth() + 2);
        m_labelsTable->show();
    } else {
        m_labelsHeading->setText(
            s ? QCoreApplication::translate("CorpusPanel", "The documents have no labels.")
              : QString());
        m_labelsTable->hide();
    }
}
