// lengua-cli word2vec, ppmi-svd, evaluate and project run as a user runs them: vectors
// trained on a corpus of two planted word families (tests/data/embeddings/families.txt)
// written in frequency order, similarity and analogy scores worked out by hand on a
// hand-made vector file, a PCA projection in file order, and bad input ({"error"} on
// stderr, exit 1, or 2 for a mistake in the command line).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "support/CliProcess.h"

#include <cmath>

namespace {

Run run(const QStringList& arguments)
{
    return runProcess(QStringLiteral(LENGUA_CLI_PATH), arguments, 120000);
}

const QString families = QStringLiteral(LENGUA_TEST_DATA_DIR "/embeddings/families.txt");

// Word counts of a file of sentences, split on white space as the commands do.
QMap<QString, int> countWords(const QString& path, bool lowercase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QMap<QString, int> counts;
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString& word : text.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts))
        ++counts[lowercase ? word.toLower() : word];
    return counts;
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The hand-made store of the evaluation tests (3-D, in this order):
//   man (1,0,0), woman (0,1,0), king (1,0,1), queen (0,1,1), apple (0,0,-1).
const QByteArray handVectors = "5 3\nman 1 0 0\nwoman 0 1 0\nking 1 0 1\nqueen 0 1 1\napple 0 0 -1\n";

} // namespace

class TestCliEmbeddings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes) { return writeFile(m_dir, name, bytes); }

    // The first line "V dim", then V rows of a word and dim numbers, in order of falling
    // count (ties alphabetical, as the vocabulary sorts them).
    void checkVectorFile(const QString& path, int vocabulary, int dimension,
                         const QMap<QString, int>& counts)
    {
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), vocabulary + 1);
        QCOMPARE(lines.first(), QString("%1 %2").arg(vocabulary).arg(dimension));
        int previousCount = std::numeric_limits<int>::max();
        QString previousWord;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(' ', Qt::SkipEmptyParts);
            QCOMPARE(fields.size(), dimension + 1);
            for (int d = 1; d <= dimension; ++d) {
                bool ok = false;
                QVERIFY(std::isfinite(fields[d].toDouble(&ok)) && ok);
            }
            const int count = counts.value(fields[0]);
            QVERIFY2(count > 0, qPrintable(fields[0]));
            QVERIFY2(count < previousCount || (count == previousCount && fields[0] > previousWord),
                     qPrintable(lines[i].left(30)));
            previousCount = count;
            previousWord = fields[0];
        }
    }

