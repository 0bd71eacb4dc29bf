// Helpers shared by the tabs of the Tokenization panel (see TokenizationUi.h).
#include "TokenizationUi.h"

#include "panels/TokenizationPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace TokenizationUi {

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

QString charactersPerToken(qsizetype characters, int tokens)
{
    if (tokens <= 0)
        return {};
    return TokenizationPanel::tr(" · %1 characters per token")
        .arg(QLocale().toString(double(characters) / tokens, 'f', 2));
}

QComboBox* makeTokenizerCombo(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(22);
    return combo;
}

void selectData(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace TokenizationUi
