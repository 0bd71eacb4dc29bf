// WordVectorFile and ProjectorTsvFile: exact round trips (word2vec text and binary, GloVe,
// the projector TSV pair) with non-ASCII words, format detection, files written by other
// tools (gensim's binary without line breaks, fastText's .vec with trailing spaces and
// CRLF), and every kind of bad input the issue lists, each with its file and line.
#include "embed/ProjectorTsvFile.h"
#include "embed/WordVectorFile.h"

#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace lengua;

namespace {

// Values chosen to stress the decimal form: tiny, huge, negative zero, subnormal, the
// float next to 1, 1/3, and random ones.
WordVectors awkwardVectors()
{
    const std::vector<std::string> words{"señorial", "canción", "niño", "el", "日本", "</s>",
                                         "año", "x"};
    arma::arma_rng::set_seed(3);
    arma::fmat v = arma::randn<arma::fmat>(words.size(), 5) * 3.0f;
    v(0, 0) = 1e-30f;
    v(0, 1) = -3.4e38f;
    v(0, 2) = -0.0f;
    v(0, 3) = std::numeric_limits<float>::denorm_min();
    v(0, 4) = std::nextafter(1.0f, 2.0f);
    v(1, 0) = 1.0f / 3.0f;
    v(1, 1) = 0.0f;
    return WordVectors(words, v);
}

bool identical(const WordVectors& a, const WordVectors& b)
{
    if (a.words() != b.words() || a.vectors().n_rows != b.vectors().n_rows
        || a.vectors().n_cols != b.vectors().n_cols)
        return false;
    // Bit for bit (−0 stays −0).
    return std::memcmp(a.vectors().memptr(), b.vectors().memptr(),
                       a.vectors().n_elem * sizeof(float)) == 0;
}

std::string binaryRecord(const std::string& word, std::initializer_list<float> values)
{
    std::string out = word + " ";
    for (const float v : values) {
        char bytes[4];
        std::memcpy(bytes, &v, 4); // little-endian machine (x86, ARM)
        out.append(bytes, 4);
    }
    return out;
}

// The message of the Error that parsing throws, or "" when it does not throw.
std::string parseError(const std::string& bytes)
{
    try {
        WordVectorFile::parse(bytes, "vectors.txt");
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

std::string projectorError(const std::string& vectors, const std::string& metadata)
{
    try {
        ProjectorTsvFile::parse(vectors, metadata, "vectors.tsv", "metadata.tsv");
    } catch (const Error& error) {
        return error.what();
    }
    return {};
}

} // namespace

class TestWordVectorFile : public QObject {
    Q_OBJECT
private slots:
    void textRoundTripIsExact()
    {
        const WordVectors original = awkwardVectors();
        const std::string text = WordVectorFile::toBytes(original, WordVectorFormat::Word2VecText);
        QVERIFY(text.starts_with("8 5\nseñorial "));
        QCOMPARE(WordVectorFile::detect(text, "t"), WordVectorFormat::Word2VecText);
        QVERIFY(identical(WordVectorFile::parse(text, "t"), original));
        // And the text itself is stable: writing what was read gives the same bytes.
        QCOMPARE(WordVectorFile::toBytes(WordVectorFile::parse(text, "t"), WordVectorFormat::Word2VecText),
                 text);
    }

    void binaryRoundTripIsExact()
    {
        const WordVectors original = awkwardVectors();
        const std::string bytes = WordVectorFile::toBytes(original, WordVectorFormat::Word2VecBinary);
        // "8 5\n", then per word a space, 20 bytes and "\n", and the words' 39 UTF-8 bytes.
        QCOMPARE(bytes.size(), std::size_t(4) + 8 * (1 + 5 * 4 + 1) + 39);
        QCOMPARE(WordVectorFile::detect(bytes, "b"), WordVectorFormat::Word2VecBinary);
        QVERIFY(identical(WordVectorFile::parse(bytes, "b"), original));
    }

    void gloveRoundTripIsExact()
    {
        const WordVectors original = awkwardVectors();
        const std::string text = WordVectorFile::toBytes(original, WordVectorFormat::GloveText);
        QVERIFY(text.starts_with("señorial "));
        QCOMPARE(WordVectorFile::detect(text, "g"), WordVectorFormat::GloveText);
        QVERIFY(identical(WordVectorFile::parse(text, "g"), original));
    }

    void projectorRoundTripIsExact()
    {
        const WordVectors original = awkwardVectors();
        const std::string vectors = ProjectorTsvFile::vectorsText(original);
        const std::string metadata = ProjectorTsvFile::metadataText(original);
        QVERIFY(metadata.starts_with("señorial\ncanción\n"));
        QVERIFY(vectors.find('\t') != std::string::npos && vectors.find(' ') == std::string::npos);
        QVERIFY(identical(ProjectorTsvFile::parse(vectors, metadata, "v", "m"), original));
    }

    void roundTripsThroughFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path base = dir.path().toStdString();
        const WordVectors original = awkwardVectors();
        for (const WordVectorFormat format : {WordVectorFormat::Word2VecText,
                                              WordVectorFormat::Word2VecBinary,
                                              WordVectorFormat::GloveText}) {
            const auto path = base / ("vectors" + std::to_string(int(format)));
            WordVectorFile::write(original, path, format);
            QVERIFY(identical(WordVectorFile::read(path), original));          // detected
            QVERIFY(identical(WordVectorFile::read(path, format), original));  // told
        }
        ProjectorTsvFile::write(original, base / "vectors.tsv", base / "metadata.tsv");
        QVERIFY(identical(ProjectorTsvFile::read(base / "vectors.tsv", base / "metadata.tsv"), original));
        // A missing file names itself.
        try {
            WordVectorFile::read(base / "missing.vec");
            QFAIL("expected an Error");
        } catch (const Error& error) {
            QVERIFY(std::string(error.what()).find("missing.vec") != std::string::npos);
        }
    }

    void gloveWithoutHeader()
    {
        // GloVe's glove.6B.50d.txt layout: no header, a word and its values per line.
        const WordVectors glove = WordVectorFile::parse("the 0.418 0.24968 -0.41242\n"
                                                        ", 0.013441 0.23682 -0.16899\n"
                                                        "canción 1 2 3\n",
                                                        "glove.txt");
        QCOMPARE(glove.size(), std::size_t(3));
        QCOMPARE(glove.dimension(), std::size_t(3));
        QCOMPARE(glove.word(1), std::string(","));
        QCOMPARE(glove.vectors()(0, 2), -0.41242f);
        QCOMPARE(glove.vectors()(2, 1), 2.0f);
    }

    void fastTextVecWithTrailingSpacesAndCrlf()
    {
        // fastText writes "word v1 … vd " (a space before the line break); Windows adds \r.
        const WordVectors vec = WordVectorFile::parse("\xEF\xBB\xBF" "2 3\r\n"
                                                      "</s> 0.1 -0.2 0.3 \r\n"
                                                      "de 1e-3 +2 -3E2 \r\n\r\n",
                                                      "cc.es.vec");
        QCOMPARE(vec.words(), (std::vector<std::string>{"</s>", "de"}));
        QCOMPARE(vec.vectors()(1, 0), 0.001f);
        QCOMPARE(vec.vectors()(1, 1), 2.0f);
        QCOMPARE(vec.vectors()(1, 2), -300.0f);
    }

    void gensimBinaryWithoutLineBreaks()
    {
        // gensim's save_word2vec_format(binary=True) writes the records back to back.
        const std::string bytes = "2 2\n" + binaryRecord("uno", {1.5f, -2.0f})
                                  + binaryRecord("canción", {0.25f, 8.0f});
        QCOMPARE(WordVectorFile::detect(bytes, "b"), WordVectorFormat::Word2VecBinary);
        const WordVectors vectors = WordVectorFile::parse(bytes, "gensim.bin");
        QCOMPARE(vectors.words(), (std::vector<std::string>{"uno", "canción"}));
        QCOMPARE(vectors.vectors()(0, 1), -2.0f);
        QCOMPARE(vectors.vectors()(1, 0), 0.25f);
    }

    void badTextInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // substrings, '|'-separated

        QTest::newRow("empty") << QByteArray("") << "vectors.txt|empty";
        QTest::newRow("blank lines only") << QByteArray("\n \n\r\n") << "empty";
        QTest::newRow("header only") << QByteArray("2 3\n") << "line 1|more than";
        QTest::newRow("zero words") << QByteArray("0 3\n") << "line 1|no vectors";
        QTest::newRow("zero dimension") << QByteArray("3 0\na\nb\nc\n") << "line 1|no vectors";
        QTest::newRow("header says more words")
            << QByteArray("3 2\na 1 2\nb 3 4\n") << "announces 3 words, the file has 2";
        QTest::newRow("header says fewer words")
            << QByteArray("1 2\na 1 2\nb 3 4\n") << "line 3|announces 1 words";
        QTest::newRow("header dimension differs")
            << QByteArray("2 3\na 1 2\nb 3 4\n") << "line 2|has 2 values, the vectors have 3";
        QTest::newRow("mixed dimensions")
            << QByteArray("3 2\na 1 2\nb 3 4 5\nc 6 7\n") << "line 3|“b”|has 3 values";
        QTest::newRow("mixed dimensions GloVe")
            << QByteArray("a 1 2\nb 3\n") << "line 2|has 1 values, the vectors have 2 (line 1)";
        QTest::newRow("not a number") << QByteArray("2 2\na 1 2\nb 3 x4\n")
                                      << "line 3|value 2|“x4”|not a number";
        QTest::newRow("comma decimal") << QByteArray("1 2\na 1,5 2\n") << "line 2|not a number";
        QTest::newRow("NaN") << QByteArray("2 2\na 1 2\nb nan 4\n") << "line 3|value 1|NaN";
        QTest::newRow("infinity") << QByteArray("a 1 -inf\n") << "line 1|value 2|infinite";
        QTest::newRow("float overflow") << QByteArray("a 1 1e39\n") << "line 1|float range";
        QTest::newRow("duplicate word")
            << QByteArray("3 2\na 1 2\nb 3 4\na 5 6\n") << "line 4|“a” repeats (first on line 2)";
        QTest::newRow("absurd header")
            << QByteArray("999999999999 300\na 1 2\n") << "line 1|999999999999 words|more than";
        QTest::newRow("absurd dimension")
            << QByteArray("1 18446744073709551615\na 1 2\n") << "line 1|more than";
        QTest::newRow("word without values") << QByteArray("hola\n") << "line 1|expected a header";
        QTest::newRow("header that is not numbers") << QByteArray("2 3 x\na 1 2\n")
                                                    << "line 1|“x”|not a number"; // GloVe: the word "2"
    }

