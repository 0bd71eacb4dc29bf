// The preprocessing pipeline on tiny corpora counted by hand: the vocabulary after
// each step, sentences of tokens, spelling corrections, the trace for the
// before/after view, cancellation, and the settings (JSON, CLI step lists).
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "text/Corpus.h"
#include "text/Pipeline.h"

#include <QtTest/QtTest>

#include <filesystem>
#include <stop_token>

using namespace lengua;

namespace {

Corpus makeCorpus(std::initializer_list<const char*> texts)
{
    Corpus corpus;
    corpus.id = "source";
    int i = 0;
    for (const char* text : texts) {
        ++i;
        corpus.documents.push_back(Document{"d" + std::to_string(i), text, i % 2 ? "odd" : "even"});
    }
    return corpus;
}

QString rows(const ProcessedCorpus& result)
{
    QStringList out;
    for (const auto& step : result.steps)
        out << QString("%1 %2 %3").arg(QString::fromStdString(step.name)).arg(step.tokens).arg(step.types);
    return out.join(" | ");
}

QString sentences(const ProcessedCorpus::Document& document)
{
    QStringList out;
    for (const auto& sentence : document.sentences) {
        QStringList words;
        for (const auto& word : sentence)
            words << QString::fromStdString(word);
        out << words.join(' ');
    }
    return out.join(" | ");
}

bool hasSpanishDictionary()
{
    return std::filesystem::exists("/usr/share/hunspell/es_ES.dic");
}

} // namespace

class TestPipeline : public QObject {
    Q_OBJECT
private slots:
    void vocabularyAfterEachStep()
    {
        // d2: the tag names and the URL are words of the raw text; d3: "canción"
        // decomposed (U+0301), which NFC makes equal to d1's.
        const Corpus corpus = makeCorpus({"El Sr. García canta. ¡La canción es bonita!",
                                          "<b>Las canciones</b> son BONITAS: http://x.org",
                                          "cancio\xCC\x81n Bonita"});
        PipelineSettings settings =
            PipelineSettings::fromStepList("clean,nfc,sentences,lower,stopwords,accents,stem", "es");
        for (int threads : {1, 2}) {
            settings.threads = threads;
            JobContext context;
            const ProcessedCorpus result = Pipeline(settings).run(corpus, context);
            // input: d1 8 words, d2 8 (b Las canciones b son BONITAS http x.org), d3 2;
            //        17 types (b twice). clean: 8 + 4 + 2 = 14 tokens, 14 types.
            // nfc: the two "canción" merge (13). lower: La/Las/El... no merge, but
            //        canción/Bonita merge with d1's (12). stopwords: el, la, es, las, son
            //        go: 9 tokens, 7 types (sr garcía canta canción bonita canciones
            //        bonitas). accents: 7. stem: canción/canciones -> cancion,
            //        bonita/bonitas -> bonit: sr garci cant cancion bonit = 5.
            QCOMPARE(rows(result), QStringLiteral("input 18 17 | clean 14 14 | nfc 14 13 | "
                                                  "sentences 14 13 | lower 14 12 | stopwords 9 7 | "
                                                  "accents 9 7 | stem 9 5"));
            QCOMPARE(result.documents.size(), std::size_t(3));
            QCOMPARE(sentences(result.documents[0]), QStringLiteral("sr garci cant | cancion bonit"));
            QCOMPARE(sentences(result.documents[1]), QStringLiteral("cancion bonit"));
            QCOMPARE(sentences(result.documents[2]), QStringLiteral("cancion bonit"));
            QCOMPARE(result.documents[1].id, std::string("d2"));
            QCOMPARE(result.documents[1].label, std::string("even"));
            QCOMPARE(result.sentenceCount(), std::uint64_t(4));
            QCOMPARE(result.tokenCount(), std::uint64_t(9));
            QCOMPARE(result.language, std::string("es"));
            QCOMPARE(result.sourceCorpusId, std::string("source"));
            QVERIFY(result.corrections.empty());
            QVERIFY(result.warnings.empty());
        }
    }

