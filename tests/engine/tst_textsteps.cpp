// The single steps of the text pipeline, on examples worked out by hand: cleaning,
// Unicode normalisation, sentences, words, stop words, Snowball, Hunspell, and the
// language guess.
#include "core/Error.h"
#include "text/HunspellDictionary.h"
#include "text/LanguageGuesser.h"
#include "text/SentenceSplitter.h"
#include "text/Stemmer.h"
#include "text/StopWordList.h"
#include "text/TextCleaner.h"
#include "text/TextNormalizer.h"
#include "text/WordSegmenter.h"

#include <QtTest/QtTest>

#include <filesystem>

using namespace lengua;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QStringList list(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v)
        out << q(s);
    return out;
}

QStringList sentences(SentenceSplitter& splitter, const std::string& text)
{
    QStringList out;
    for (const TextSpan& span : splitter.split(text))
        out << q(text.substr(span.begin, span.size()));
    return out;
}

bool hasSpanishDictionary()
{
    return std::filesystem::exists("/usr/share/hunspell/es_ES.dic")
           && std::filesystem::exists("/usr/share/hunspell/es_ES.aff");
}

const std::string decomposed = "cancio\xCC\x81n"; // "canción" with U+0301 COMBINING ACUTE ACCENT

} // namespace

class TestTextSteps : public QObject {
    Q_OBJECT
private slots:
    void cleanerRemovesMarkupLinksAndSymbols()
    {
        const std::string input = "**Esta cancion** me llega al corazon!!! ### :) ~~ <b>hola</b> "
                                  "http://x.org/a?b=1 ana@mail.com";
        std::vector<TextChange> changes;
        QCOMPARE(q(TextCleaner().clean(input, &changes)),
                 QStringLiteral("Esta cancion me llega al corazon!!! hola"));
        // Spans in the input: "**" at 0 and 14; "### :) ~~ <b>" (39 is the space kept);
        // "</b>"; the space before the URL, the URL, the space and the address.
        const std::vector<TextChange> expected = {
            {0, 2, "", "markdown"}, {14, 16, "", "markdown"}, {40, 53, "", "symbol"},
            {57, 61, "", "html"},   {61, 93, "", "url"},
        };
        QCOMPARE(changes.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(changes[i] == expected[i], std::to_string(i).c_str());
        QCOMPARE(input.size(), std::size_t(93));
    }

    void cleanerCases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("block tags and entities")
            << "<p>Uno</p><p>dos &amp; tres&nbsp;cuatro &#233;l</p>" << "Uno dos & tres cuatro él";
        QTest::newRow("inline tag inside a word") << "can<i>ción</i>" << "canción";
        QTest::newRow("script content") << "a<script>var x = 1;</script> b" << "a b";
        QTest::newRow("snake_case and 2*3 stay") << "snake_case 2*3 a ** b" << "snake_case 2*3 a b";
        QTest::newRow("emoji and skin tone") << "Hola 😀 amigo👍🏽 fin" << "Hola amigo fin";
        QTest::newRow("whitespace") << "  línea  uno \n\n\n dos\t\ttres \r\nfin " << "línea uno\n\ndos tres\nfin";
        QTest::newRow("markdown link and code") << "[enlace](http://a.com/x) y `código`" << "enlace y código";
        QTest::newRow("heading, dashes") << "# Título\nTexto -- dicho --- fin" << "Título\nTexto -- dicho fin";
        QTest::newRow("controls") << "a\u00ADb\x01" "c\u200Bd" << "abcd";
        QTest::newRow("degree sign stays, emoticon needs space") << "25 °C :) x:)" << "25 °C x:)";
        QTest::newRow("URL punctuation") << "Ver www.rae.es/dle. Bien" << "Ver . Bien";
        QTest::newRow("email") << "ana.b-c@mail.example.com escribe" << "escribe";
        QTest::newRow("not an email") << "a@b y @usuario" << "a@b y @usuario";
    }

