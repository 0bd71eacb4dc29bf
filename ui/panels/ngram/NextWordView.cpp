// The next-word view; see NextWordView.h.
#include "NextWordView.h"

#include "NextWordChart.h"
#include "NgramFormula.h"
#include "NgramTraining.h"
#include "count/ClosestWords.h"
#include "count/NgramSentences.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

NextWordView::NextWordView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ngramNextWord"));
    m_contextLabel = new QLabel(this);
    m_context = new QLineEdit(this);
    m_context->setObjectName(QStringLiteral("ngramContext"));
    QFont larger = m_context->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_context->setFont(larger);
    m_context->setClearButtonEnabled(true);
    m_contextLabel->setBuddy(m_context);
    m_shownLabel = new QLabel(this);
    m_shown = new QSpinBox(this);
    m_shown->setRange(5, 40);
    m_shown->setValue(15);
    m_shownLabel->setBuddy(m_shown);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &NextWordView::refresh);
    connect(m_context, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_shown, &QSpinBox::valueChanged, this, &NextWordView::refresh);

    m_unknown = new QLabel(this);
    m_unknown->setObjectName(QStringLiteral("ngramUnknown"));
    m_unknown->setWordWrap(true);
    m_unknown->setTextFormat(Qt::RichText);
    m_unknown->hide();
    m_chart = new NextWordChart(this);
    connect(m_chart, &NextWordChart::rowSelected, this, &NextWordView::showWord);
    connect(m_chart, &NextWordChart::rowHovered, this, [this](int index) {
        showWord(index >= 0 ? index : m_chart->selectedIndex());
    });
    m_formula = new QTextBrowser(this);
    m_formula->setObjectName(QStringLiteral("ngramFormula"));
    m_formula->setFont(larger);
    m_formula->setMinimumHeight(120);

    auto* top = new QHBoxLayout;
    top->addWidget(m_contextLabel);
    top->addWidget(m_context, 1);
    top->addWidget(m_shownLabel);
    top->addWidget(m_shown);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_formula);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 220});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_unknown);
    layout->addWidget(splitter, 1);
    retranslate();
}

void NextWordView::retranslate()
{
    m_contextLabel->setText(tr("Con&text:"));
    m_context->setToolTip(tr("The words typed so far; the model predicts the next one from the "
                             "last n − 1 of them"));
    m_shownLabel->setText(tr("&Words shown:"));
    m_shown->setToolTip(tr("How many of the most probable next words the chart shows"));
    m_chart->setToolTip(tr("Hover or click a word to see the counts and the formula behind "
                           "its probability"));
    refresh();
}

void NextWordView::setModel(NgramModelRef model)
{
    m_model = std::move(model);
    refresh();
}

void NextWordView::setContext(const QString& text)
{
    m_context->setText(text);
    m_timer->stop();
    refresh();
}

QString NextWordView::context() const
{
    return m_context->text();
}

QString NextWordView::formulaHtml() const
{
    return m_formula->toHtml();
}

QString NextWordView::unknownMessage() const
{
    return m_unknown->isVisibleTo(this) ? m_unknown->text() : QString();
}

