// Word scanning, corpus statistics and the KWIC concordance, on texts counted by hand.
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "text/Concordance.h"
#include "text/Corpus.h"
#include "text/CorpusStatistics.h"
#include "text/WordScanner.h"

#include <QtTest/QtTest>

using namespace lengua;

namespace {

QStringList words(const std::string& text)
{
    QStringList out;
    WordScanner scanner(text);
    while (scanner.next())
        out << QString::fromStdString(std::string(scanner.word()));
    return out;
}

Corpus makeCorpus(std::initializer_list<std::pair<const char*, const char*>> docs)
{
    Corpus corpus;
    int i = 0;
    for (const auto& [text, label] : docs)
        corpus.documents.push_back(Document{"d" + std::to_string(i++), text, label});
    return corpus;
}

} // namespace

class TestCorpusStatistics : public QObject {
    Q_OBJECT
private slots:
    void scannerSplitsOnPunctuationAndKeepsAccents()
    {
        QCOMPARE(words("¿Dónde está la canción? ¡Aquí, señor!"),
                 (QStringList{"Dónde", "está", "la", "canción", "Aquí", "señor"}));
        QCOMPARE(words("Don't stop: well-known 3.14"),
                 (QStringList{"Don't", "stop", "well", "known", "3", "14"}));
        // Combining acute accent (NFD "canción") stays inside the word.
        QCOMPARE(words("cancio\xCC\x81n y"), (QStringList{"cancio\xCC\x81n", "y"}));
        // An apostrophe at the edge is not part of the word.
        QCOMPARE(words("'hola' rock'"), (QStringList{"hola", "rock"}));
        // Invalid UTF-8 separates words and never reads past the end.
        QCOMPARE(words("ab\xFF" "cd\xC3"), (QStringList{"ab", "cd"}));
        QCOMPARE(words(""), QStringList{});
    }

    void foldingIsCaseInsensitive()
    {
        std::string out;
        WordScanner::fold("ÁRBOL", out);
        QCOMPARE(QString::fromStdString(out), QStringLiteral("árbol"));
        WordScanner::fold("Straße", out);
        QCOMPARE(QString::fromStdString(out), QStringLiteral("straße")); // simple folding keeps ß
    }

    void statisticsCountedByHand()
    {
        // Doc 1: 2 sentences, 8 words. Doc 2: 1 sentence (no terminator), 4 words.
        // Doc 3: "..." alone, no words -> no sentence.
        Corpus corpus = makeCorpus({{"El banco del parque. El Banco cerró!", "es"},
                                    {"the bank of the", "en"},
                                    {"...", ""}});
        JobContext context;
        const CorpusStatistics s = CorpusStatistics::compute(corpus, context);
        QCOMPARE(s.documents, 3u);
        QCOMPARE(s.sentences, 3u);
        QCOMPARE(s.tokens, 11u); // el banco del parque el banco cerró | the bank of the
        // el(2) banco(2) del parque cerró the(2) bank of -> 8 types
        QCOMPARE(s.types, 8u);
        // characters are code points: 36 + 15 + 3
        QCOMPARE(s.characters, 54u);
        QCOMPARE(s.labels.size(), size_t(2));
        QCOMPARE(s.labels.at("es"), 1u);
        QCOMPARE(s.labels.at("en"), 1u);
        QCOMPARE(s.frequencies.size(), size_t(8));
        // Most frequent first, ties in code-point order.
        QCOMPARE(QString::fromStdString(s.frequencies[0].term), QStringLiteral("banco"));
        QCOMPARE(s.frequencies[0].count, 2u);
        QCOMPARE(QString::fromStdString(s.frequencies[1].term), QStringLiteral("el"));
        QCOMPARE(QString::fromStdString(s.frequencies[2].term), QStringLiteral("the"));
        QCOMPARE(QString::fromStdString(s.frequencies[3].term), QStringLiteral("bank"));
        QCOMPARE(s.frequencies[3].count, 1u);
        QCOMPARE(s.typeTokenRatio(), 8.0 / 11.0);
    }

