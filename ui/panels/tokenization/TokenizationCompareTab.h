// The Tokenization panel's Compare tab: the panel's text cut by several tokenizers side by
// side, one row of chips per tokenizer.
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class TokenizerCatalog;
class TokenizerComparisonView;

class TokenizationCompareTab : public QWidget {
    Q_OBJECT
public:
    // text: the text to cut, read whenever the rows are redrawn.
    TokenizationCompareTab(TokenizerCatalog& catalog, std::function<QString()> text,
                           QWidget* parent = nullptr);

    TokenizerComparisonView* comparisonView() const { return m_comparison; }
    void retranslate();
    // The tokenizers to choose from changed (their names too).
    void rebuildChoices();
    // Re-tokenizes the text in every row; starts the built-ins a row needs.
    void refresh();
    // One row per key, in that order (first adding rows up to the maximum).
    void showTokenizers(const QStringList& keys);

private:
    TokenizerCatalog& m_catalog;
    std::function<QString()> m_text;
    TokenizerComparisonView* m_comparison = nullptr;
    QLabel* m_hint = nullptr;
};
