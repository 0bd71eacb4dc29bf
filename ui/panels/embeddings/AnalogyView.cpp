// The analogy box; see AnalogyView.h.
#include "AnalogyView.h"

#include "NeighboursView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr std::size_t answers = 5;

} // namespace

AnalogyView::AnalogyView(QWidget* parent) : RankedWordsView(parent)
{
    setObjectName(QStringLiteral("embeddingAnalogy"));
    auto edit = [this](const char* name, const QString& text) {
        auto* line = new QLineEdit(text, this);
        line->setObjectName(QLatin1String(name));
        line->setClearButtonEnabled(true);
        connect(line, &QLineEdit::returnPressed, this, &AnalogyView::refresh);
        return line;
    };
    m_plus = edit("embeddingAnalogyPlus", QStringLiteral("rey"));
    m_minus = edit("embeddingAnalogyMinus", QStringLiteral("hombre"));
    m_other = edit("embeddingAnalogyOther", QStringLiteral("mujer"));
    QFont sign = font();
    sign.setPointSizeF(sign.pointSizeF() * 1.4);
    sign.setBold(true);
    m_minusSign = new QLabel(QStringLiteral("−"), this);
    m_plusSign = new QLabel(QStringLiteral("+"), this);
    m_minusSign->setFont(sign);
    m_plusSign->setFont(sign);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("embeddingAnalogyMethod"));
    m_method->addItem(QStringLiteral("3CosAdd"), int(lengua::AnalogyMethod::CosAdd));
    m_method->addItem(QStringLiteral("3CosMul"), int(lengua::AnalogyMethod::CosMul));
    m_solve = new QPushButton(this);
    m_solve->setObjectName(QStringLiteral("embeddingAnalogySolve"));
    createResultParts(QStringLiteral("embeddingAnalogy"), 3);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_plus, 1);
    row->addWidget(m_minusSign);
    row->addWidget(m_minus, 1);
    row->addWidget(m_plusSign);
    row->addWidget(m_other, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_method);
    buttons->addWidget(m_solve);
    buttons->addStretch(1);
    buttons->addWidget(exportButton());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(messageLabel());
    layout->addWidget(table(), 1);

    connect(m_solve, &QPushButton::clicked, this, &AnalogyView::refresh);
    connect(m_method, &QComboBox::currentIndexChanged, this, &AnalogyView::refresh);
    retranslate();
}

void AnalogyView::retranslate()
{
    m_explanation->setText(
        tr("<p>Word vectors keep relations as directions: <b>rey − hombre + mujer</b> lands near "
           "<b>reina</b> (“hombre is to rey as mujer is to …”). The answer is the word, other than "
           "the three given, closest to the result.</p>"));
    for (QLineEdit* edit : {m_plus, m_minus, m_other})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("zapatería")) + 40);
    m_plus->setToolTip(tr("The word to start from (rey)"));
    m_minus->setToolTip(tr("The word whose meaning is taken away (hombre)"));
    m_other->setToolTip(tr("The word whose meaning is added (mujer)"));
    m_method->setToolTip(
        tr("3CosAdd: the cosine with b − a + c (Mikolov et al. 2013). 3CosMul: cos(d, b)·cos(d, c) "
           "/ (cos(d, a) + ε), so that one large similarity cannot outweigh the others (Levy & "
           "Goldberg 2014)"));
    m_solve->setText(tr("&Solve"));
    m_solve->setToolTip(tr("Finds the five best answers (Enter in a box does the same)"));
    exportButton()->setText(tr("Export CSV…"));
    exportButton()->setToolTip(tr("Saves the table as CSV"));
    table()->setHorizontalHeaderLabels({tr("#"), tr("Answer"), tr("Score")});
    refresh();
}

void AnalogyView::setVectors(std::shared_ptr<const lengua::WordVectors> vectors)
{
    m_vectors = std::move(vectors);
    refresh();
}

void AnalogyView::setWords(const QString& plus, const QString& minus, const QString& other)
{
    m_plus->setText(plus);
    m_minus->setText(minus);
    m_other->setText(other);
    refresh();
}

void AnalogyView::setMethod(lengua::AnalogyMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

void AnalogyView::refresh()
{
    table()->setRowCount(0);
    if (!m_vectors || m_vectors->empty()) {
        setMessage(tr("No vectors yet: train some on a corpus, or import a file."));
        return;
    }
    const std::string plus = m_plus->text().trimmed().toStdString();
    const std::string minus = m_minus->text().trimmed().toStdString();
    const std::string other = m_other->text().trimmed().toStdString();
    if (plus.empty() || minus.empty() || other.empty()) {
        setMessage(tr("Type three words."));
        return;
    }
    QStringList missing;
    for (const std::string& word : {plus, minus, other})
        if (!m_vectors->contains(word))
            missing << NeighboursView::missingWordText(*m_vectors, QString::fromStdString(word));
    if (!missing.isEmpty()) {
        setMessage(missing.join(QLatin1Char('\n')));
        return;
    }
    const auto method = lengua::AnalogyMethod(m_method->currentData().toInt());
    // "minus is to plus as other is to ?": plus − minus + other.
    const std::vector<lengua::ScoredWord> best = m_vectors->analogy(minus, plus, other, answers, method);
    const QLocale locale;
    table()->setRowCount(int(best.size()));
    for (int i = 0; i < int(best.size()); ++i) {
        const lengua::ScoredWord& answer = best[std::size_t(i)];
        setRankedRow(i, QString::fromStdString(answer.word),
                     {locale.toString(double(answer.score), 'f', 3)});
    }
    table()->resizeColumnToContents(0);
    setMessage(best.empty() ? tr("No answer: the vocabulary holds nothing but these words.")
                            : tr("%1 − %2 + %3 ≈ %4")
                                  .arg(m_plus->text().trimmed(), m_minus->text().trimmed(),
                                       m_other->text().trimmed(),
                                       QString::fromStdString(best.front().word)));
}
