// The chain-rule table; see SentenceScoreView.h.
#include "SentenceScoreView.h"

#include "count/NgramSentences.h"
#include "widgets/TableStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString probabilityText(double p)
{
    if (p == 0.0)
        return QStringLiteral("0");
    return QLocale().toString(p, 'g', 4);
}

QString logText(double value)
{
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("−∞") : QStringLiteral("∞");
    return QLocale().toString(value, 'f', 3);
}

} // namespace

SentenceScoreView::SentenceScoreView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ngramSentence"));
    m_sentenceLabel = new QLabel(this);
    m_sentence = new QLineEdit(this);
    m_sentence->setObjectName(QStringLiteral("ngramSentenceEdit"));
    QFont larger = m_sentence->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_sentence->setFont(larger);
    m_sentence->setClearButtonEnabled(true);
    m_sentenceLabel->setBuddy(m_sentence);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &SentenceScoreView::refresh);
    connect(m_sentence, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    m_chain = new QLabel(this);
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::RichText);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("ngramSentenceTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableStyle::applyTo(m_table);
    m_table->setFont(larger);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("ngramSentenceResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setFont(larger);

    auto* top = new QHBoxLayout;
    top->addWidget(m_sentenceLabel);
    top->addWidget(m_sentence, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chain);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    retranslate();
}

void SentenceScoreView::retranslate()
{
    m_sentenceLabel->setText(tr("S&entence:"));
    m_sentence->setToolTip(tr("<p>A whole sentence: its probability is the product of one "
                              "factor per word, &lt;/s&gt; included</p>"));
    m_table->setHorizontalHeaderLabels(
        {tr("Word"), tr("Given (context)"), tr("P(word | context)"), tr("log₁₀ P"),
         tr("Running product")});
    refresh();
}

void SentenceScoreView::setModel(NgramModelRef model)
{
    m_model = std::move(model);
    refresh();
}

void SentenceScoreView::setSentence(const QString& text)
{
    m_sentence->setText(text);
    m_timer->stop();
    refresh();
}

QString SentenceScoreView::sentence() const
{
    return m_sentence->text();
}

QString SentenceScoreView::resultText() const
{
    return m_result->text();
}

void SentenceScoreView::refresh()
{
    m_timer->stop();
    m_score.reset();
    m_table->setRowCount(0);
    if (!m_model) {
        m_chain->clear();
        m_result->setText(tr("No n-gram model yet: train one first."));
        return;
    }
    const std::vector<std::string> words = lengua::NgramSentences::words(
        m_sentence->text().toStdString(), m_model.language, m_model.lowercase);
    if (words.empty()) {
        m_chain->clear();
        m_result->setText(tr("Type a sentence."));
        return;
    }
    m_score = m_model.model->score(words);
    const int n = m_model.model->settings().order;
    m_chain->setText(
        tr("<b>Chain rule</b>, each factor conditioned on the last %n word(s) only:", "", n - 1)
        + QStringLiteral(" P(w<sub>1</sub> … w<sub>m</sub> &lt;/s&gt;) = ∏ "
                         "P(w<sub>k</sub> | w<sub>k−%1</sub> … w<sub>k−1</sub>)")
              .arg(std::max(1, n - 1)));
    const QLocale locale;
    double running = 1.0;
    m_table->setRowCount(int(m_score->factors.size()));
    for (int i = 0; i < int(m_score->factors.size()); ++i) {
        const lengua::SentenceScore::Factor& factor = m_score->factors[std::size_t(i)];
        running *= factor.probability;
        QString word = QString::fromStdString(factor.word);
        if (factor.original != factor.word && !factor.original.empty())
            word = tr("%1 (“%2” unknown)").arg(word, QString::fromStdString(factor.original));
        QStringList context;
        for (const std::string& c : factor.context)
            context << QString::fromStdString(c);
        const QStringList cells{word, context.join(QLatin1Char(' ')),
                                probabilityText(factor.probability),
                                logText(factor.log10Probability), probabilityText(running)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (factor.probability == 0.0)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(i, c, item);
        }
    }
    const double log10p = m_score->log10Probability;
    const std::size_t tokens = m_score->factors.size();
    QString result;
    if (std::isinf(log10p)) {
        result = tr("P(sentence) = 0: a factor is 0 (an n-gram the model never saw, and MLE does "
                    "not smooth), so log P = −∞ and the perplexity is infinite.");
    } else {
        const double perplexity = std::pow(10.0, -log10p / double(std::max<std::size_t>(1, tokens)));
        result = tr("P(sentence) = 10<sup>%1</sup> = %2 &nbsp;·&nbsp; log₁₀ P = %1 "
                    "&nbsp;·&nbsp; perplexity over %3 tokens = %4")
                     .arg(locale.toString(log10p, 'f', 3), probabilityText(std::pow(10.0, log10p)),
                          locale.toString(qulonglong(tokens)), locale.toString(perplexity, 'f', 1));
    }
    if (m_score->unknownWords > 0)
        result += QStringLiteral("<br/>")
                  + tr("%n word(s) not in the vocabulary are scored as <unk>.", "",
                       int(m_score->unknownWords)).toHtmlEscaped();
    m_result->setText(result);
}