void NextWordView::refresh()
{
    m_timer->stop();
    m_estimate.reset();
    m_contextIds.clear();
    if (!m_model) {
        m_chart->setBars({});
        m_chart->setEmptyText(tr("No n-gram model yet: train one with the controls on the left, "
                                 "or press the lesson's example button."));
        m_formula->clear();
        m_unknown->hide();
        return;
    }
    const lengua::NgramModel& model = *m_model.model;
    const lengua::NgramVocabulary& vocabulary = model.vocabulary();
    const std::vector<std::string> words = lengua::NgramSentences::words(
        m_context->text().toStdString(), m_model.language, m_model.lowercase);
    QStringList unknown;
    for (const std::string& word : words) {
        if (vocabulary.find(word)) {
            m_contextIds.push_back(vocabulary.id(word));
            continue;
        }
        m_contextIds.push_back(lengua::NgramVocabulary::unknownId);
        std::vector<std::string> suggestions = lengua::ClosestWords::find(word, vocabulary.words());
        std::erase_if(suggestions, [](const std::string& s) { return !s.empty() && s.front() == '<'; });
        QStringList shown;
        for (const std::string& s : suggestions)
            shown << QStringLiteral("<b>%1</b>").arg(QString::fromStdString(s).toHtmlEscaped());
        const QString name = QString::fromStdString(word).toHtmlEscaped();
        unknown << (shown.isEmpty()
                        ? tr("“%1” is not in the model's vocabulary: it is read as &lt;unk&gt;.").arg(name)
                        : tr("“%1” is not in the model's vocabulary (read as &lt;unk&gt;). Did you "
                             "mean: %2?").arg(name, shown.join(QStringLiteral(", "))));
    }
    m_unknown->setText(unknown.join(QStringLiteral("<br/>")));
    m_unknown->setVisible(!unknown.isEmpty());

    const std::vector<double> probabilities = model.distribution(m_contextIds);
    std::vector<lengua::TokenId> order(probabilities.size());
    std::iota(order.begin(), order.end(), 0);
    const std::size_t shown = std::min<std::size_t>(std::size_t(m_shown->value()), order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shown), order.end(),
                      [&](lengua::TokenId a, lengua::TokenId b) {
                          return probabilities[std::size_t(a)] > probabilities[std::size_t(b)]
                                 || (probabilities[std::size_t(a)] == probabilities[std::size_t(b)] && a < b);
                      });
    std::vector<NextWordBar> bars;
    double shownMass = 0.0;
    double total = 0.0;
    for (const double p : probabilities)
        total += p;
    for (std::size_t r = 0; r < shown; ++r) {
        const lengua::TokenId id = order[r];
        if (probabilities[std::size_t(id)] <= 0.0)
            break;
        NextWordBar bar;
        bar.id = id;
        bar.word = QString::fromStdString(vocabulary.word(id));
        bar.probability = probabilities[std::size_t(id)];
        const lengua::NgramEstimate estimate = model.estimate(id, m_contextIds);
        if (!estimate.levels.empty() && estimate.levels.front().order == model.settings().order) {
            const auto& top = estimate.levels.front();
            bar.ngramCount = top.ngramCount;
            bar.relativeFrequency = top.contextCount ? double(top.ngramCount) / double(top.contextCount) : 0.0;
        }
        shownMass += bar.probability;
        bars.push_back(bar);
    }

    // The context the model really conditions on: the last n − 1 words, <s>-padded.
    const int n = model.settings().order;
    QStringList used;
    for (int i = n - 1; i >= 1; --i) {
        const std::ptrdiff_t at = std::ptrdiff_t(m_contextIds.size()) - i;
        used << (at >= 0 ? QString::fromStdString(vocabulary.word(m_contextIds[std::size_t(at)]))
                         : QStringLiteral("<s>"));
    }
    const QString title = n == 1 ? tr("P(w): a unigram model ignores the context")
                                 : tr("P(w | %1): the last %n word(s) decide", "", n - 1)
                                       .arg(used.join(QLatin1Char(' ')));
    const bool normalised = lengua::ngramSmoothingIsNormalised(model.settings().smoothing);
    m_chart->setTitles(title, normalised ? tr("P(w | context), smoothed") : tr("score S(w | context)"),
                       tr("counts alone: C(context w) / C(context)"));
    const QLocale locale;
    const std::size_t hidden = probabilities.size() - bars.size();
    m_chart->setFootnote(normalised
                             ? tr("%1 other words share %2 % of the probability.")
                                   .arg(locale.toString(qulonglong(hidden)),
                                        locale.toString(100.0 * std::max(0.0, total - shownMass), 'f', 1))
                             : tr("Stupid backoff's scores do not sum to 1 (here: %1).")
                                   .arg(locale.toString(total, 'f', 3)));
    m_chart->setEmptyText(tr("No word can follow this context in the model (MLE gives 0 to "
                             "everything after an unseen context)."));
    m_chart->setBars(std::move(bars));
    showWord(m_chart->selectedIndex());
}

void NextWordView::showWord(int index)
{
    if (!m_model || index < 0 || index >= int(m_chart->bars().size())) {
        m_estimate.reset();
        m_formula->setHtml(m_model ? QStringLiteral("<p>%1</p>").arg(
                                         tr("Hover or click a word of the chart to see where its "
                                            "probability comes from."))
                                   : QString());
        return;
    }
    const lengua::NgramModel& model = *m_model.model;
    const NextWordBar& bar = m_chart->bars()[std::size_t(index)];
    m_estimate = model.estimate(bar.id, m_contextIds);
    QString html = QStringLiteral("<p><b>%1</b><br/>%2</p>")
                       .arg(NgramTraining::smoothingName(model.settings().smoothing).toHtmlEscaped(),
                            NgramFormula::generalHtml(model.settings().smoothing, model.settings().order));
    html += NgramFormula::filledHtml(*m_estimate, model.settings().order);
    m_formula->setHtml(html);
}