    void badTextInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString message = QString::fromStdString(parseError(bytes.toStdString()));
        QVERIFY2(!message.isEmpty(), "no Error thrown");
        for (const QString& part : expected.split('|'))
            QVERIFY2(message.contains(part), qPrintable(message + "  (expected: " + part + ")"));
    }

    void badBinaryInputs()
    {
        const std::string good = "2 2\n" + binaryRecord("uno", {1.5f, -2.0f}) + "\n"
                                 + binaryRecord("dos", {0.5f, 3.0f}) + "\n";
        QVERIFY(parseError(good).empty());
        const auto expectError = [](const std::string& bytes, std::initializer_list<const char*> parts) {
            const std::string message = parseError(bytes);
            if (message.empty())
                return std::string("no Error thrown");
            for (const char* part : parts)
                if (message.find(part) == std::string::npos)
                    return "“" + message + "” lacks “" + part + "”";
            return std::string();
        };
        // Truncated inside the last vector, and right after the first.
        std::string check = expectError(good.substr(0, good.size() - 3),
                                        {"vectors.txt", "word 2 of 2", "truncated", "“dos”", "6 of its 8 bytes"});
        QVERIFY2(check.empty(), check.c_str());
        check = expectError("2 2\n" + binaryRecord("uno", {1.5f, -2.0f}) + "\n" + "dos",
                            {"line 1", "more than the 16 bytes"}); // 2 records need 2 × 10 bytes
        QVERIFY2(check.empty(), check.c_str());
        check = expectError("3 2\n" + binaryRecord("uno", {1.5f, -2.0f}) + binaryRecord("dos", {1, 2})
                                + binaryRecord("tres", {1, 2}).substr(0, 4) + std::string(9, '\x01'),
                            {"word 3 of 3", "truncated"});
        QVERIFY2(check.empty(), check.c_str());
        // NaN and infinity.
        check = expectError("2 2\n" + binaryRecord("uno", {1.5f, std::nanf("")}) + binaryRecord("dos", {1, 2}),
                            {"word 1 of 2", "value 2", "“uno”", "NaN"});
        QVERIFY2(check.empty(), check.c_str());
        check = expectError("1 2\n" + binaryRecord("uno", {INFINITY, 1}), {"infinite"});
        QVERIFY2(check.empty(), check.c_str());
        // A repeated word, more data than the header says, an absurd header.
        check = expectError("2 2\n" + binaryRecord("uno", {1, 2}) + binaryRecord("uno", {3, 4}),
                            {"word 2 of 2", "“uno” repeats (first as word 1)"});
        QVERIFY2(check.empty(), check.c_str());
        check = expectError("1 2\n" + binaryRecord("uno", {1, 2}) + binaryRecord("dos", {3, 4}),
                            {"announces 1 words", "more data follows"});
        QVERIFY2(check.empty(), check.c_str());
        check = expectError("4000000000 300\n" + binaryRecord("uno", {1, 2}),
                            {"line 1", "4000000000 words of dimension 300", "more than"});
        QVERIFY2(check.empty(), check.c_str());
        // Told it is binary, a file whose first line is not a header.
        try {
            WordVectorFile::parse("uno 1 2\n", "x.bin", WordVectorFormat::Word2VecBinary);
            QFAIL("expected an Error");
        } catch (const Error& error) {
            QVERIFY(std::string(error.what()).find("x.bin: line 1") != std::string::npos);
        }
    }

    void badProjectorInputs()
    {
        QVERIFY(projectorError("1\t2\n3\t4\n", "a\nb\n").empty());
        const auto contains = [](const std::string& message, std::initializer_list<const char*> parts) {
            if (message.empty())
                return false;
            for (const char* part : parts)
                if (message.find(part) == std::string::npos)
                    return false;
            return true;
        };
        QVERIFY(contains(projectorError("", "a\n"), {"vectors.tsv", "empty"}));
        QVERIFY(contains(projectorError("1\t2\n3\t4\t5\n", "a\nb\n"),
                         {"vectors.tsv: line 2", "has 3 values, line 1 has 2"}));
        QVERIFY(contains(projectorError("1\t2\n3\tzz\n", "a\nb\n"),
                         {"vectors.tsv: line 2", "“zz”", "not a number"}));
        QVERIFY(contains(projectorError("1\tNaN\n", "a\n"), {"line 1", "NaN"}));
        QVERIFY(contains(projectorError("1\t2\n3\t4\n", "a\nb\nc\n"),
                         {"metadata.tsv", "3 words", "2 vectors"}));
        QVERIFY(contains(projectorError("1\t2\n3\t4\n", "a\na\n"),
                         {"metadata.tsv: line 2", "“a” repeats (first on line 1)"}));
        QVERIFY(contains(projectorError("1\t2\n\n3\t4\n", "a\nb\n"), {"vectors.tsv: line 2", "empty"}));
        QVERIFY(contains(projectorError("1\t2\n3\t4\n", "a\n\n"), {"metadata.tsv: line 2", "empty"}));
        // Several metadata columns: a header row, words from the "word" column.
        const WordVectors labelled = ProjectorTsvFile::parse(
            "1\t2\n3\t4\n", "frequency\tWord\n10\tcanción\n7\tniño\n", "v", "m");
        QCOMPARE(labelled.words(), (std::vector<std::string>{"canción", "niño"}));
        QVERIFY(contains(projectorError("1\t2\n3\t4\n", "word\tfreq\na\t1\nb\n"),
                         {"metadata.tsv: line 3", "1 columns, the header has 2"}));
    }

    void readingReportsProgressAndStops()
    {
        std::string text = "5000 2\n";
        for (int i = 0; i < 5000; ++i)
            text.append("w").append(std::to_string(i)).append(" 1 2\n");
        double lastFraction = -1.0;
        std::size_t reports = 0;
        std::stop_source running;
        JobContext job(running.get_token(), [&](const JobProgress& progress) {
            lastFraction = progress.fraction;
            ++reports;
        });
        QCOMPARE(WordVectorFile::parse(text, "v", &job).size(), std::size_t(5000));
        QVERIFY(reports >= 1 && lastFraction > 0.0 && lastFraction < 1.0);
        std::stop_source stopped;
        stopped.request_stop();
        JobContext cancelled(stopped.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, WordVectorFile::parse(text, "v", &cancelled));
        const std::string binary = WordVectorFile::toBytes(WordVectorFile::parse(text, "v"),
                                                           WordVectorFormat::Word2VecBinary);
        QVERIFY_THROWS_EXCEPTION(JobCancelled, WordVectorFile::parse(binary, "b", &cancelled));
    }

    void unwritableWords()
    {
        const WordVectors spaced({"new york", "b"}, arma::fmat(2, 2, arma::fill::ones));
        QVERIFY_THROWS_EXCEPTION(Error, WordVectorFile::toBytes(spaced, WordVectorFormat::Word2VecText));
        QVERIFY_THROWS_EXCEPTION(Error, WordVectorFile::toBytes(spaced, WordVectorFormat::Word2VecBinary));
        // The projector's metadata separates by tabs and lines only: a space is fine there.
        QCOMPARE(ProjectorTsvFile::metadataText(spaced), std::string("new york\nb\n"));
        const WordVectors tabbed({"a\tb", "c"}, arma::fmat(2, 2, arma::fill::ones));
        QVERIFY_THROWS_EXCEPTION(Error, ProjectorTsvFile::metadataText(tabbed));
    }
};

QTEST_APPLESS_MAIN(TestWordVectorFile)
#include "tst_wordvectorfile.moc"