    void punctuationAndNoSentenceSplitting()
    {
        const Corpus corpus = makeCorpus({"Hola, mundo. Adiós."});
        PipelineSettings settings = PipelineSettings::fromStepList("", "es");
        settings.keepPunctuation = true;
        JobContext context;
        const ProcessedCorpus result = Pipeline(settings).run(corpus, context);
        QCOMPARE(sentences(result.documents[0]), QStringLiteral("Hola , mundo . Adiós ."));
        QCOMPARE(rows(result), QStringLiteral("input 6 5"));
    }

    void emptySentencesDisappear()
    {
        const Corpus corpus = makeCorpus({"El. La casa.", ""});
        JobContext context;
        const ProcessedCorpus result =
            Pipeline(PipelineSettings::fromStepList("sentences,stopwords", "es")).run(corpus, context);
        QCOMPARE(sentences(result.documents[0]), QStringLiteral("casa"));
        QVERIFY(result.documents[1].sentences.empty());
        QCOMPARE(rows(result), QStringLiteral("input 3 3 | sentences 3 3 | stopwords 1 1"));
    }

    void spellingCorrectionsAreReported()
    {
        if (!hasSpanishDictionary())
            QSKIP("the es_ES Hunspell dictionary (hunspell-es) is not installed");
        const Corpus corpus = makeCorpus({"La cancion del corazon.", "Otra cancion."});
        JobContext context;
        const ProcessedCorpus result =
            Pipeline(PipelineSettings::fromStepList("spell,lemma", "es")).run(corpus, context);
        QCOMPARE(result.corrections.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(result.corrections[0].original), QStringLiteral("cancion"));
        QCOMPARE(QString::fromStdString(result.corrections[0].corrected), QStringLiteral("canción"));
        QCOMPARE(result.corrections[0].count, std::uint64_t(2));
        QCOMPARE(result.corrections[0].exampleDocument, std::string("d1"));
        QCOMPARE(QString::fromStdString(result.corrections[1].corrected), QStringLiteral("corazón"));
        QCOMPARE(result.corrections[1].count, std::uint64_t(1));
        // input: La cancion del corazon Otra = 5 types; spell keeps 5 types.
        QCOMPARE(rows(result).left(26), QStringLiteral("input 6 5 | spell 6 5 | le"));
        QCOMPARE(sentences(result.documents[0]).left(7), QStringLiteral("la canc"));
    }

    void otherLanguageWordsAreNotCorrected()
    {
        if (!hasSpanishDictionary() || !std::filesystem::exists("/usr/share/hunspell/en_US.dic"))
            QSKIP("the es_ES and en_US Hunspell dictionaries are not both installed");
        // A bilingual corpus processed as Spanish: "the" and "bank" are English words,
        // which the Spanish dictionary alone would turn into "te" and "banaba".
        const Corpus corpus = makeCorpus({"La cancion del banco.", "The bank of the river."});
        JobContext context;
        const ProcessedCorpus result =
            Pipeline(PipelineSettings::fromStepList("spell", "es")).run(corpus, context);
        QCOMPARE(result.corrections.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(result.corrections[0].original), QStringLiteral("cancion"));
        QCOMPARE(QString::fromStdString(result.corrections[0].corrected), QStringLiteral("canción"));
        QCOMPARE(sentences(result.documents[1]), QStringLiteral("The bank of the river"));
    }

    void missingDictionarySwitchesTheStepOff()
    {
        const Corpus corpus = makeCorpus({"La cancion."});
        PipelineSettings settings = PipelineSettings::fromStepList("spell,lower", "es");
        settings.dictionaryDirectory = "/nonexistent/hunspell";
        JobContext context;
        const ProcessedCorpus result = Pipeline(settings).run(corpus, context);
        QCOMPARE(result.warnings.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(result.warnings[0]).contains("/nonexistent/hunspell/es_ES.aff"),
                 result.warnings[0].c_str());
        QVERIFY(!result.settings.spell);
        QCOMPARE(rows(result), QStringLiteral("input 2 2 | lower 2 2"));
        QCOMPARE(sentences(result.documents[0]), QStringLiteral("la cancion"));
    }

