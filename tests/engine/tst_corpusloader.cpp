// Corpus loading: every format, detection, the errors a person sees (with file
// names and line numbers), folders, fortunes, previews, limits and cancellation.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "text/CorpusLoader.h"
#include "text/CsvReader.h"

#include <QtTest/QtTest>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <filesystem>
#include <functional>
#include <stop_token>

using namespace lengua;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const char* name)
{
    return fs::path(LENGUA_TEST_DATA_DIR) / "corpus" / name;
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

LoadOptions withFormat(CorpusFormat format)
{
    LoadOptions options;
    options.format = format;
    return options;
}

Corpus load(const fs::path& path, const LoadOptions& options = {})
{
    JobContext context;
    return loadCorpus(path, options, context);
}

Corpus loadBytes(const std::string& bytes, const std::string& name, const LoadOptions& options = {})
{
    JobContext context;
    return loadCorpusFromMemory(bytes, name, options, context);
}

// The message of the Error that `action` throws, or "(no error)".
QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return QString::fromUtf8(error.what());
    }
    return QStringLiteral("(no error)");
}

QStringList ids(const Corpus& corpus)
{
    QStringList result;
    for (const Document& document : corpus.documents)
        result << q(document.id);
    return result;
}

QStringList labels(const Corpus& corpus)
{
    QStringList result;
    for (const Document& document : corpus.documents)
        result << q(document.label);
    return result;
}

QStringList texts(const Corpus& corpus)
{
    QStringList result;
    for (const Document& document : corpus.documents)
        result << q(document.text);
    return result;
}

QStringList toList(const std::vector<std::string>& strings)
{
    QStringList result;
    for (const std::string& text : strings)
        result << q(text);
    return result;
}

} // namespace

class TestCorpusLoader : public QObject {
    Q_OBJECT
private slots:
    void formatNames()
    {
        for (const CorpusFormat format :
             {CorpusFormat::Auto, CorpusFormat::Text, CorpusFormat::Folder, CorpusFormat::Csv,
              CorpusFormat::Tsv, CorpusFormat::JsonLines, CorpusFormat::Html, CorpusFormat::Fortune})
            QCOMPARE(parseFormatName(formatName(format)), std::optional<CorpusFormat>(format));
        QCOMPARE(q(formatName(CorpusFormat::JsonLines)), QStringLiteral("jsonl"));
        QCOMPARE(parseFormatName("docx"), std::optional<CorpusFormat>());
    }

