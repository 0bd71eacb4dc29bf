#include "TokenizerComparisonView.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

TokenizerComparisonView::TokenizerComparisonView(QWidget* parent) : QWidget(parent)
{
    auto* content = new QWidget;
    m_rowsLayout = new QVBoxLayout(content);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_rowsLayout->addStretch(1);

    // Long texts make tall strips: the rows scroll together.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addComparisonRow"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow(); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_addButton);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    retranslate();
}

void TokenizerComparisonView::retranslate()
{
    m_addButton->setText(tr("Add a tokenizer"));
    m_addButton->setToolTip(tr("Shows one more tokenizer on the same text (up to %1)").arg(maximumRows));
    for (const Row& row : m_rows) {
        row.remove->setToolTip(tr("Remove this row"));
        row.combo->setToolTip(tr("The tokenizer of this row"));
    }
}

void TokenizerComparisonView::fillCombo(QComboBox* combo, const QString& keep)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Choice& choice : m_choices) {
        if (choice.separatorBefore && combo->count() > 0)
            combo->insertSeparator(combo->count());
        combo->addItem(choice.name, choice.id);
        combo->setItemData(combo->count() - 1, choice.tooltip, Qt::ToolTipRole);
    }
    const int index = combo->findData(keep);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

void TokenizerComparisonView::setChoices(const std::vector<Choice>& choices)
{
    m_choices = choices;
    for (const Row& row : m_rows)
        fillCombo(row.combo, row.combo->currentData().toString());
    Q_EMIT rowsChanged();
}

void TokenizerComparisonView::addRow(const QString& id)
{
    if (rowCount() >= maximumRows)
        return;
    QString wanted = id;
    if (wanted.isEmpty()) {
        // The first choice that no row shows yet.
        for (const Choice& choice : m_choices) {
            bool shown = false;
            for (const Row& row : m_rows)
                shown = shown || row.combo->currentData().toString() == choice.id;
            if (!shown) {
                wanted = choice.id;
                break;
            }
        }
    }
    Row row;
    row.frame = new QFrame;
    row.frame->setObjectName(QStringLiteral("comparisonRow%1").arg(rowCount()));
    row.frame->setFrameShape(QFrame::StyledPanel);
    row.combo = new QComboBox(row.frame);
    row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.combo->setMinimumContentsLength(22);
    row.remove = new QToolButton(row.frame);
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"),
                                         style()->standardIcon(QStyle::SP_DialogCloseButton)));
    row.remove->setAutoRaise(true);
    row.summary = new QLabel(row.frame);
    row.summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.strip = new TokenStrip(row.frame);
    QFont stripFont = row.strip->font();
    stripFont.setPointSizeF(stripFont.pointSizeF() * 1.15); // read from the back of a room
    row.strip->setFont(stripFont);

    auto* top = new QHBoxLayout;
    top->addWidget(row.combo);
    top->addWidget(row.summary, 1);
    top->addWidget(row.remove);
    auto* layout = new QVBoxLayout(row.frame);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(row.strip);

    fillCombo(row.combo, wanted);
    QComboBox* combo = row.combo;
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT rowsChanged(); });
    QFrame* frame = row.frame;
    connect(row.remove, &QToolButton::clicked, this, [this, frame] {
        for (int i = 0; i < rowCount(); ++i)
            if (m_rows[std::size_t(i)].frame == frame)
                removeRow(i);
    });
    m_rowsLayout->insertWidget(rowCount(), row.frame);
    m_rows.push_back(row);
    updateButtons();
    retranslate();
    Q_EMIT rowsChanged();
}

void TokenizerComparisonView::removeRow(int row)
{
    if (row < 0 || row >= rowCount() || rowCount() <= minimumRows)
        return;
    m_rows[std::size_t(row)].frame->deleteLater();
    m_rows[std::size_t(row)].frame->hide();
    m_rows.erase(m_rows.begin() + row);
    updateButtons();
    Q_EMIT rowsChanged();
}

void TokenizerComparisonView::updateButtons()
{
    m_addButton->setEnabled(rowCount() < maximumRows);
    for (const Row& row : m_rows)
        row.remove->setEnabled(rowCount() > minimumRows);
}

QString TokenizerComparisonView::rowChoice(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[std::size_t(row)].combo->currentData().toString();
}

void TokenizerComparisonView::setRowChoice(int row, const QString& id)
{
    if (row < 0 || row >= rowCount())
        return;
    QComboBox* combo = m_rows[std::size_t(row)].combo;
    const int index = combo->findData(id);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void TokenizerComparisonView::setRowResult(int row, std::vector<TokenChip> chips, const QString& summary)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rows[std::size_t(row)].strip->setTokens(std::move(chips));
    m_rows[std::size_t(row)].summary->setText(summary);
}

void TokenizerComparisonView::setRowMessage(int row, const QString& message)
{
    setRowResult(row, {}, message);
}

TokenStrip* TokenizerComparisonView::strip(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].strip : nullptr;
}

QLabel* TokenizerComparisonView::summaryLabel(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].summary : nullptr;
}
