// Rich-text formulas of the n-gram estimators; see NgramFormula.h.
#include "NgramFormula.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

using lengua::NgramEstimate;
using lengua::NgramSmoothing;

QString words(const std::vector<std::string>& context, const std::string& word = {})
{
    QStringList parts;
    for (const std::string& w : context)
        parts << QString::fromStdString(w).toHtmlEscaped();
    if (!word.empty())
        parts << QStringLiteral("<b>%1</b>").arg(QString::fromStdString(word).toHtmlEscaped());
    return parts.join(QLatin1Char(' '));
}

// "C(de la <b>escuela</b>)"
QString countOf(const std::vector<std::string>& context, const std::string& word = {})
{
    return QStringLiteral("C(%1)").arg(words(context, word));
}

QString given(const NgramEstimate& estimate, const NgramEstimate::Level& level)
{
    if (level.context.empty())
        return QStringLiteral("P(<b>%1</b>)").arg(QString::fromStdString(estimate.word).toHtmlEscaped());
    return QStringLiteral("P(<b>%1</b> | %2)")
        .arg(QString::fromStdString(estimate.word).toHtmlEscaped(), words(level.context));
}

} // namespace

// The separator between a function's arguments: ";" where the decimal mark is a comma.
static QString argumentSeparator()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QStringLiteral("; ") : QStringLiteral(", ");
}

QString NgramFormula::number(double value)
{
    if (std::isinf(value))
        return QStringLiteral("∞");
    if (value == std::floor(value) && std::abs(value) < 1e9)
        return QLocale().toString(qlonglong(value));
    return QLocale().toString(value, 'g', 4);
}

