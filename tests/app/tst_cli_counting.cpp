// lengua-cli cooc, similarity and tfidf run as a user runs them: the lecture's table, a
// co-occurrence matrix counted by hand, and bad input ({"error"} on stderr, exit 1).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "support/CliProcess.h"

#include <cmath>

namespace {

Run run(const QStringList& arguments)
{
    return runProcess(QStringLiteral(LENGUA_CLI_PATH), arguments);
}

double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

} // namespace

class TestCliCounting : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text) { return writeFile(m_dir, name, text); }

private slots:
    void similarityOfTheLectureTable()
    {
        // Jurafsky & Martin 3rd ed. §6.4; the lecture clase-5 "Medida de similaridad".
        const QString table = write("lecture.csv", ",pie,data,computer\ncherry,442,8,2\n"
                                                   "digital,5,1683,1670\ninformation,5,3982,3325\n");
        const Run r = run({"similarity", "--counts", table, "--pairs",
                           "cherry:information,digital:information"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject cosine = parseObject(r.out).value("cosine").toObject();
        QCOMPARE(cosine.size(), 2);
        QCOMPARE(rounded(cosine.value("cherry:information").toDouble()), 0.018);
        QCOMPARE(rounded(cosine.value("digital:information").toDouble()), 0.996);
    }

    void tfidfByHand()
    {
        // idf = log10(3/df): el in every document -> 0; gato (d1 only) log10 3; perro
        // (d2, d3) log10 1.5. tfidf(perro, d2) = log10(1 + 9) · log10 1.5.
        const QString table = write("td.csv", "term,d1,d2,d3\nel,3,1,2\ngato,2,0,0\nperro,0,9,1\n");
        const Run r = run({"tfidf", "--counts", table});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        const QJsonObject idf = o.value("idf").toObject();
        QCOMPARE(idf.value("el").toDouble(), 0.0);
        QVERIFY(std::abs(idf.value("gato").toDouble() - std::log10(3.0)) < 1e-9);
        QVERIFY(std::abs(idf.value("perro").toDouble() - std::log10(1.5)) < 1e-9);
        const QJsonArray perro = o.value("tfidf").toObject().value("perro").toArray();
        QCOMPARE(perro.size(), 3);
        QCOMPARE(perro[0].toDouble(), 0.0);
        QVERIFY(std::abs(perro[1].toDouble() - std::log10(1.5)) < 1e-9);
        QVERIFY(std::abs(perro[2].toDouble() - std::log10(2.0) * std::log10(1.5)) < 1e-9);
        const QJsonArray el = o.value("tfidf").toObject().value("el").toArray();
        for (const auto& value : el)
            QCOMPARE(value.toDouble(), 0.0);
    }

    void coocCountedByHand()
    {
        // "a b c a" / "b a" (each line a sentence). Window 2: a–b 3, a–c 2, b–c 1; with 1/d
        // weighting a–b 1 + 1/2 + 1 = 2.5, a–c 1/2 + 1 = 1.5. --lowercase folds "A".
        const QString corpus = write("tiny.txt", "A b  c a\n\nb\ta\n");
        Run r = run({"cooc", "--input", corpus, "--window", "2", "--weighting", "count",
                     "--words", "c,a,b", "--lowercase"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value("words").toArray(), QJsonArray({"c", "a", "b"}));
        const QJsonArray matrix = o.value("matrix").toArray();
        QCOMPARE(matrix.size(), 3);
        QCOMPARE(matrix[0].toArray(), QJsonArray({0.0, 2.0, 1.0}));
        QCOMPARE(matrix[1].toArray(), QJsonArray({2.0, 0.0, 3.0}));
        QCOMPARE(matrix[2].toArray(), QJsonArray({1.0, 3.0, 0.0}));

        r = run({"cooc", "--input", corpus, "--window", "2", "--weighting", "count", "--words",
                 "a,b,c", "--lowercase", "--distance-weighting"});
        QCOMPARE(r.exitCode, 0);
        o = parseObject(r.out);
        QCOMPARE(o.value("matrix").toArray()[0].toArray(), QJsonArray({0.0, 2.5, 1.5}));

        // Without --lowercase "A" is its own word, seen once with b (window 1).
        r = run({"cooc", "--input", corpus, "--window", "1", "--weighting", "count", "--words", "A,b"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parseObject(r.out).value("matrix").toArray()[0].toArray(), QJsonArray({0.0, 1.0}));
    }

    void coocWeightings()
    {
        // PPMI of the window-1 counts a–b 2, a–c 1, b–c 1 (total 8; row sums a 3, b 3, c 2):
        // PPMI(a, b) = log2((2/8) / ((3/8)(3/8))) = log2(16/9) = .830075; a–c = log2(4/3).
        const QString corpus = write("tiny2.txt", "a b c a\nb a\n");
        Run r = run({"cooc", "--input", corpus, "--window", "1", "--weighting", "ppmi", "--words", "a,b,c"});
        QCOMPARE(r.exitCode, 0);
        QJsonArray matrix = parseObject(r.out).value("matrix").toArray();
        QVERIFY(std::abs(matrix[0].toArray()[1].toDouble() - std::log2(16.0 / 9.0)) < 1e-9);
        QVERIFY(std::abs(matrix[0].toArray()[2].toDouble() - std::log2(4.0 / 3.0)) < 1e-9);
        QCOMPARE(matrix[0].toArray()[0].toDouble(), 0.0);
        // tfidf: the context columns are the documents (N = 3). a appears in the columns of
        // b and c (df 2), so idf(a) = log10(3/2); tfidf(a, b) = log10(1 + 2) · log10 1.5.
        r = run({"cooc", "--input", corpus, "--window", "1", "--weighting", "tfidf", "--words", "a,b"});
        QCOMPARE(r.exitCode, 0);
        matrix = parseObject(r.out).value("matrix").toArray();
        QVERIFY(std::abs(matrix[0].toArray()[1].toDouble() - std::log10(3.0) * std::log10(1.5)) < 1e-9);
    }

    void badInput()
    {
        const QString table = write("lecture2.csv", ",pie,data\ncherry,442,8\ndigital,5,1683\n");
        expectError(run({"similarity", "--counts", table, "--pairs", "cherri:digital"}), "closest: \"cherry\"");
        expectError(run({"similarity", "--counts", table, "--pairs", "cherry-digital"}), "a:b");
        expectError(run({"similarity", "--counts", table}), "--pairs is required");
        const QString ragged = write("ragged.csv", ",pie,data\ncherry,442\n");
        expectError(run({"similarity", "--counts", ragged, "--pairs", "cherry:cherry"}), "ragged.csv: line 2");
        const QString negative = write("negative.csv", ",d1\nx,-3\n");
        expectError(run({"tfidf", "--counts", negative}), "negative.csv: line 2");
        expectError(run({"tfidf", "--counts", m_dir.filePath("missing.csv")}), "missing.csv");

        const QString corpus = write("tiny3.txt", "el perro mordió al hombre\n");
        expectError(run({"cooc", "--input", corpus, "--window", "2", "--weighting", "count",
                         "--words", "perro,hombres"}), "closest: \"hombre\"");
        expectError(run({"cooc", "--input", corpus, "--window", "0", "--weighting", "count", "--words", "perro"}),
                    "window");
        expectError(run({"cooc", "--input", corpus, "--window", "two", "--weighting", "count", "--words", "perro"}),
                    "--window");
        expectError(run({"cooc", "--input", corpus, "--window", "2", "--weighting", "bm25", "--words", "perro"}),
                    "--weighting");
        expectError(run({"cooc", "--input", corpus, "--window", "2", "--weighting", "count", "--words", "perro,,el"}),
                    "empty word");
        expectError(run({"cooc", "--input", corpus, "--window", "2", "--weighting", "count"}), "--words");
        const QString empty = write("empty.txt", "\n \n");
        expectError(run({"cooc", "--input", empty, "--window", "2", "--weighting", "count", "--words", "a"}),
                    "no sentence");
        expectError(run({"cooc", "--input", corpus, "--window", "2", "--weighting", "count", "--words", "el",
                         "--bogus"}), "--bogus");
        expectError(run({"coocurrence"}), "unknown command", 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCounting)
#include "tst_cli_counting.moc"