    void cleanerCases()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(q(TextCleaner().clean(input.toStdString())), output);
    }

    void cleanerOptionsSwitchThingsOff()
    {
        TextCleaner::Options options;
        options.html = false;
        options.urls = false;
        QCOMPARE(q(TextCleaner(options).clean("<b>x</b> http://a.org/b")),
                 QStringLiteral("<b>x</b> http://a.org/b"));
    }

    void nfcComposesDecomposedAccents()
    {
        const TextNormalizer normalizer;
        QVERIFY(!normalizer.isNfc(decomposed));
        std::vector<TextChange> changes;
        const std::string composed = normalizer.nfc(decomposed, &changes);
        QCOMPARE(composed, std::string("canci\xC3\xB3n"));
        QCOMPARE(composed.size(), std::size_t(8));
        QCOMPARE(decomposed.size(), std::size_t(9));
        QCOMPARE(changes.size(), std::size_t(1));
        QVERIFY((changes[0] == TextChange{5, 8, "\xC3\xB3", "nfc"})); // "o" + U+0301 -> "ó"
        QVERIFY(normalizer.isNfc(composed));
        QCOMPARE(normalizer.nfc("abc"), std::string("abc"));
    }

    void accentStrippingAndCaseFolding()
    {
        const TextNormalizer normalizer;
        QCOMPARE(normalizer.stripAccents(decomposed), std::string("cancion"));
        std::vector<TextChange> changes;
        QCOMPARE(q(normalizer.stripAccents("canción", &changes)), QStringLiteral("cancion"));
        QCOMPARE(changes.size(), std::size_t(1));
        QVERIFY((changes[0] == TextChange{5, 7, "o", "accents"}));
        QCOMPARE(q(normalizer.stripAccents("Ñandú pingüino")), QStringLiteral("Nandu pinguino"));
        QCOMPARE(q(normalizer.foldCase("ÁRBOL Straße DON'T")), QStringLiteral("árbol strasse don't"));
        changes.clear();
        QCOMPARE(q(normalizer.foldCase("El ARBOL", &changes)), QStringLiteral("el arbol"));
        QCOMPARE(changes.size(), std::size_t(2));
        QVERIFY((changes[0] == TextChange{0, 1, "e", "case"}));
        QVERIFY((changes[1] == TextChange{3, 8, "arbol", "case"}));
    }

    void sentenceSplitterKeepsAbbreviations()
    {
        SentenceSplitter spanish("es", SentenceSplitter::defaultAbbreviations("es"));
        QCOMPARE(sentences(spanish, "El Sr. García llegó."), QStringList{"El Sr. García llegó."});
        QCOMPARE(sentences(spanish, "El Sr. García llegó. Luego se fue."),
                 (QStringList{"El Sr. García llegó.", "Luego se fue."}));
        QCOMPARE(sentences(spanish, "La Dra. Ruiz vino. Hay frutas, p. ej. Manzanas. Y más."),
                 (QStringList{"La Dra. Ruiz vino.", "Hay frutas, p. ej. Manzanas.", "Y más."}));
        QCOMPARE(sentences(spanish, "  ¿Qué? ¡Nada!\n\nBien.  "), (QStringList{"¿Qué?", "¡Nada!", "Bien."}));
        QCOMPARE(sentences(spanish, ""), QStringList{});
        SentenceSplitter english("en", SentenceSplitter::defaultAbbreviations("en"));
        QCOMPARE(sentences(english, "Mr. Smith left."), QStringList{"Mr. Smith left."});
        QCOMPARE(sentences(english, "Smith et al. Found it. Yes."),
                 (QStringList{"Smith et al. Found it.", "Yes."}));
        // Without the list, ICU alone breaks after "Sr.": the list is what helps.
        SentenceSplitter bare("es", {});
        QCOMPARE(sentences(bare, "El Sr. García llegó."), (QStringList{"El Sr.", "García llegó."}));
        // A copy works on its own (one per thread).
        SentenceSplitter copy(spanish);
        QCOMPARE(sentences(copy, "El Sr. García llegó. Luego se fue.").size(), 2);
    }

    void wordSegmenterFindsWordsAndPunctuation()
    {
        WordSegmenter segmenter("es");
        const std::string text = "¿Dónde está? ¡Aquí, 3.14 don't!";
        QCOMPARE(list(segmenter.words(text, true)),
                 (QStringList{"¿", "Dónde", "está", "?", "¡", "Aquí", ",", "3.14", "don't", "!"}));
        QCOMPARE(list(segmenter.words(text, false)), (QStringList{"Dónde", "está", "Aquí", "3.14", "don't"}));
        std::vector<WordSegmenter::Token> tokens;
        segmenter.segment("a, b", tokens, true);
        QCOMPARE(tokens.size(), std::size_t(3));
        QVERIFY((tokens[1] == WordSegmenter::Token{1, 2, false}));
        QVERIFY((tokens[2] == WordSegmenter::Token{3, 4, true}));
        QCOMPARE(list(segmenter.words("cancio\xCC\x81n y")), (QStringList{q(decomposed), "y"}));
    }

    void stopWords()
    {
        const StopWordList spanish = StopWordList::defaults("es");
        QVERIFY(spanish.size() > 200);
        QVERIFY(spanish.contains("el"));
        QVERIFY(spanish.contains("El"));
        QVERIFY(spanish.contains("él"));
        QVERIFY(spanish.contains("ESTÁ"));
        QVERIFY(!spanish.contains("canción"));
        const StopWordList english = StopWordList::defaults("en");
        QVERIFY(english.size() > 200);
        QVERIFY(english.contains("The"));
        QVERIFY(english.contains("Don\u2019t"));
        QVERIFY(!english.contains("song"));
        const StopWordList custom({"Hola", "  ", "ÁRBOL"});
        QCOMPARE(custom.size(), std::size_t(2));
        QVERIFY(custom.contains("hola"));
        QVERIFY(custom.contains("árbol"));
        QCOMPARE(list(custom.words()), (QStringList{"hola", "árbol"}));
        QCOMPARE(StopWordList::fromText("# comment\nuno\n\n dos \n").size(), std::size_t(2));
        QVERIFY_THROWS_EXCEPTION(Error, StopWordList::defaults("fr"));
    }

    void snowballStems()
    {
        Stemmer spanish("es");
        QCOMPARE(spanish.stem("corriendo"), std::string("corr"));
        QCOMPARE(spanish.stem("canciones"), std::string("cancion"));
        QCOMPARE(q(spanish.stem("corazón")), QStringLiteral("corazon"));
        Stemmer english("en");
        QCOMPARE(english.stem("running"), std::string("run"));
        QCOMPARE(english.stem("songs"), std::string("song"));
        Stemmer moved(std::move(english));
        QCOMPARE(moved.stem("connected"), std::string("connect"));
        try {
            Stemmer klingon("tlh");
            QFAIL("no error for an unknown language");
        } catch (const Error& error) {
            QVERIFY(QString(error.what()).contains("\"tlh\""));
        }
    }

    void hunspellCorrectsAccentsAndFindsLemmas()
    {
        if (!hasSpanishDictionary())
            QSKIP("the es_ES Hunspell dictionary (hunspell-es) is not installed");
        HunspellDictionary dictionary = HunspellDictionary::forLanguage("es");
        QVERIFY(!dictionary.spell("cancion"));
        QVERIFY(dictionary.spell("canción"));
        QCOMPARE(q(dictionary.correct("cancion")), QStringLiteral("canción"));
        QCOMPARE(q(dictionary.correct("corazon")), QStringLiteral("corazón"));
        QCOMPARE(q(dictionary.correct("canción")), QStringLiteral("canción"));
        QCOMPARE(q(dictionary.lemma("canciones")), QStringLiteral("canción"));
        QCOMPARE(q(dictionary.lemma("llegó")), QStringLiteral("llegar"));
        QCOMPARE(q(dictionary.lemma("corriendo")), QStringLiteral("correr"));
        QCOMPARE(q(dictionary.lemma("xyzzyq")), QStringLiteral("xyzzyq")); // no stem: the word itself
    }

    void missingDictionaryNamesThePath()
    {
        try {
            HunspellDictionary::forLanguage("es", "/nonexistent/hunspell");
            QFAIL("no error for a missing dictionary");
        } catch (const Error& error) {
            QVERIFY2(QString(error.what()).contains("/nonexistent/hunspell/es_ES.aff"), error.what());
        }
    }

    void languageGuess()
    {
        const LanguageGuesser guesser;
        // 9 words; el, de, la, en, el are Spanish stop words (5/9), none English.
        const auto spanish = guesser.guess("El perro de la casa come en el jardín.");
        QCOMPARE(q(spanish.language), QStringLiteral("es"));
        QCOMPARE(spanish.words, std::size_t(9));
        QCOMPARE(spanish.spanish, 5.0 / 9.0);
        QCOMPARE(spanish.english, 0.0);
        // 9 words; the, of, the, in, the are English stop words (5/9), none Spanish.
        const auto english = guesser.guess("The dog of the house eats in the garden.");
        QCOMPARE(q(english.language), QStringLiteral("en"));
        QCOMPARE(english.english, 5.0 / 9.0);
        QCOMPARE(english.spanish, 0.0);
        QCOMPARE(q(guesser.guess("Xyz 123").language), QString());
    }
};

QTEST_GUILESS_MAIN(TestTextSteps)
#include "tst_textsteps.moc"