    void detection_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("txt") << "utf8.txt" << int(CorpusFormat::Text);
        QTest::newRow("csv") << "table.csv" << int(CorpusFormat::Csv);
        QTest::newRow("tsv") << "noheader.tsv" << int(CorpusFormat::Tsv);
        QTest::newRow("jsonl") << "data.jsonl" << int(CorpusFormat::JsonLines);
        QTest::newRow("html") << "page.html" << int(CorpusFormat::Html);
        QTest::newRow("unknown extension") << "nul.bin" << int(CorpusFormat::Text);
        QTest::newRow("folder") << "folder" << int(CorpusFormat::Folder);
        QTest::newRow("fortune folder") << "fortunes" << int(CorpusFormat::Fortune);
        QTest::newRow(".dat sibling") << "fortunes/refranes" << int(CorpusFormat::Fortune);
        QTest::newRow(".fortunes") << "fortunes/citas.fortunes" << int(CorpusFormat::Fortune);
        QTest::newRow(".u8 link") << "fortunes/citas.fortunes.u8" << int(CorpusFormat::Fortune);
    }

    void detection()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QCOMPARE(int(detectCorpusFormat(fixture(name.toUtf8().constData()))), format);
    }

    void plainText()
    {
        const Corpus corpus = load(fixture("utf8.txt"));
        QCOMPARE(corpus.documents.size(), std::size_t(1));
        QCOMPARE(q(corpus.documents[0].id), QStringLiteral("utf8.txt"));
        QCOMPARE(q(corpus.documents[0].text),
                 QStringLiteral("El señorial chalet se encontraba a la izquierda de la carretera.\n"
                                "Canción de cuna: niño, año, pingüino.\n"));
        QVERIFY(corpus.documents[0].label.empty());
        QCOMPARE(q(corpus.name), QStringLiteral("utf8"));
        QCOMPARE(q(corpus.format), QStringLiteral("text"));
        QCOMPARE(q(corpus.source), q(fixture("utf8.txt").string()));
        QCOMPARE(corpus.id.size(), std::size_t(32));
        QVERIFY(corpus.id != load(fixture("utf8.txt")).id);
        QVERIFY(corpus.warnings.empty());
    }

    void encodingsReachTheCorpus()
    {
        const Corpus latin1 = load(fixture("latin1.txt"));
        QCOMPARE(q(latin1.documents.at(0).text), QStringLiteral("Una canción para el niño.\n"));
        QCOMPARE(q(latin1.decoding.encoding), QStringLiteral("windows-1252"));
        QVERIFY(latin1.decoding.fallback);
        QCOMPARE(toList(latin1.warnings),
                 QStringList{"latin1.txt: not valid UTF-8; read as windows-1252"});

        const Corpus invalid = load(fixture("invalid-utf8.txt"));
        QCOMPARE(invalid.decoding.replacements, std::size_t(2));
        QCOMPARE(toList(invalid.warnings),
                 QStringList{"invalid-utf8.txt: 2 invalid sequences were replaced by U+FFFD"});

        const Corpus utf16 = load(fixture("utf16be-bom.txt"));
        QCOMPARE(q(utf16.documents.at(0).text), QStringLiteral("Canción: niño \U0001F600\n"));
        QCOMPARE(q(utf16.decoding.encoding), QStringLiteral("UTF-16BE (BOM)"));
    }

    void fileErrors()
    {
        const fs::path missing = fixture("no-such-file.txt");
        QCOMPARE(errorOf([&] { load(missing); }), q(missing.string() + ": no such file"));
        const fs::path empty = fixture("empty.txt");
        QCOMPARE(errorOf([&] { load(empty); }), q(empty.string() + ": is empty"));
        QCOMPARE(errorOf([&] { load(fixture("binary.png")); }),
                 QStringLiteral("binary.png: is a binary file (PNG image), not text"));
        QCOMPARE(errorOf([&] { load(fixture("nul.bin")); }),
                 QStringLiteral("nul.bin: is a binary file (it contains NUL bytes), not text"));
        QCOMPARE(errorOf([&] { load(fixture("utf8.txt"), withFormat(CorpusFormat::Folder)); }),
                 q(fixture("utf8.txt").string() + ": is a file, not a folder"));
    }

    void fileAboveTheLimitIsRefused()
    {
        LoadOptions options;
        options.maxFileBytes = 100;
        const fs::path path = fixture("utf8.txt");
        const auto size = fs::file_size(path);
        QCOMPARE(size, std::uintmax_t(108));
        QCOMPARE(errorOf([&] { load(path, options); }),
                 q(path.string() + ": is 108 bytes, more than the limit of 100 bytes for one file"));
        options.maxFileBytes = 108;
        QCOMPARE(load(path, options).documents.size(), std::size_t(1));
        options.maxFileBytes = 100;
        QCOMPARE(errorOf([&] { loadBytes(std::string(2048, 'a'), "big.txt", options); }),
                 QStringLiteral("big.txt: is 2.0 KiB, more than the limit of 100 bytes for one file"));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "secret.txt";
        QFile file(QString::fromStdString(path.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hola\n");
        file.close();
        fs::permissions(path, fs::perms::none);
        if (FILE* probe = std::fopen(path.c_str(), "rb")) {
            std::fclose(probe);
            QSKIP("running with privileges that read any file");
        }
        QVERIFY(errorOf([&] { load(path); }).startsWith(q(path.string() + ": cannot be read (")));
    }

    void stopBeforeLoadCancels()
    {
        std::stop_source stop;
        stop.request_stop();
        JobContext context(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, loadCorpus(fixture("utf8.txt"), {}, context));
        QVERIFY_THROWS_EXCEPTION(JobCancelled, loadCorpus(fixture("folder"), {}, context));
        QVERIFY_THROWS_EXCEPTION(JobCancelled, loadCorpusFromMemory("a\tb\n", "x.tsv", {}, context));
    }

    void stopDuringLoadCancels()
    {
        // 12 MiB of TSV is three chunks; the stop comes with the first progress report.
        std::string bytes;
        while (bytes.size() < (std::size_t(12) << 20))
            bytes += "Gen.1." + std::to_string(bytes.size()) + "\tIn the beginning God created.\n";
        std::stop_source stop;
        int reports = 0;
        JobContext context(stop.get_token(), [&](const JobProgress&) {
            ++reports;
            stop.request_stop();
        });
        QVERIFY_THROWS_EXCEPTION(JobCancelled, loadCorpusFromMemory(bytes, "big.tsv", {}, context));
        QCOMPARE(reports, 1);
    }

    void csvWithHeaderQuotesAndCrlf()
    {
        LoadOptions options;
        options.labelColumn = "label";
        const Corpus corpus = load(fixture("table.csv"), options);
        QCOMPARE(q(corpus.format), QStringLiteral("csv"));
        QCOMPARE(q(corpus.name), QStringLiteral("table"));
        QCOMPARE(ids(corpus), (QStringList{"1", "2", "3"}));
        QCOMPARE(texts(corpus), (QStringList{"Me encantó la película, \"muy\" buena",
                                             "Una historia\nen dos líneas", "Aburrida y larga"}));
        QCOMPARE(labels(corpus), (QStringList{"pos", "neg", "neg"}));
    }

    void csvColumnsByNumber()
    {
        LoadOptions options;
        options.textColumn = "2";
        options.labelColumn = "3";
        const Corpus corpus = load(fixture("table.csv"), options);
        QCOMPARE(labels(corpus), (QStringList{"pos", "neg", "neg"}));
        QCOMPARE(q(corpus.documents.at(2).text), QStringLiteral("Aburrida y larga"));
        options.textColumn = "label"; // any column can be the text
        QCOMPARE(texts(load(fixture("table.csv"), options)), (QStringList{"pos", "neg", "neg"}));
    }

    void unknownColumnListsTheColumns()
    {
        LoadOptions options;
        options.textColumn = "body";
        QCOMPARE(errorOf([&] { load(fixture("table.csv"), options); }),
                 QStringLiteral("table.csv: there is no text column \"body\"; the columns are: id, text, label"));
        options.textColumn.clear();
        options.labelColumn = "7";
        QCOMPARE(errorOf([&] { load(fixture("table.csv"), options); }),
                 QStringLiteral("table.csv: there is no label column \"7\"; the columns are: id, text, label"));
    }

    void raggedRowNamesItsLine()
    {
        QCOMPARE(errorOf([&] { load(fixture("ragged.csv")); }),
                 QStringLiteral("ragged.csv: line 5 has 2 fields, the header has 3"));
        QCOMPARE(errorOf([&] { loadBytes("a\t1\nb\t2\nc\n", "short.tsv"); }),
                 QStringLiteral("short.tsv: line 3 has 1 fields, line 1 has 2"));
    }

    void unclosedQuote()
    {
        QCOMPARE(errorOf([&] { loadBytes("id,text\n1,ok\n2,\"never closed\n3,x\n", "q.csv"); }),
                 QStringLiteral("q.csv: line 3: a quoted field is never closed"));
    }

    void tsvWithoutHeader()
    {
        const Corpus corpus = load(fixture("noheader.tsv"));
        QCOMPARE(q(corpus.format), QStringLiteral("tsv"));
        QCOMPARE(ids(corpus), (QStringList{"Gen.1.1", "Gen.1.2", "Gen.1.3"}));
        // TSV has no quoting: the quotation marks are part of the text.
        QCOMPARE(texts(corpus),
                 (QStringList{"In the beginning God created the heaven and the earth.",
                              "And the earth was without form, and void.",
                              "\"Let there be light,\" said God."}));
        QCOMPARE(labels(corpus), (QStringList{"", "", ""}));
    }

    void semicolonsAreSniffed()
    {
        LoadOptions options;
        options.labelColumn = "sentimiento";
        const Corpus corpus =
            loadBytes("sentimiento;reseña\npos;Muy buena, la recomiendo\nneg;Mala, lenta y larga\n",
                      "reseñas.csv", options);
        QCOMPARE(texts(corpus), (QStringList{"Muy buena, la recomiendo", "Mala, lenta y larga"}));
        QCOMPARE(labels(corpus), (QStringList{"pos", "neg"}));
        // Labels repeat, so they are no ids: documents are found by line.
        QCOMPARE(ids(corpus), (QStringList{"line 2", "line 3"}));
    }

    void snifferAndHeaderHeuristic()
    {
        QCOMPARE(CsvReader::sniffDelimiter("a,b,c\n1,2,3\n"), ',');
        QCOMPARE(CsvReader::sniffDelimiter("a\tb, c\tz\n1\t2, 3\t4\n"), '\t');
        QCOMPARE(CsvReader::sniffDelimiter("a\tb, c\n1\t2, 3\n"), ','); // a tie: the order decides
        QCOMPARE(CsvReader::sniffDelimiter("a;b\n\"x;y\";2\n"), ';');
        QCOMPARE(CsvReader::sniffDelimiter("one column\nonly\n"), ',');
        using Rows = std::vector<std::vector<std::string>>;
        QVERIFY(CsvReader::looksLikeHeader(Rows{{"id", "score"}, {"1", "0.5"}, {"2", "0.7"}}));
        QVERIFY(CsvReader::looksLikeHeader(
            Rows{{"label", "text"}, {"pos", "Me gustó mucho, de verdad, muy buena"}}));
        QVERIFY(!CsvReader::looksLikeHeader(Rows{{"casa", "casas"}, {"perro", "perros"}}));
        QVERIFY(!CsvReader::looksLikeHeader(Rows{{"1", "uno"}, {"2", "dos"}}));
        QVERIFY(!CsvReader::looksLikeHeader(Rows{{"text", "text"}, {"1", "Una frase bastante larga aquí"}}));
        QVERIFY(!CsvReader::looksLikeHeader(Rows{{"id", "text"}}));
        // Short texts under "text": the length ratio decides.
        QVERIFY(CsvReader::looksLikeHeader(Rows{{"label", "text"}, {"a", "Otra frase también larga"}}));
        QVERIFY(!CsvReader::looksLikeHeader(Rows{{"a", "Una frase corta"}, {"b", "Otra frase"}}));
    }

    void streamingReaderAcrossChunks()
    {
        // The same records whatever the chunk size, CR/LF and quotes split included.
        const std::string text = "a,\"b \"\"c\"\"\r\nd\",e\r\n\r\nf,g,h\r\n\"i\",,\"\"\n";
        for (std::size_t chunk = 1; chunk <= text.size(); ++chunk) {
            CsvReader reader("t.csv", ',', true);
            std::vector<std::pair<std::size_t, std::vector<std::string>>> records;
            const CsvReader::RecordSink sink = [&](std::vector<std::string>& fields, std::size_t line) {
                records.emplace_back(line, fields);
            };
            for (std::size_t i = 0; i < text.size(); i += chunk)
                reader.feed(std::string_view(text).substr(i, chunk), sink);
            reader.finish(sink);
            QCOMPARE(records.size(), std::size_t(3));
            QCOMPARE(records[0].first, std::size_t(1));
            QCOMPARE(toList(records[0].second), (QStringList{"a", "b \"c\"\r\nd", "e"}));
            QCOMPARE(records[1].first, std::size_t(4));
            QCOMPARE(toList(records[1].second), (QStringList{"f", "g", "h"}));
            QCOMPARE(records[2].first, std::size_t(5));
            QCOMPARE(toList(records[2].second), (QStringList{"i", "", ""}));
        }
    }

    void largeCsvSpanningChunks()
    {
        // ~9 MiB: records and multi-byte characters cross the 4 MiB chunk borders.
        std::string bytes = "id,text,label\n";
        const int rows = 120000;
        for (int i = 1; i <= rows; ++i)
            bytes += std::to_string(i) + ",\"Canción número " + std::to_string(i) +
                     ", con \"\"comillas\"\"\nen dos líneas y más texto ñandú\"," +
                     (i % 2 ? "impar" : "par") + "\n";
        QVERIFY(bytes.size() > (std::size_t(8) << 20));
        LoadOptions options;
        options.labelColumn = "label";
        const Corpus corpus = loadBytes(bytes, "big.csv", options);
        QCOMPARE(corpus.documents.size(), std::size_t(rows));
        const Document& last = corpus.documents.back();
        QCOMPARE(q(last.id), QStringLiteral("120000"));
        QCOMPARE(q(last.text),
                 QStringLiteral("Canción número 120000, con \"comillas\"\nen dos líneas y más texto ñandú"));
        QCOMPARE(q(last.label), QStringLiteral("par"));
        QCOMPARE(corpus.decoding.replacements, std::size_t(0));
        // A ragged record far away still names its line (two lines per record).
        bytes += "120001,solo dos campos\n";
        QCOMPARE(errorOf([&] { loadBytes(bytes, "big.csv"); }),
                 QStringLiteral("big.csv: line 240002 has 2 fields, the header has 3"));
    }

    void emptyTextRowsAreSkipped()
    {
        const Corpus corpus = loadBytes("label,text\na,Una frase de verdad larga\nb,\nc,Otra frase también larga\n",
                                        "gaps.csv");
        QCOMPARE(texts(corpus), (QStringList{"Una frase de verdad larga", "Otra frase también larga"}));
        QCOMPARE(ids(corpus), (QStringList{"a", "c"}));
        QCOMPARE(toList(corpus.warnings),
                 QStringList{"gaps.csv: 1 rows with an empty text field were skipped"});
        // Naming a column of the first row makes it the header, even alone.
        LoadOptions options;
        options.textColumn = "text";
        QCOMPARE(errorOf([&] { loadBytes("label,text\n", "header.csv", options); }),
                 QStringLiteral("header.csv: has a header but no rows with text"));
        QCOMPARE(errorOf([&] { loadBytes("label,text\na,\n", "blank.csv", options); }),
                 QStringLiteral("blank.csv: has a header but no rows with text"));
    }

    void jsonLines()
    {
        LoadOptions options;
        options.labelField = "label";
        const Corpus corpus = load(fixture("data.jsonl"), options);
        QCOMPARE(q(corpus.format), QStringLiteral("jsonl"));
        QCOMPARE(ids(corpus), (QStringList{"a1", "line 3", "line 4"}));
        QCOMPARE(texts(corpus), (QStringList{"Me gustó mucho.", "No me gustó.", "Regular, ni fu ni fa."}));
        QCOMPARE(labels(corpus), (QStringList{"pos", "0", "neu"}));
        options.textField = "label";
        options.labelField = "stars";
        QCOMPARE(errorOf([&] { load(fixture("data.jsonl"), options); }),
                 QStringLiteral("data.jsonl: line 4 has no field \"stars\""));
    }

    void brokenJsonLineIsNamed()
    {
        const QString message = errorOf([&] { load(fixture("broken.jsonl")); });
        QVERIFY2(message.startsWith("broken.jsonl: line 3 is not valid JSON: "), qPrintable(message));
        QVERIFY2(!message.contains("[json.exception"), qPrintable(message));
        QCOMPARE(errorOf([&] { loadBytes("{\"text\": \"a\"}\n{\"body\": \"b\"}\n", "m.jsonl"); }),
                 QStringLiteral("m.jsonl: line 2 has no field \"text\""));
        QCOMPARE(errorOf([&] { loadBytes("{\"text\": \"a\"}\n[1, 2]\n", "m.jsonl"); }),
                 QStringLiteral("m.jsonl: line 2 is not a JSON object"));
        QCOMPARE(errorOf([&] { loadBytes("\n\n", "blank.jsonl"); }),
                 QStringLiteral("blank.jsonl: has no JSON objects"));
    }

    void html()
    {
        const Corpus corpus = load(fixture("page.html"));
        QCOMPARE(q(corpus.format), QStringLiteral("html"));
        QCOMPARE(corpus.documents.size(), std::size_t(1));
        QCOMPARE(q(corpus.documents[0].id), QStringLiteral("page.html"));
        QCOMPARE(q(corpus.documents[0].text),
                 QStringLiteral("Canción & poesía\nEl niño\nHabía una vez un dragón ágil & feliz.\n"
                                "Uno\nEspaña\nFin\ndel cuento"));
    }

    void fortuneFolder()
    {
        const Corpus corpus = load(fixture("fortunes"));
        QCOMPARE(q(corpus.format), QStringLiteral("fortune"));
        QCOMPARE(q(corpus.name), QStringLiteral("fortunes"));
        // citas.fortunes.u8 (a link) and off/ are not read.
        QCOMPARE(ids(corpus), (QStringList{"citas #1", "citas #2", "refranes #1", "refranes #2"}));
        QCOMPARE(labels(corpus), (QStringList{"citas", "citas", "refranes", "refranes"}));
        QCOMPARE(texts(corpus),
                 (QStringList{"La amistad es una igualdad armónica.\n\t\t-- Pitágoras.",
                              "Donde hay concordia siempre hay victoria.\n\t\t-- Publio Siro.",
                              "A quien madruga, Dios le ayuda.",
                              "No por mucho madrugar\namanece más temprano."}));
    }

    void singleFortuneFile()
    {
        const Corpus corpus = load(fixture("fortunes/refranes"));
        QCOMPARE(q(corpus.format), QStringLiteral("fortune"));
        QCOMPARE(labels(corpus), (QStringList{"refranes", "refranes"}));
    }

    void debianSpanishFortunes()
    {
        const fs::path folder = "/usr/share/games/fortunes/es";
        if (!fs::exists(folder / "amistad.fortunes"))
            QSKIP("fortunes-es is not installed");
        const Corpus corpus = load(folder);
        QCOMPARE(q(corpus.format), QStringLiteral("fortune"));
        // Counted with a script over the 25 files (24 *.fortunes and varios.fortunes-pre).
        QCOMPARE(corpus.documents.size(), std::size_t(10788));
        const auto amistad = std::count_if(corpus.documents.begin(), corpus.documents.end(),
                                           [](const Document& d) { return d.label == "amistad"; });
        QCOMPARE(amistad, 120);
        QCOMPARE(q(corpus.documents.front().text),
                 QStringLiteral("No es otra cosa la amistad que un sumo consentimiento en las cosas\n"
                                "divinas y humanas con amor y benevolencia.\n"
                                "\t\t-- Marco Tulio Cicerón. (106-43 A.C.) Escritor, orador y\n"
                                "\t\tpolítico romano."));
        for (const Document& document : corpus.documents)
            QVERIFY2(document.label != "hembrismo", "the off/ folder was read");
    }

    void folderOfTextFiles()
    {
        const Corpus corpus = load(fixture("folder"));
        QCOMPARE(q(corpus.format), QStringLiteral("folder"));
        QCOMPARE(q(corpus.name), QStringLiteral("folder"));
        QCOMPARE(ids(corpus), (QStringList{"a.txt", "b.txt", "latin1.txt", "sub/c.md"}));
        QCOMPARE(texts(corpus), (QStringList{"Primer archivo, con acentos: árbol.\n", "Segundo archivo.\n",
                                             "Canción en Latin-1.\n", "# Tercero\n\nEn una subcarpeta.\n"}));
        QCOMPARE(toList(corpus.warnings),
                 (QStringList{"skipped image.png: is a binary file (PNG image), not text",
                              "latin1.txt: not valid UTF-8; read as windows-1252"}));
        QVERIFY(corpus.decoding.fallback);
    }

    void folderWithoutTextFiles()
    {
        QTemporaryDir dir;
        const fs::path path = dir.path().toStdString();
        QCOMPARE(errorOf([&] { load(path); }), q(path.string() + ": has no text files"));
        QFile hidden(dir.filePath(".hidden.txt"));
        QVERIFY(hidden.open(QIODevice::WriteOnly));
        hidden.write("oculto\n");
        hidden.close();
        QCOMPARE(errorOf([&] { load(path); }), q(path.string() + ": has no text files"));
        QCOMPARE(errorOf([&] { load(path, withFormat(CorpusFormat::Fortune)); }),
                 q(path.string() + ": has no fortune files"));
    }

    void fromMemory()
    {
        QCOMPARE(q(loadBytes("Hola mundo.\n", "sample.txt").documents.at(0).text), QStringLiteral("Hola mundo.\n"));
        QCOMPARE(q(loadBytes("<p>Hola &amp; adiós</p>", "x.html").documents.at(0).text),
                 QStringLiteral("Hola & adiós"));
        QCOMPARE(loadBytes("uno\n%\ndos\n", "f", withFormat(CorpusFormat::Fortune)).documents.size(),
                 std::size_t(2));
        const Corpus tsv = loadBytes("k1\tUna línea de texto bastante larga\nk2\tOtra línea más\n", "t.tsv");
        QCOMPARE(q(tsv.name), QStringLiteral("t"));
        QCOMPARE(ids(tsv), (QStringList{"k1", "k2"}));
        const Corpus latin1 = loadBytes("canci\xF3n", "latin.txt");
        QCOMPARE(q(latin1.documents.at(0).text), QStringLiteral("canción"));
        QCOMPARE(errorOf([&] { loadBytes("x", "x", withFormat(CorpusFormat::Folder)); }),
                 QStringLiteral("x: bytes in memory cannot be read as a folder"));
        QCOMPARE(errorOf([&] { loadBytes("", "nada.txt"); }), QStringLiteral("nada.txt: is empty"));
    }

    void previews()
    {
        const TablePreview csv = previewTable(fixture("table.csv"), {});
        QCOMPARE(int(csv.format), int(CorpusFormat::Csv));
        QCOMPARE(csv.delimiter, ',');
        QVERIFY(csv.hasHeader);
        QCOMPARE(toList(csv.columns), (QStringList{"id", "text", "label"}));
        QCOMPARE(csv.rows.size(), std::size_t(3));
        QCOMPARE(toList(csv.rows[1]), (QStringList{"2", "Una historia\nen dos líneas", "neg"}));

        const TablePreview tsv = previewTable(fixture("noheader.tsv"), {}, 2);
        QCOMPARE(tsv.delimiter, '\t');
        QVERIFY(!tsv.hasHeader);
        QCOMPARE(toList(tsv.columns), (QStringList{"1", "2"}));
        QCOMPARE(tsv.rows.size(), std::size_t(2));
        QCOMPARE(q(tsv.rows[0][0]), QStringLiteral("Gen.1.1"));

        const TablePreview jsonl = previewTable(fixture("data.jsonl"), {});
        QCOMPARE(int(jsonl.format), int(CorpusFormat::JsonLines));
        QCOMPARE(toList(jsonl.columns), (QStringList{"id", "text", "label", "stars"}));
        QCOMPARE(jsonl.rows.size(), std::size_t(3));
        QCOMPARE(toList(jsonl.rows[1]), (QStringList{"", "No me gustó.", "0", "1"}));

        QCOMPARE(errorOf([&] { previewTable(fixture("utf8.txt"), {}); }),
                 q(fixture("utf8.txt").string() + ": is not a table (CSV, TSV or JSON Lines)"));
    }

    void sharedBibleTsv()
    {
        const fs::path path = fs::path(LENGUA_SHARED_DATA_DIR) / "corpora" / "en-bible-kjv.tsv";
        if (!fs::exists(path))
            QSKIP("the shared corpora are not available");
        // Speed is measured in bench/, not here.
        const Corpus corpus = load(path);
        QCOMPARE(corpus.documents.size(), std::size_t(31036));
        QCOMPARE(q(corpus.documents.front().id), QStringLiteral("Gen.1.1"));
        QCOMPARE(q(corpus.documents.front().text),
                 QStringLiteral("In the beginning God created the heaven and the earth."));
        QCOMPARE(corpus.decoding.replacements, std::size_t(0));
    }

    void sharedQuotesWithHeader()
    {
        const fs::path path = fs::path(LENGUA_SHARED_DATA_DIR) / "corpora" / "es-refranes-citas.tsv";
        if (!fs::exists(path))
            QSKIP("the shared corpora are not available");
        LoadOptions options;
        options.labelColumn = "category";
        const Corpus corpus = load(path, options);
        QCOMPARE(corpus.documents.size(), std::size_t(10763));
        QCOMPARE(q(corpus.documents.front().id), QStringLiteral("line 2"));
        QCOMPARE(q(corpus.documents.front().label), QStringLiteral("amistad"));
        QVERIFY(corpus.documents.front().text.starts_with("No es otra cosa la amistad"));
    }
};

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"
