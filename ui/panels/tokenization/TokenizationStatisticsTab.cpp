// The Statistics tab of the Tokenization panel (see TokenizationStatisticsTab.h).
#include "TokenizationStatisticsTab.h"

#include "TokenizationUi.h"
#include "widgets/TableStyle.h"
#include "TokenizerCatalog.h"
#include "Workspace.h"
#include "jobs/JobHandle.h"
#include "jobs/JobRunner.h"
#include "panels/TokenizationPanel.h"
#include "widgets/ViewExporter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TokenizationStatisticsTab::TokenizationStatisticsTab(TokenizerCatalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("statisticsTab"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_measureButton = new QPushButton(this);
    m_measureButton->setObjectName(QStringLiteral("statisticsButton"));
    connect(m_measureButton, &QPushButton::clicked, this, &TokenizationStatisticsTab::computeStatistics);
    m_export = new QPushButton(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setColumnCount(6);
    TableStyle::applyTo(m_table);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.1);
    m_table->setFont(tableFont);
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_table->model(), this); });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_measureButton, 0, Qt::AlignTop);
    bar->addWidget(m_export, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void TokenizationStatisticsTab::retranslate()
{
    m_measureButton->setText(TokenizationPanel::tr("&Measure"));
    m_measureButton->setToolTip(TokenizationPanel::tr("Tokenizes the held-out documents with every tokenizer"));
    m_export->setText(TokenizationPanel::tr("Export CSV…"));
    m_table->setHorizontalHeaderLabels({TokenizationPanel::tr("Tokenizer"), TokenizationPanel::tr("Vocabulary"),
                                        TokenizationPanel::tr("Tokens per word"),
                                        TokenizationPanel::tr("Bytes per token"),
                                        TokenizationPanel::tr("Unknown tokens"),
                                        TokenizationPanel::tr("Documents")});
}

JobHandle* TokenizationStatisticsTab::computeStatistics()
{
    using Catalog = TokenizerCatalog;
    const TokenizerTrainingRequest source = m_catalog.requestFor(TokenizerTrainingRequest::Method::Word);
    if (!source.corpus && !source.processedCorpus) {
        m_hint->setText(TokenizationPanel::tr("Load or choose a corpus to measure on."));
        return nullptr;
    }
    std::vector<std::pair<QString, std::shared_ptr<const lengua::Tokenizer>>> tokenizers;
    for (const TokenizerArtefact& artefact : m_catalog.workspace().tokenizers())
        tokenizers.emplace_back(QString::fromStdString(artefact.name), artefact.tokenizer);
    for (const QString& key : {Catalog::wordsKey, Catalog::charsKey})
        if (auto tokenizer = m_catalog.tokenizerFor(key))
            tokenizers.emplace_back(m_catalog.nameFor(key), tokenizer);
    tokenizers.emplace_back(m_catalog.nameFor(Catalog::bytesKey), m_catalog.bytes());

    if (m_job)
        m_job->cancel();
    JobHandle* job = m_catalog.jobs().start(
        TokenizationPanel::tr("Measuring %Ln tokenizer(s) on %1", nullptr, int(tokenizers.size()))
            .arg(QString::fromStdString(source.corpusName)),
        [tokenizers, corpus = source.corpus, processed = source.processedCorpus](lengua::JobContext& context) {
            const TrainingTexts texts = processed ? TrainingTexts(processed) : TrainingTexts(corpus);
            const auto heldOut = texts.heldOut();
            std::vector<std::pair<QString, lengua::TokenizerStatistics>> results;
            for (std::size_t i = 0; i < tokenizers.size(); ++i) {
                lengua::JobContext part(context.stopToken(), [&](const lengua::JobProgress& progress) {
                    context.reportProgress((double(i) + progress.fraction) / double(tokenizers.size()));
                });
                results.emplace_back(tokenizers[i].first,
                                     lengua::TokenizerStatistics::compute(*tokenizers[i].second, heldOut, part));
            }
            return std::any(results);
        });
    m_job = job;
    m_corpus = QString::fromStdString(source.corpusName);
    connect(job, &JobHandle::succeeded, this, [this, job](const std::any& result) {
        if (job != m_job)
            return;
        m_statistics = std::any_cast<std::vector<std::pair<QString, lengua::TokenizerStatistics>>>(result);
        showStatistics();
    });
    connect(job, &JobHandle::failed, this, [this](const QString& error) {
        m_hint->setText(TokenizationPanel::tr("The statistics could not be computed: %1").arg(error));
    });
    connect(job, &JobHandle::finished, this, [this, job] {
        if (job == m_job)
            m_job = nullptr;
    });
    m_hint->setText(TokenizationPanel::tr("Measuring…"));
    return job;
}

void TokenizationStatisticsTab::showStatistics()
{
    using TokenizationUi::number;
    const QLocale locale;
    m_table->setRowCount(int(m_statistics.size()));
    int row = 0;
    for (const auto& [name, s] : m_statistics) {
        const QString values[] = {name,
                                  number(s.vocabularySize),
                                  locale.toString(s.tokensPerWord(), 'f', 2),
                                  locale.toString(s.bytesPerToken(), 'f', 2),
                                  locale.toString(s.unknownRate() * 100.0, 'f', 2) + QStringLiteral(" %"),
                                  number(s.documents)};
        for (int column = 0; column < 6; ++column) {
            auto* item = new QTableWidgetItem(values[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    if (m_job)
        return;
    if (m_statistics.empty())
        m_hint->setText(TokenizationPanel::tr("Press Measure to tokenize the held-out documents (the last "
                                              "10% of the corpus) with every tokenizer."));
    else
        m_hint->setText(TokenizationPanel::tr("Measured on the last 10% of the documents of %1 (%Ln "
                                              "document(s)), which tokenizers trained with “hold out” "
                                              "have not seen. Tokens per word: fewer is shorter "
                                              "sequences; unknown tokens: text the tokenizer could not "
                                              "represent.", nullptr,
                                              int(m_statistics.front().second.documents))
                            .arg(m_corpus));
}