    void automaticLanguage()
    {
        const Corpus corpus = makeCorpus({"The dog of the house eats in the garden."});
        JobContext context;
        const ProcessedCorpus result =
            Pipeline(PipelineSettings::fromStepList("stopwords,stem", "auto")).run(corpus, context);
        QCOMPARE(result.language, std::string("en"));
        QCOMPARE(result.settings.language, std::string("auto"));
        QCOMPARE(sentences(result.documents[0]), QStringLiteral("dog hous eat garden"));
    }

    void cancelledRunThrows()
    {
        const Corpus corpus = makeCorpus({"Uno dos.", "Tres cuatro."});
        std::stop_source stop;
        stop.request_stop();
        JobContext stopped(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, Pipeline(PipelineSettings{}).run(corpus, stopped));

        // Stopped from the progress sink, in the middle of the run.
        std::stop_source later;
        JobContext midway(later.get_token(), [&](const JobProgress& progress) {
            (void)progress;
            later.request_stop(); // stop at the first report; the run must notice it

        });
        Corpus big;
        for (int i = 0; i < 2000; ++i)
            big.documents.push_back(Document{std::to_string(i), "Una frase más. Otra frase.", {}});
        QVERIFY_THROWS_EXCEPTION(JobCancelled, Pipeline(PipelineSettings{}).run(big, midway));
    }

    void traceShowsEachStep()
    {
        const Pipeline pipeline(PipelineSettings::fromStepList("clean,sentences,lower,stopwords", "es"));
        const std::vector<StepTrace> trace = pipeline.trace("El <b>Sr.</b> García canta. La canción.");
        QStringList names;
        for (const auto& row : trace)
            names << QString::fromStdString(row.step);
        QCOMPARE(names, (QStringList{"input", "clean", "sentences", "words", "lower", "stopwords"}));

        QCOMPARE(QString::fromStdString(trace[1].text), QStringLiteral("El Sr. García canta. La canción."));
        QVERIFY((trace[1].changes == std::vector<TextChange>{{3, 6, "", "html"}, {9, 13, "", "html"}}));

        QCOMPARE(QString::fromStdString(trace[2].text), QStringLiteral("El Sr. García canta.\nLa canción."));
        QVERIFY((trace[2].changes == std::vector<TextChange>{{21, 22, "\n", "sentences"}}));

        QCOMPARE(QString::fromStdString(trace[3].text), QStringLiteral("El Sr García canta\nLa canción"));
        QCOMPARE(trace[3].sentences.size(), std::size_t(2));
        QVERIFY((trace[3].changes
                 == std::vector<TextChange>{{5, 7, " ", "words"}, {20, 21, "", "words"}, {33, 34, "", "words"}}));

        QCOMPARE(QString::fromStdString(trace[4].text), QStringLiteral("el sr garcía canta\nla canción"));
        QVERIFY((trace[4].changes
                 == std::vector<TextChange>{{0, 2, "el", "lower"}, {3, 5, "sr", "lower"},
                                            {6, 13, "garcía", "lower"}, {20, 22, "la", "lower"}}));

        QCOMPARE(QString::fromStdString(trace[5].text), QStringLiteral("sr garcía canta\ncanción"));
        QVERIFY((trace[5].changes
                 == std::vector<TextChange>{{0, 3, "", "stopwords"}, {20, 23, "", "stopwords"}}));
        QCOMPARE(trace[5].sentences[1], std::vector<std::string>{"canción"});
    }