    void sentenceEndsNeedSpaceAfter()
    {
        Corpus corpus = makeCorpus({{"Pi vale 3.14 aprox. «Sí.» Dijo… y se fue", ""}});
        JobContext context;
        const CorpusStatistics s = CorpusStatistics::compute(corpus, context);
        // "aprox." ends one (approximation documented), "«Sí.»" another, "Dijo…" a third,
        // and "y se fue" the fourth.
        QCOMPARE(s.sentences, 4u);
    }

    void threadsGiveTheSameCounts()
    {
        Corpus corpus;
        for (int i = 0; i < 1000; ++i)
            corpus.documents.push_back(
                Document{std::to_string(i), "uno dos tres. Word " + std::to_string(i % 7), ""});
        JobContext context;
        const CorpusStatistics one = CorpusStatistics::compute(corpus, context, 1);
        const CorpusStatistics two = CorpusStatistics::compute(corpus, context, 2);
        QCOMPARE(one.tokens, 5000u);
        QCOMPARE(one.types, 4u + 7u);
        QCOMPARE(one.sentences, 2000u);
        QCOMPARE(two.tokens, one.tokens);
        QCOMPARE(two.types, one.types);
        QCOMPARE(two.sentences, one.sentences);
        QCOMPARE(two.characters, one.characters);
        QCOMPARE(two.frequencies.size(), one.frequencies.size());
        for (size_t i = 0; i < one.frequencies.size(); ++i) {
            QCOMPARE(two.frequencies[i].term, one.frequencies[i].term);
            QCOMPARE(two.frequencies[i].count, one.frequencies[i].count);
        }
    }

    void statisticsCancel()
    {
        Corpus corpus;
        for (int i = 0; i < 5000; ++i)
            corpus.documents.push_back(Document{std::to_string(i), "a b c", ""});
        std::stop_source stop;
        stop.request_stop();
        JobContext context(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, CorpusStatistics::compute(corpus, context, 2));
    }

    void concordanceFindsWholeWordsWithContext()
    {
        Corpus corpus = makeCorpus({{"Me senté en el banco del parque.", ""},
                                    {"Los bancos prestan dinero. El Banco\ncerró.", ""}});
        JobContext context;
        const ConcordanceResult r = Concordance::search(corpus, "banco", 10, 10, context);
        QCOMPARE(r.totalMatches, size_t(2)); // "bancos" is another word
        QCOMPARE(r.lines.size(), size_t(2));
        QCOMPARE(r.lines[0].document, size_t(0));
        QCOMPARE(QString::fromStdString(r.lines[0].left), QStringLiteral("nté en el "));
        QCOMPARE(QString::fromStdString(r.lines[0].match), QStringLiteral("banco"));
        QCOMPARE(QString::fromStdString(r.lines[0].right), QStringLiteral(" del parqu"));
        QCOMPARE(r.lines[1].document, size_t(1));
        QCOMPARE(QString::fromStdString(r.lines[1].match), QStringLiteral("Banco"));
        QCOMPARE(QString::fromStdString(r.lines[1].right), QStringLiteral(" cerró."));
        QCOMPARE(r.lines[1].offset, size_t(30));
    }

    void concordancePhrasesAndLimits()
    {
        Corpus corpus = makeCorpus({{"a la izquierda de la escuela, a la izquierda", ""}});
        JobContext context;
        const ConcordanceResult r = Concordance::search(corpus, "A LA izquierda", 5, 1, context);
        QCOMPARE(r.totalMatches, size_t(2));
        QCOMPARE(r.lines.size(), size_t(1)); // maxLines
        QCOMPARE(QString::fromStdString(r.lines[0].match), QStringLiteral("a la izquierda"));
        QCOMPARE(QString::fromStdString(r.lines[0].left), QString());
        QVERIFY(Concordance::search(corpus, "  ¿? ", 5, 10, context).lines.empty());
    }
};

QTEST_GUILESS_MAIN(TestCorpusStatistics)
#include "tst_corpusstatistics.moc"
