// The Vocabulary tab of the Tokenization panel (see TokenizationVocabularyTab.h).
#include "TokenizationVocabularyTab.h"

#include "TokenizationUi.h"
#include "widgets/TableStyle.h"
#include "TokenizerCatalog.h"
#include "models/VocabularyTableModel.h"
#include "panels/TokenizationPanel.h"
#include "widgets/ViewExporter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

TokenizationVocabularyTab::TokenizationVocabularyTab(TokenizerCatalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("vocabularyTab"));
    m_combo = TokenizationUi::makeTokenizerCombo(QStringLiteral("vocabularyCombo"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("vocabularySearch"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_export = new QPushButton(this);
    m_model = new VocabularyTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VocabularyTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("vocabularyView"));
    m_view->setModel(m_proxy);
    TableStyle::applyTo(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VocabularyTableModel::IdColumn, Qt::AscendingOrder);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VocabularyTableModel::TokenColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VocabularyTableModel::DisplayColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(VocabularyTableModel::IdColumn,
                           metrics.horizontalAdvance(QStringLiteral("0000000")) + 24);
    m_view->setColumnWidth(VocabularyTableModel::SpecialColumn,
                           metrics.horizontalAdvance(QStringLiteral("Special")) + 30);
    m_view->setColumnWidth(VocabularyTableModel::FrequencyColumn,
                           metrics.horizontalAdvance(QStringLiteral("Frequency")) + 30);
    QFont tokenFont = m_view->font();
    tokenFont.setPointSizeF(tokenFont.pointSizeF() * 1.1);
    m_view->setFont(tokenFont);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_combo->currentData().toString();
        const TokenizerCatalog::Extras* extras = m_catalog.extrasFor(key);
        m_model->setTokenizer(m_catalog.tokenizerFor(key),
                              extras ? extras->counts : std::vector<std::uint64_t>{});
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this,
            [this] { ViewExporter::exportTableWithDialog(m_proxy, this); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_combo);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void TokenizationVocabularyTab::retranslate()
{
    m_combo->setToolTip(TokenizationPanel::tr("The tokenizer whose vocabulary is listed"));
    m_search->setPlaceholderText(TokenizationPanel::tr("Find a token"));
    m_export->setText(TokenizationPanel::tr("Export CSV…"));
    m_export->setToolTip(TokenizationPanel::tr("Saves the table as shown (filtered and sorted) as CSV"));
}

void TokenizationVocabularyTab::rebuildCombo()
{
    if (m_catalog.fillCombo(m_combo, false) || !m_model->tokenizer())
        Q_EMIT m_combo->currentIndexChanged(m_combo->currentIndex());
}

void TokenizationVocabularyTab::showVocabularyOf(const QString& key)
{
    TokenizationUi::selectData(m_combo, key);
}

void TokenizationVocabularyTab::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total
                         ? TokenizationPanel::tr("%Ln token(s)", nullptr, total)
                         : TokenizationPanel::tr("%1 of %2 tokens")
                               .arg(TokenizationUi::number(std::uint64_t(shown)),
                                    TokenizationUi::number(std::uint64_t(total))));
}