    void stepListParsing()
    {
        const PipelineSettings settings = PipelineSettings::fromStepList("clean,nfc,lower", "en");
        QVERIFY(settings.clean && settings.nfc && settings.lower);
        QVERIFY(!settings.sentences && !settings.stopWords && !settings.stem && !settings.accents);
        QVERIFY(!settings.spell && !settings.lemma);
        QCOMPARE(settings.language, std::string("en"));
        QCOMPARE(settings.stepList(), std::string("clean,nfc,lower"));
        // Any order and spaces; the pipeline order is fixed.
        QCOMPARE(PipelineSettings::fromStepList(" stem, lower ,clean").stepList(), std::string("clean,lower,stem"));
        QCOMPARE(PipelineSettings::fromStepList("").stepList(), std::string());
        try {
            PipelineSettings::fromStepList("clean,stemm");
            QFAIL("no error for an unknown step");
        } catch (const Error& error) {
            QVERIFY2(QString(error.what()).contains("\"stemm\""), error.what());
            QVERIFY2(QString(error.what()).contains("clean, nfc, sentences"), error.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, PipelineSettings::fromStepList("clean", "fr"));
        QVERIFY_THROWS_EXCEPTION(Error, Pipeline(PipelineSettings::fromStepList("clean", "auto")).settings().enabled("bogus"));
    }

    void settingsJsonRoundTrip()
    {
        PipelineSettings settings;
        settings.language = "en";
        settings.clean = false;
        settings.cleanOptions.urls = false;
        settings.cleanOptions.symbols = false;
        settings.stem = true;
        settings.spell = true;
        settings.keepPunctuation = true;
        settings.stopWords = true;
        settings.stopWordList = {"uno", "dos"};
        settings.abbreviations = {"Sr."};
        settings.dictionaryDirectory = "/tmp/dicts";
        settings.threads = 1;
        const std::string json = settings.toJson();
        QVERIFY(PipelineSettings::fromJson(json) == settings);
        QVERIFY(PipelineSettings::fromJson(PipelineSettings().toJson()) == PipelineSettings());
        // Missing keys keep the defaults.
        const PipelineSettings partial = PipelineSettings::fromJson(R"({"steps":{"stem":true}})");
        QVERIFY(partial.stem && partial.clean && partial.lower);
        QCOMPARE(partial.language, std::string("auto"));
        QVERIFY_THROWS_EXCEPTION(Error, PipelineSettings::fromJson("{"));
        QVERIFY_THROWS_EXCEPTION(Error, PipelineSettings::fromJson(R"({"steps":{"clean":"yes"}})"));
        try {
            PipelineSettings::fromJson(R"({"steps":{"bogus":true}})");
            QFAIL("no error for an unknown step");
        } catch (const Error& error) {
            QVERIFY2(QString(error.what()).contains("\"bogus\""), error.what());
        }
    }

    void bibleRunsWhenPresent()
    {
        const std::filesystem::path path =
            std::filesystem::path(LENGUA_SHARED_DATA_DIR) / "corpora/es-biblia-rv1909.tsv";
        if (!std::filesystem::exists(path))
            QSKIP("the shared Bible corpus is not present");
        // A sample is enough here: the speed is measured separately.
        Corpus corpus;
        corpus.documents.push_back(Document{"Gen.1.1", "EN el principio crió Dios los cielos y la tierra.", {}});
        corpus.documents.push_back(Document{"Gen.1.3", "Y dijo Dios: Sea la luz: y fué la luz.", {}});
        JobContext context;
        const ProcessedCorpus result =
            Pipeline(PipelineSettings::fromStepList("clean,nfc,lower,sentences,stopwords,stem", "es"))
                .run(corpus, context);
        QCOMPARE(sentences(result.documents[0]), QStringLiteral("principi cri dios ciel tierr"));
        // ICU does not end a sentence at ':'; y, dijo, sea, la are stop words; "fué"
        // (old spelling) is not, and Snowball drops its accent.
        QCOMPARE(sentences(result.documents[1]), QStringLiteral("dios luz fue luz"));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