private slots:
    void word2vecWritesTheVectorsInFrequencyOrder()
    {
        const QString output = m_dir.filePath("families.vec");
        const Run r = run({"word2vec", "--input", families, "--model", "sg", "--dim", "8",
                           "--window", "3", "--negative", "5", "--min-count", "2", "--sample", "0",
                           "--epochs", "3", "--threads", "1", "--seed", "7", "--output", output});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = parseObject(r.out);
        // families.txt: 400 lines of 10 words; 30 distinct spellings, the capitalised ones
        // ("Cat" 4, "Car" 3, "Van" 2, and three seen once) kept apart without --lowercase,
        // so 27 reach two occurrences.
        QCOMPARE(o.value("vocab").toInt(), 27);
        QCOMPARE(o.value("words").toInt(), 4000);
        QCOMPARE(o.value("sentences").toInt(), 400);
        for (const char* key : {"words_per_second", "seconds", "train_seconds", "read_seconds", "final_loss"})
            QVERIFY2(o.value(key).isDouble() && o.value(key).toDouble() >= 0.0, key);
        QVERIFY(o.value("final_loss").toDouble() > 0.0);
        QCOMPARE(o.value("epoch_losses").toArray().size(), 3);
        checkVectorFile(output, 27, 8, countWords(families, false));
    }

    void word2vecLowercaseCbowAndBinary()
    {
        const QString output = m_dir.filePath("families.bin");
        const Run r = run({"word2vec", "--input", families, "--model", "cbow", "--dim", "6",
                           "--min-count", "1", "--epochs", "1", "--alpha", "0.05", "--lowercase",
                           "--binary", "--output", output});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value("model").toString(), "cbow");
        QCOMPARE(o.value("vocab").toInt(), 24); // 12 words and 12 contexts once folded
        QCOMPARE(o.value("format").toString(), "word2vec-binary");
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), QByteArray("24 6\n"));
        // "grass" (418 times) is the most frequent word; its 6 float32 values follow.
        QCOMPARE(file.read(6), QByteArray("grass "));
        file.close();
        // The binary file reads back (format detected) with the same counts.
        const Run e = run({"evaluate", "--vectors", output, "--similarity",
                           write("cat-dog.txt", "cat\tdog\t1\ncat\tcar\t0\n")});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QCOMPARE(parseObject(e.out).value("vocab").toInt(), 24);
        QCOMPARE(parseObject(e.out).value("dim").toInt(), 6);
    }

    void ppmiSvdWritesTheVectorsInFrequencyOrder()
    {
        const QString output = m_dir.filePath("families-ppmi.txt");
        const Run r = run({"ppmi-svd", "--input", families, "--dim", "5", "--window", "2",
                           "--min-count", "1", "--lowercase", "--output", output});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value("vocab").toInt(), 24);
        QCOMPARE(o.value("words").toInt(), 4000);
        QCOMPARE(o.value("singular_values").toArray().size(), 5);
        checkVectorFile(output, 24, 5, countWords(families, true));

        // The two families never share a context, so pairs within a family (human score
        // 10) get higher cosines than pairs across (0). With those ties in the scores, a
        // perfect separation gives ρ = 0.866 (ranks 6.5 and 2.5 against 5–8 and 1–4); any
        // across pair above a within pair brings it to 0.76 or less.
        const QString pairs = write("families-pairs.txt",
                                    "cat\tdog\t10\ncar\tbus\t10\ncow\tsheep\t10\ntruck\tvan\t10\n"
                                    "cat\tcar\t0\ndog\tbus\t0\ncow\ttruck\t0\nsheep\tvan\t0\n");
        const Run e = run({"evaluate", "--vectors", output, "--similarity", pairs});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        const QJsonObject score = parseObject(e.out);
        QCOMPARE(score.value("covered").toInt(), 8);
        QVERIFY2(score.value("spearman").toDouble() > 0.8, e.out.constData());
    }

    void similarityWorkedOutByHand()
    {
        // Cosines on the hand-made store: man–king 1/√2, King–queen 1/2 (case-insensitive),
        // man–woman 0, apple–king −1/√2; man–girl is not covered. Human scores 9, 6, 7, 1:
        // ranks of the cosines 4 3 2 1, of the scores 4 2 3 1, d² = 0 1 1 0, so
        // ρ = 1 − 6·2 / (4·(16 − 1)) = 0.8; coverage 4/5.
        const QString vectors = write("hand.txt", handVectors);
        const QString pairs = write("pairs.txt", "# word1\tword2\tscore\nman\tking\t9\n"
                                                 "King\tqueen\t6\nman\twoman\t7\napple\tking\t1\n"
                                                 "man\tgirl\t5\n");
        const Run r = run({"evaluate", "--vectors", vectors, "--similarity", pairs});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = parseObject(r.out);
        QVERIFY(std::abs(o.value("spearman").toDouble() - 0.8) < 1e-12);
        QCOMPARE(o.value("coverage").toDouble(), 0.8);
        QCOMPARE(o.value("pairs").toInt(), 5);
        QCOMPARE(o.value("covered").toInt(), 4);
    }

    void analogiesWorkedOutByHand()
    {
        // man : woman :: king : ?  b̂ − â + ĉ = (1/√2 − 1, 1, 1/√2): queen's cosine 0.96,
        // apple's negative → queen, right. MAN : king :: Woman : ? gives the same target
        // (and the case folds) → queen, right. woman : queen :: man : apple? The target
        // (1, −0.29, 0.71) is closest to king → wrong. man : woman :: boy : girl is not
        // covered. 3CosMul (ε = 0.001, cosines shifted to [0, 1]) picks the same answers:
        // queen 0.854·0.75/0.501 = 1.28 against apple 0.5·0.146/0.501 = 0.15, and king over
        // apple for the third.
        const QString vectors = write("hand-analogies.txt", handVectors);
        const QString questions = write("questions.txt", ": family\nman woman king queen\n"
                                                         "MAN king Woman queen\n"
                                                         "man woman boy girl\n"
                                                         ": gram-test\nwoman queen man apple\n");
        for (const QString method : {"cosadd", "cosmul"}) {
            const Run r = run({"evaluate", "--vectors", vectors, "--analogies", questions,
                               "--method", method});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject o = parseObject(r.out);
            QCOMPARE(o.value("method").toString(), method);
            QVERIFY(std::abs(o.value("accuracy").toDouble() - 2.0 / 3.0) < 1e-12);
            QCOMPARE(o.value("coverage").toDouble(), 0.75);
            QCOMPARE(o.value("questions").toInt(), 4);
            QCOMPARE(o.value("correct").toInt(), 2);
            const QJsonArray sections = o.value("sections").toArray();
            QCOMPARE(sections.size(), 2);
            const QJsonObject family = sections[0].toObject();
            QCOMPARE(family.value("name").toString(), "family");
            QCOMPARE(family.value("questions").toInt(), 3);
            QCOMPARE(family.value("covered").toInt(), 2);
            QCOMPARE(family.value("accuracy").toDouble(), 1.0);
            const QJsonObject grammar = sections[1].toObject();
            QCOMPARE(grammar.value("name").toString(), "gram-test");
            QCOMPARE(grammar.value("accuracy").toDouble(), 0.0);
            QCOMPARE(o.value("semantic").toObject().value("correct").toInt(), 2);
            QCOMPARE(o.value("syntactic").toObject().value("covered").toInt(), 1);
        }
    }

    void projectPcaWritesThePointsInFileOrder()
    {
        // Twelve words in two tight groups of 3-D points; --top 11 keeps the first eleven.
        QByteArray text = "12 3\n";
        for (int i = 0; i < 12; ++i) {
            const double offset = 0.01 * i;
            text += (i % 2 ? "left" : "right") + QByteArray::number(i) + ' '
                + QByteArray::number(i % 2 ? -1.0 : 1.0) + ' ' + QByteArray::number(offset) + ' '
                + QByteArray::number(0.5 + offset) + '\n';
        }
        const QString vectors = write("groups.txt", text);
        const QString output = m_dir.filePath("coords.tsv");
        const Run r = run({"project", "--vectors", vectors, "--method", "pca", "--top", "11",
                           "--seed", "3", "--output", output});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value("points").toInt(), 11);
        QCOMPARE(o.value("method").toString(), "pca");
        QVERIFY(o.value("seconds").toDouble() >= 0.0);
        const double trust = o.value("trustworthiness").toDouble();
        QVERIFY2(trust > 0.5 && trust <= 1.0, r.out.constData());
        const QStringList lines = readLines(output);
        QCOMPARE(lines.size(), 11);
        for (int i = 0; i < 11; ++i) {
            const QStringList fields = lines[i].split('\t');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields[0], QString(i % 2 ? "left%1" : "right%1").arg(i));
            bool okX = false, okY = false;
            const double x = fields[1].toDouble(&okX);
            fields[2].toDouble(&okY);
            QVERIFY(okX && okY);
            // The first component separates the two groups (x = ±1 before normalising):
            // every left point is on the other side of every right point.
            const double first = lines[0].split('\t')[1].toDouble();
            QVERIFY((i % 2 == 0) == (x * first > 0.0));
        }
    }

    void badVectorFiles()
    {
        const QString questions = write("q.txt", "man woman king queen\n");
        expectError(run({"evaluate", "--vectors", write("header.txt", "3 2\na 1 2\nb 3 4\n"),
                         "--analogies", questions}),
                    "the header announces 3 words");
        expectError(run({"evaluate", "--vectors", write("mixed.txt", "2 2\na 1 2\nb 1 2 3\n"),
                         "--analogies", questions}),
                    "has 3 values");
        expectError(run({"evaluate", "--vectors", write("nan.txt", "2 2\na nan 1\nb 1 1\n"),
                         "--similarity", write("p.txt", "a\tb\t1\n")}),
                    "NaN");
        QByteArray truncated = "2 3\na ";
        const float one = 1.0f;
        for (int i = 0; i < 3; ++i)
            truncated.append(reinterpret_cast<const char*>(&one), 4);
        truncated += "b ";
        truncated.append(reinterpret_cast<const char*>(&one), 4);
        expectError(run({"evaluate", "--vectors", write("truncated.bin", truncated), "--analogies",
                         questions}),
                    "truncated");
        expectError(run({"evaluate", "--vectors", m_dir.filePath("absent.txt"), "--analogies",
                         questions}),
                    "absent.txt");
    }

    void projectionRefusesTooFewPoints()
    {
        expectError(run({"project", "--vectors", write("mixed-project.txt", "2 2\na 1 2\nb 1 2 3\n"),
                         "--output", m_dir.filePath("mixed.tsv")}),
                    "has 3 values");
        const QString vectors = write("few.txt", handVectors); // 5 points
        expectError(run({"project", "--vectors", vectors, "--method", "tsne", "--perplexity", "30",
                         "--output", m_dir.filePath("few-tsne.tsv")}),
                    "perplexity");
        expectError(run({"project", "--vectors", vectors, "--method", "umap", "--neighbors", "15",
                         "--output", m_dir.filePath("few-umap.tsv")}),
                    "neighbo");
    }

    void badCommandLines()
    {
        const QString out = m_dir.filePath("never.txt");
        expectError(run({"word2vec", "--input", families, "--output", out, "--min-count", "100000"}),
                    "vocabulary is empty");
        expectError(run({"ppmi-svd", "--input", families, "--output", out, "--min-count", "100000"}),
                    "minimum count");
        expectError(run({"ppmi-svd", "--input", families, "--output", out, "--min-count", "1",
                         "--dim", "100"}),
                    "smaller than the vocabulary");
        expectError(run({"word2vec", "--input", families}), "--output is required", 2);
        expectError(run({"word2vec", "--input", families, "--output", out, "--dim", "0"}), "--dim", 2);
        expectError(run({"word2vec", "--input", families, "--output", out, "--epochs", "-1"}),
                    "--epochs", 2);
        expectError(run({"word2vec", "--input", families, "--output", out, "--model", "glove"}),
                    "--model", 2);
        expectError(run({"word2vec", "--input", families, "--output", out, "--sample", "2"}),
                    "--sample", 2);
        expectError(run({"word2vec", "--input", m_dir.filePath("absent.txt"), "--output", out}),
                    "cannot open", 2);
        expectError(run({"evaluate", "--vectors", out}), "--similarity", 2);
        expectError(run({"evaluate", "--vectors", out, "--similarity", "a", "--analogies", "b"}),
                    "one of", 2);
        expectError(run({"evaluate", "--vectors", out, "--analogies", "b", "--method", "cos3"}),
                    "--method", 2);
        expectError(run({"project", "--vectors", out, "--output", out, "--method", "mds"}),
                    "--method", 2);
        expectError(run({"project", "--vectors", out, "--output", out, "--top", "0"}), "--top", 2);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliEmbeddings)
#include "tst_cli_embeddings.moc"
