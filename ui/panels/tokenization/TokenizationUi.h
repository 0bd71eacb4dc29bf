// Small helpers shared by the tabs of the Tokenization panel: number formatting, table and
// combo set-up, so that every tab looks and reads alike.
#pragma once

#include <QString>

#include <cstdint>

class QComboBox;
class QWidget;

namespace TokenizationUi {

// A count in the UI language's digits and group separators.
QString number(std::uint64_t value);
// " · 2.50 characters per token" (empty when there are no tokens).
QString charactersPerToken(qsizetype characters, int tokens);
// The combo that chooses a tokenizer above the vocabulary table and the merge replay.
QComboBox* makeTokenizerCombo(const QString& objectName, QWidget* parent);
// Selects the item whose data is key; does nothing when there is none.
void selectData(QComboBox* combo, const QString& key);

} // namespace TokenizationUi
