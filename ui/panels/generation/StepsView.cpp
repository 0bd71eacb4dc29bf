// Rows of the step trace.
#include "StepsView.h"

#include "TokenDisplay.h"
#include "tokenize/Tokenizer.h"

#include <QHeaderView>
#include <QLocale>

namespace {

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StepsView::StepsView(QWidget* parent) : QTableWidget(0, 6, parent)
{
    setObjectName(QStringLiteral("generationSteps"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setHeaders();
}

void StepsView::setHeaders()
{
    setHorizontalHeaderLabels({tr("Step"), tr("Token"), tr("Chosen by"), tr("p model"),
                               tr("p final"), tr("Rank")});
    horizontalHeaderItem(3)->setToolTip(tr("The model's probability of the token (temperature 1)"));
    horizontalHeaderItem(4)->setToolTip(tr("Its probability after temperature, top-k and top-p, "
                                           "re-normalised: what the sampler drew from (0 when you "
                                           "chose a cut token)"));
    horizontalHeaderItem(5)->setToolTip(tr("1 = the most probable token"));
}

void StepsView::retranslate()
{
    setHeaders();
    setSteps(m_tokenizer, m_tokens);
}

void StepsView::setSteps(const lengua::Tokenizer* tokenizer, const std::vector<AppendedToken>& tokens)
{
    m_tokenizer = tokenizer;
    m_tokens = tokens;
    const QLocale locale;
    const auto probability = [&locale](double p) {
        return p < 0.0 ? QStringLiteral("–") : locale.toString(p, 'f', 4);
    };
    setRowCount(int(tokens.size()));
    for (int i = 0; i < int(tokens.size()); ++i) {
        const AppendedToken& token = tokens[i];
        setItem(i, 0, numberItem(QString::number(i + 1)));
        const bool known = tokenizer && std::size_t(token.id) < tokenizer->vocabulary().size();
        setItem(i, 1, new QTableWidgetItem(known ? TokenDisplay::displayForm(*tokenizer, token.id)
                                                 : QString::number(token.id)));
        QString origin;
        switch (token.origin) {
        case AppendedToken::Origin::Clicked:
            origin = tr("you");
            break;
        case AppendedToken::Origin::Stepped:
            origin = tr("Step (sampler)");
            break;
        case AppendedToken::Origin::Generated:
            origin = tr("Generate (sampler)");
            break;
        }
        auto* originItem = new QTableWidgetItem(origin);
        originItem->setBackground(GeneratedTextView::originColour(
            token.origin, palette().color(QPalette::Base).lightness() < 128));
        setItem(i, 2, originItem);
        setItem(i, 3, numberItem(probability(token.modelProbability)));
        setItem(i, 4, numberItem(probability(token.finalProbability)));
        setItem(i, 5, numberItem(token.rank < 0 ? QStringLiteral("–") : QString::number(token.rank + 1)));
    }
    if (!tokens.empty())
        scrollToBottom();
}
