// The Compare tab of the Tokenization panel (see TokenizationCompareTab.h).
#include "TokenizationCompareTab.h"

#include "TokenDisplay.h"
#include "TokenizationUi.h"
#include "TokenizerCatalog.h"
#include "Workspace.h"
#include "panels/TokenizationPanel.h"
#include "widgets/TokenizerComparisonView.h"

#include <QLabel>
#include <QVBoxLayout>

TokenizationCompareTab::TokenizationCompareTab(TokenizerCatalog& catalog, std::function<QString()> text,
                                               QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_text(std::move(text))
{
    setObjectName(QStringLiteral("compareTab"));
    m_comparison = new TokenizerComparisonView(this);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    connect(m_comparison, &TokenizerComparisonView::rowsChanged, this, &TokenizationCompareTab::refresh);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(m_hint);

    connect(&m_catalog, &TokenizerCatalog::builtinFailed, this, [this](const QString& error) {
        m_hint->setText(TokenizationPanel::tr("The built-in tokenizer could not be built: %1").arg(error));
    });
    connect(&m_catalog, &TokenizerCatalog::builtinFinished, this, &TokenizationCompareTab::refresh);
}

void TokenizationCompareTab::retranslate()
{
    m_comparison->retranslate();
    m_hint->setText(TokenizationPanel::tr(
        "Each chip is a token, its id underneath; ␣ is a space, <0xE2> one byte "
        "of a character split by byte-level BPE, a red chip an unknown "
        "token. Hover over a chip for its id, frequency and bytes."));
}

void TokenizationCompareTab::rebuildChoices()
{
    using Catalog = TokenizerCatalog;
    // The comparison's choices: the workspace's tokenizers, then the built-ins.
    std::vector<TokenizerComparisonView::Choice> choices;
    for (const TokenizerArtefact& artefact : m_catalog.workspace().tokenizers())
        choices.push_back({QString::fromStdString(artefact.id), QString::fromStdString(artefact.name),
                           QString::fromStdString(artefact.description)});
    choices.push_back({Catalog::wordsKey, m_catalog.nameFor(Catalog::wordsKey),
                       TokenizationPanel::tr("The most frequent words of the corpus (trained when chosen)"),
                       true});
    choices.push_back({Catalog::charsKey, m_catalog.nameFor(Catalog::charsKey),
                       TokenizationPanel::tr("Every character of the corpus (trained when chosen)")});
    choices.push_back({Catalog::bytesKey, m_catalog.nameFor(Catalog::bytesKey),
                       TokenizationPanel::tr("One token per byte: where byte-level BPE starts")});
    m_comparison->setChoices(choices);
    if (m_comparison->rowCount() == 0) {
        m_comparison->addRow(Catalog::wordsKey);
        m_comparison->addRow(Catalog::charsKey);
    }
}

void TokenizationCompareTab::refresh()
{
    const QString text = m_text();
    const std::string utf8 = text.toStdString();
    const qsizetype characters = text.toUcs4().size();
    const QString corpusKey = m_catalog.corpusKey();
    for (int row = 0; row < m_comparison->rowCount(); ++row) {
        const QString key = m_comparison->rowChoice(row);
        auto tokenizer = m_catalog.tokenizerFor(key);
        if (!tokenizer) {
            const bool builtin = key == TokenizerCatalog::charsKey || key == TokenizerCatalog::wordsKey;
            if (builtin && corpusKey.isEmpty()) {
                m_comparison->setRowMessage(row, TokenizationPanel::tr("Load a corpus to build this tokenizer."));
            } else if (builtin) {
                m_catalog.buildBuiltin(key);
                m_comparison->setRowMessage(row, TokenizationPanel::tr("Building it from the corpus…"));
            } else {
                m_comparison->setRowMessage(row, QString());
            }
            continue;
        }
        const lengua::Encoding encoding = tokenizer->encode(utf8);
        const TokenizerCatalog::Extras* extras = m_catalog.extrasFor(key);
        auto chips = TokenDisplay::chips(*tokenizer, encoding, extras ? &extras->counts : nullptr, utf8);
        const int count = int(encoding.size());
        QString summary = TokenizationPanel::tr("%Ln token(s)", nullptr, count);
        summary += TokenizationUi::charactersPerToken(characters, count);
        summary += TokenizationPanel::tr(" · vocabulary %1")
                       .arg(TokenizationUi::number(tokenizer->vocabulary().size()));
        m_comparison->setRowResult(row, std::move(chips), summary);
    }
}

void TokenizationCompareTab::showTokenizers(const QStringList& keys)
{
    while (m_comparison->rowCount() < TokenizerComparisonView::maximumRows)
        m_comparison->addRow();
    for (int row = 0; row < int(keys.size()); ++row)
        m_comparison->setRowChoice(row, keys[row]);
}
