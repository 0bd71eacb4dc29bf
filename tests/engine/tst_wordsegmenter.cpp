// WordSegmenter's direct scan must segment exactly as ICU's word break iterator on
// every text it accepts; texts it does not accept go to ICU.
#include "text/WordSegmenter.h"

#include <QtTest/QtTest>

#include <random>

using namespace lengua;

namespace {

std::vector<WordSegmenter::Token> segment(WordSegmenter& segmenter, const std::string& text, bool keep)
{
    std::vector<WordSegmenter::Token> tokens;
    segmenter.segment(text, tokens, keep);
    return tokens;
}

QString describe(const std::string& text, const std::vector<WordSegmenter::Token>& tokens)
{
    QStringList parts;
    for (const auto& t : tokens)
        parts << QString::fromStdString(text.substr(t.begin, t.end - t.begin)) + (t.word ? "" : "/p");
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestWordSegmenter : public QObject {
    Q_OBJECT
private slots:
    void knownCases()
    {
        WordSegmenter segmenter("es");
        // UAX #29: "3.14", "1,000", "don't" and "e.g" stay whole; a final period, "¿"
        // and "!" do not; ICU (CLDR root) splits "a:b".
        const std::string text = "¿Costó 3.14 o 1,000? Don't, e.g. a:b l’amour ¡Sí!";
        QCOMPARE(describe(text, segment(segmenter, text, true)),
                 QStringLiteral("¿/p|Costó|3.14|o|1,000|?/p|Don't|,/p|e.g|./p|a|:/p|b|l’amour|¡/p|Sí|!/p"));
        QCOMPARE(describe(text, segment(segmenter, text, false)),
                 QStringLiteral("Costó|3.14|o|1,000|Don't|e.g|a|b|l’amour|Sí"));
    }

    void fastPathEqualsIcuOnRandomTexts()
    {
        // Characters of every class the scan handles, and a few it hands to ICU.
        const std::vector<std::string> pool = {
            "a", "b", "Z", "á", "é", "ñ", "Ñ", "ü", "ç", "ß", "ω", "ж", "0", "7", "٣",
            ".", ",", ";", ":", "'", "’", "‘", "\"", "·", "!", "?", "¿", "¡", "(", ")", "-",
            "«", "»", "…", "/", "%", "$", "€", "@", "#", " ", " ", " ", "\n", "\t", "\r\n",
            "\u00A0", "\u2003", "\u0301", "😀", "_", "漢", "ก", "א", "\u200D", "\u0085"};
        std::mt19937 random(20261126);
        std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
        std::uniform_int_distribution<int> length(0, 24);
        WordSegmenter fast("es");
        WordSegmenter icu("es");
        icu.setFastPath(false);
        for (int round = 0; round < 20000; ++round) {
            std::string text;
            const int n = length(random);
            // Mostly letters and digits, so that the joining rules are exercised.
            for (int i = 0; i < n; ++i)
                text += (random() % 3 == 0) ? pool[pick(random)] : pool[random() % 15];
            for (const bool keep : {false, true}) {
                const auto a = segment(fast, text, keep);
                const auto b = segment(icu, text, keep);
                if (a != b)
                    QFAIL(qPrintable(QStringLiteral("\"%1\": scan %2, ICU %3")
                                         .arg(QString::fromStdString(text), describe(text, a),
                                              describe(text, b))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWordSegmenter)
#include "tst_wordsegmenter.moc"