QString NgramFormula::count(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

QString NgramFormula::generalHtml(NgramSmoothing smoothing, int order)
{
    const QString h = order >= 3 ? QStringLiteral("w<sub>−2</sub> w<sub>−1</sub>")
                                 : (order == 2 ? QStringLiteral("w<sub>−1</sub>") : QString());
    const QString p = h.isEmpty() ? QStringLiteral("P(w)") : QStringLiteral("P(w | %1)").arg(h);
    const QString c = h.isEmpty() ? QStringLiteral("C(w)") : QStringLiteral("C(%1 w)").arg(h);
    const QString ch = h.isEmpty() ? QStringLiteral("N") : QStringLiteral("C(%1)").arg(h);
    switch (smoothing) {
    case NgramSmoothing::Mle:
        return QStringLiteral("%1 = %2 / %3").arg(p, c, ch);
    case NgramSmoothing::AddK:
        return QStringLiteral("%1 = (%2 + k) / (%3 + k·V)").arg(p, c, ch);
    case NgramSmoothing::Interpolated:
        return tr("%1 = λ<sub>3</sub> P<sub>MLE</sub>(w | w<sub>−2</sub> w<sub>−1</sub>) + "
                  "λ<sub>2</sub> P<sub>MLE</sub>(w | w<sub>−1</sub>) + λ<sub>1</sub> "
                  "P<sub>MLE</sub>(w), with Σλ = 1").arg(p);
    case NgramSmoothing::StupidBackoff:
        return tr("S(w | h) = C(h w) / C(h) if C(h w) &gt; 0, otherwise 0.4 · S(w | shorter h) "
                  "(a score: it does not sum to 1)");
    case NgramSmoothing::KneserNey:
    case NgramSmoothing::ModifiedKneserNey:
        return tr("P<sub>KN</sub>(w | h) = max(C(h w) − D, 0) / C(h) + λ(h) · "
                  "P<sub>KN</sub>(w | shorter h), with λ(h) = D · N<sub>1+</sub>(h •) / C(h); "
                  "lower orders count continuations N<sub>1+</sub>(• h w)");
    }
    return {};
}

QString NgramFormula::filledHtml(const NgramEstimate& estimate, int highestOrder)
{
    const QString result = number(estimate.probability);
    if (estimate.levels.empty())
        return QStringLiteral("<p>P = <b>%1</b></p>").arg(result);
    // One block per level: the formula in symbols, then with the numbers, then a note.
    QString html;
    const auto block = [&html](const QString& left, const QString& symbols, const QString& numbers,
                               const QString& value, const QString& note = {}) {
        html += QStringLiteral("<p style=\"margin-top:6px\">%1 = %2").arg(left, symbols);
        if (!numbers.isEmpty())
            html += QStringLiteral("<br/>&nbsp;&nbsp;&nbsp;&nbsp;= %1").arg(numbers);
        if (!value.isEmpty())
            html += QStringLiteral(" = <b>%1</b>").arg(value);
        if (!note.isEmpty())
            html += QStringLiteral("<br/><small>%1</small>").arg(note);
        html += QStringLiteral("</p>");
    };
    const NgramEstimate::Level& top = estimate.levels.front();
    const auto contextCountName = [](const NgramEstimate::Level& level) {
        return level.context.empty() ? QStringLiteral("N") : countOf(level.context);
    };
    switch (estimate.smoothing) {
    case NgramSmoothing::Mle: {
        QString note;
        if (top.order < highestOrder)
            note = tr("The longer context was never seen: the counts of the context of %n word(s) are used.",
                      "", top.order - 1);
        block(given(estimate, top),
              QStringLiteral("%1 / %2").arg(countOf(top.context, estimate.word), contextCountName(top)),
              QStringLiteral("%1 / %2").arg(count(top.ngramCount), count(top.contextCount)), result, note);
        break;
    }
    case NgramSmoothing::AddK:
        block(given(estimate, top),
              QStringLiteral("(%1 + k) / (%2 + k·V)").arg(countOf(top.context, estimate.word),
                                                          contextCountName(top)),
              QStringLiteral("(%1 + %2) / (%3 + %2 × %4)")
                  .arg(count(top.ngramCount), number(estimate.k), count(top.contextCount),
                       count(estimate.vocabularySize)),
              result);
        break;
    case NgramSmoothing::Interpolated: {
        QStringList symbols;
        QStringList numbers;
        bool unseenContext = false;
        for (const NgramEstimate::Level& level : estimate.levels) {
            // The unigram term is add-one, so an unknown word keeps a finite cost; a context
            // never seen lends its term from the order below (the engine's level.probability).
            const bool unigram = level.order == 1;
            const bool seen = unigram || level.contextCount > 0;
            unseenContext = unseenContext || !seen;
            symbols << (unigram ? QStringLiteral("λ<sub>1</sub> (%1 + 1) / (N + V)")
                                      .arg(countOf(level.context, estimate.word))
                                : QStringLiteral("λ<sub>%1</sub> %2 / %3")
                                      .arg(level.order)
                                      .arg(countOf(level.context, estimate.word), contextCountName(level)));
            if (unigram)
                numbers << QStringLiteral("%1 × (%2 + 1) / (%3 + %4)")
                               .arg(number(level.lambda), count(level.ngramCount),
                                    count(level.contextCount), count(estimate.vocabularySize));
            else if (seen)
                numbers << QStringLiteral("%1 × %2 / %3")
                               .arg(number(level.lambda), count(level.ngramCount), count(level.contextCount));
            else
                numbers << QStringLiteral("%1 × %2").arg(number(level.lambda), number(level.probability));
        }
        QString note = tr("λ<sub>1</sub> … λ<sub>n</sub> sum to 1.");
        if (unseenContext)
            note += QLatin1Char(' ') + tr("A context never seen takes the value of the order below it.");
        block(given(estimate, top), symbols.join(QStringLiteral(" + ")),
              numbers.join(QStringLiteral(" + ")), result, note);
        break;
    }
    case NgramSmoothing::StupidBackoff: {
        for (const NgramEstimate::Level& level : estimate.levels) {
            const bool seen = level.ngramCount > 0;
            const QString left = QStringLiteral("S(<b>%1</b>%2)")
                                     .arg(QString::fromStdString(estimate.word).toHtmlEscaped(),
                                          level.context.empty() ? QString()
                                                                : QStringLiteral(" | ") + words(level.context));
            if (seen || level.order == 1)
                block(left, QStringLiteral("%1 / %2").arg(countOf(level.context, estimate.word), contextCountName(level)),
                      QStringLiteral("%1 / %2").arg(count(level.ngramCount), count(level.contextCount)),
                      number(level.probability));
            else
                block(left, tr("0.4 × S(shorter context)"), QString(), number(level.probability),
                      tr("%1 = 0: never seen, back off").arg(countOf(level.context, estimate.word)));
        }
        break;
    }
    case NgramSmoothing::KneserNey:
    case NgramSmoothing::ModifiedKneserNey: {
        for (std::size_t i = 0; i < estimate.levels.size(); ++i) {
            const NgramEstimate::Level& level = estimate.levels[i];
            const bool highest = level.order == highestOrder;
            const std::uint64_t numerator = highest ? level.ngramCount : level.continuationCount;
            const QString numeratorName = highest
                ? countOf(level.context, estimate.word)
                : QStringLiteral("N<sub>1+</sub>(• %1)").arg(words(level.context, estimate.word));
            const QString denominatorName = highest
                ? contextCountName(level)
                : (level.context.empty() ? QStringLiteral("N<sub>1+</sub>(• •)")
                                         : QStringLiteral("N<sub>1+</sub>(• %1 •)").arg(words(level.context)));
            const bool last = i + 1 == estimate.levels.size();
            const double lower = last ? 1.0 / double(std::max<std::uint64_t>(1, estimate.vocabularySize))
                                      : estimate.levels[i + 1].probability;
            const QString lowerName = last ? QStringLiteral("1/V") : given(estimate, estimate.levels[i + 1])
                                                                          .replace(QStringLiteral("P("), QStringLiteral("P<sub>KN</sub>("));
            const QString left = given(estimate, level).replace(QStringLiteral("P("), QStringLiteral("P<sub>KN</sub>("));
            if (level.contextCount == 0) {
                block(left, lowerName, QString(), number(level.probability),
                      tr("%1 = 0: the context was never seen, so the shorter one decides alone.")
                          .arg(denominatorName));
                continue;
            }
            QString note;
            if (estimate.smoothing == NgramSmoothing::KneserNey)
                note = QStringLiteral("λ = D · N<sub>1+</sub>(%1 •) / %2 = %3 × %4 / %5 = %6")
                           .arg(words(level.context), denominatorName, number(level.discount),
                                count(level.distinctFollowers), count(level.contextCount),
                                number(level.lambda));
            else
                note = tr("λ = (D<sub>1</sub> N<sub>1</sub> + D<sub>2</sub> N<sub>2</sub> + "
                          "D<sub>3+</sub> N<sub>3+</sub>) / %1 = %2; D = %3 for a count of %4")
                           .arg(denominatorName, number(level.lambda), number(level.discount),
                                count(numerator));
            block(left,
                  QStringLiteral("max(%1 − D%6 0) / %2 + λ · %3").arg(numeratorName, denominatorName, lowerName).arg(argumentSeparator().trimmed()),
                  QStringLiteral("max(%1 − %2%6 0) / %3 + %4 × %5")
                      .arg(count(numerator), number(level.discount), count(level.contextCount),
                           number(level.lambda), number(lower))
                      .arg(argumentSeparator().trimmed()),
                  number(level.probability), note);
        }
        break;
    }
    }
    return html;
}
