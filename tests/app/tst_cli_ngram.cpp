// `lengua-cli ngram` run as a user runs it, on small files written here: the JSON fields, a
// perplexity worked out by hand (add-1 bigrams), finite perplexities for every smoothed
// estimator even on held-out text made only of unknown words, MLE's infinite perplexity as
// valid JSON, and the bad-input cases (usage errors exit 2, others 1).
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

const QString cli = QStringLiteral(LENGUA_CLI_PATH);

Run run(const QStringList& arguments)
{
    return runProcess(cli, QStringList{QStringLiteral("ngram")} + arguments);
}

} // namespace

class TestCliNgram : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& content) { return writeFile(m_dir, name, content); }

    // The training text of the hand-worked case: "a b" and "b b".
    QString tinyTraining() { return file(QStringLiteral("tiny.txt"), "a b\n\n  b\tb  \n"); }

    QStringList base(const QString& train, const QString& eval, const QString& order,
                     const QString& smoothing)
    {
        return {QStringLiteral("--train"), train, QStringLiteral("--eval"), eval,
                QStringLiteral("--order"), order, QStringLiteral("--smoothing"), smoothing};
    }

    void expectUsageError(const QStringList& arguments, const QString& fragment, int status = 2)
    {
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == status,
                 qPrintable(QStringLiteral("exit %1, stderr %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY(r.out.isEmpty());
        const QString error = parseObject(r.err).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(fragment, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("'%1' lacks '%2'").arg(error, fragment)));
    }

private slots:
    // Add-1 bigrams, worked by hand. Training "a b", "b b" (the blank line is no sentence):
    // vocabulary <unk> <s> </s> b a, so V = 4 predictable types (<s> never is); N = 6
    // tokens counted (words and </s>), unigram counts a 1, b 3, </s> 2.
    // Bigram counts: <s> a 1, a b 1, b </s> 2, <s> b 1, b b 1; contexts C(<s>) 2, C(a) 1,
    // C(b) 3. Held out "a b" and "b c" (c unknown):
    //   P(a|<s>) = (1+1)/(2+4) = 2/6, P(b|a) = 2/5, P(</s>|b) = 3/7,
    //   P(b|<s>) = 2/6, P(<unk>|b) = (0+1)/(3+4) = 1/7,
    //   P(</s>|<unk>): the context <unk> was never seen, so the model falls back to the
    //   add-1 unigram (C(</s>)+1)/(N+V) = 3/10 (J&M's formula alone would give 1/V there);
    // product 1/1225 over 6 tokens: perplexity 1225^(1/6) ≈ 3.27107, OOV rate 1/6.
    void addOneBigramByHand()
    {
        const QString eval = file(QStringLiteral("eval.txt"), "a b\nb c\n");
        const Run r = run(base(tinyTraining(), eval, QStringLiteral("2"), QStringLiteral("addk"))
                          + QStringList{QStringLiteral("--k"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QCOMPARE(o.value("order").toInt(), 2);
        QCOMPARE(o.value("vocab").toInt(), 5);
        const QJsonArray byOrder = o.value("ngrams_by_order").toArray();
        QCOMPARE(byOrder.size(), 2);
        QCOMPARE(byOrder.at(1).toInt(), 5); // the five distinct bigrams above
        QCOMPARE(o.value("ngrams").toInt(), byOrder.at(0).toInt() + byOrder.at(1).toInt());
        QCOMPARE(o.value("tokens").toInt(), 6);
        QCOMPARE(o.value("sentences").toInt(), 2);
        const double expected = std::pow(1225.0, 1.0 / 6.0);
        QVERIFY2(std::abs(o.value("perplexity").toDouble() - expected) < 1e-9 * expected,
                 qPrintable(QString::number(o.value("perplexity").toDouble(), 'g', 17)));
        QVERIFY(std::abs(o.value("oov_rate").toDouble() - 1.0 / 6.0) < 1e-12);
        QVERIFY(o.value("seconds").toDouble() >= 0.0);
        QVERIFY(o.value("seconds").toDouble()
                >= o.value("train_seconds").toDouble() + o.value("eval_seconds").toDouble() - 1e-9);
        QVERIFY(!o.contains("note"));
    }

    // Every estimator but MLE gives a finite perplexity, even when the held-out text is
    // nothing but unknown words (scored as <unk>).
    void smoothedPerplexityIsFiniteOnUnknownWords_data()
    {
        QTest::addColumn<QString>("smoothing");
        QTest::addColumn<QString>("order");
        for (const char* smoothing : {"addk", "interp", "backoff", "kn", "mkn"}) {
            for (const char* order : {"1", "3", "5"})
                QTest::newRow(qPrintable(QStringLiteral("%1 order %2").arg(smoothing, order)))
                    << QString::fromLatin1(smoothing) << QString::fromLatin1(order);
        }
    }

    void smoothedPerplexityIsFiniteOnUnknownWords()
    {
        QFETCH(QString, smoothing);
        QFETCH(QString, order);
        const QString train = file(QStringLiteral("train.txt"),
                                   "el señorial chalet se encontraba a la izquierda\n"
                                   "la casa se encontraba a la derecha\n"
                                   "el chalet estaba a la izquierda de la casa\n"
                                   "la izquierda de la plaza\n"
                                   "el perro estaba en la casa\n");
        const QString unknown = file(QStringLiteral("unknown.txt"), "zzz qqq\nxxx\n");
        const Run r = run(base(train, unknown, order, smoothing));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        QVERIFY2(o.value("perplexity").isDouble(), r.out.constData());
        const double perplexity = o.value("perplexity").toDouble();
        QVERIFY2(std::isfinite(perplexity) && perplexity > 0.0, r.out.constData());
        QCOMPARE(o.value("tokens").toInt(), 5); // three words and two </s>
        QCOMPARE(o.value("unknown_tokens").toInt(), 3);
        QVERIFY(std::abs(o.value("oov_rate").toDouble() - 0.6) < 1e-12);
        QCOMPARE(o.value("order").toInt(), order.toInt());
        QVERIFY(o.value("ngrams").toInt() > 0);
        QCOMPARE(o.value("ngrams_by_order").toArray().size(), order.toInt());
        if (smoothing == QStringLiteral("interp")) {
            const QJsonArray lambdas = o.value("lambdas").toArray();
            QCOMPARE(lambdas.size(), order.toInt());
            double sum = 0.0;
            for (const auto& lambda : lambdas)
                sum += lambda.toDouble();
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
            QCOMPARE(o.value("tuning_sentences").toInt(), 1); // 10% of 5 lines, at least 1
        }
        // The same held out on a known sentence is far less perplexing for the normalised ones.
        if (smoothing != QStringLiteral("backoff")) {
            const QString known = file(QStringLiteral("known.txt"), "la casa se encontraba a la derecha\n");
            const Run k = run(base(train, known, order, smoothing));
            QCOMPARE(k.exitCode, 0);
            QVERIFY(parseObject(k.out).value("perplexity").toDouble() < perplexity);
        }
    }

    // MLE on an unseen bigram: JSON has no infinity, so perplexity is null with a note.
    void mleInfinitePerplexityIsValidJson()
    {
        const QString eval = file(QStringLiteral("unseen.txt"), "b a\n");
        const Run r = run(base(tinyTraining(), eval, QStringLiteral("2"), QStringLiteral("mle")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QVERIFY(o.value("perplexity").isNull());
        QVERIFY(o.value("zero_probability_tokens").toInt() >= 1);
        QVERIFY(o.value("note").toString().contains(QStringLiteral("infinite")));
        // A seen sentence under MLE: P(a|<s>) P(b|a) P(</s>|b) = 1/2 · 1 · 2/3 = 1/3.
        const Run seen = run(base(tinyTraining(), file(QStringLiteral("seen.txt"), "a b\n"),
                                  QStringLiteral("2"), QStringLiteral("mle")));
        const double perplexity = parseObject(seen.out).value("perplexity").toDouble();
        QVERIFY(std::abs(perplexity - std::cbrt(3.0)) < 1e-9);
    }

    void lowercaseFoldsBothFiles()
    {
        const QString train = file(QStringLiteral("upper.txt"), "El Chalet\nÁRBOL grande\n");
        const QString eval = file(QStringLiteral("lower.txt"), "el chalet\nárbol GRANDE\n");
        const QStringList arguments = base(train, eval, QStringLiteral("2"), QStringLiteral("kn"));
        const Run cased = run(arguments);
        QCOMPARE(cased.exitCode, 0);
        QCOMPARE(parseObject(cased.out).value("unknown_tokens").toInt(), 4);
        const Run folded = run(arguments + QStringList{QStringLiteral("--lowercase")});
        QCOMPARE(folded.exitCode, 0);
        QCOMPARE(parseObject(folded.out).value("unknown_tokens").toInt(), 0);
    }

    void minCountMakesRareWordsUnknown()
    {
        const QString eval = file(QStringLiteral("eval2.txt"), "a b\n");
        const Run r = run(base(tinyTraining(), eval, QStringLiteral("2"), QStringLiteral("mkn"))
                          + QStringList{QStringLiteral("--min-count"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        QCOMPARE(o.value("vocab").toInt(), 4); // a (seen once) is now <unk>
        QCOMPARE(o.value("unknown_tokens").toInt(), 1);
    }

    void badInput()
    {
        const QString train = tinyTraining();
        const QString eval = file(QStringLiteral("good-eval.txt"), "a b\n");
        const auto with = [&](const QString& order, const QString& smoothing) {
            return base(train, eval, order, smoothing);
        };
        expectUsageError(with(QStringLiteral("0"), QStringLiteral("kn")), QStringLiteral("--order"));
        expectUsageError(with(QStringLiteral("6"), QStringLiteral("kn")), QStringLiteral("between 1 and 5"));
        expectUsageError(with(QStringLiteral("three"), QStringLiteral("kn")), QStringLiteral("--order"));
        for (const char* discount : {"0", "1", "1.5", "-0.2", "nan"})
            expectUsageError(with(QStringLiteral("3"), QStringLiteral("kn"))
                                 + QStringList{QStringLiteral("--discount"), QString::fromLatin1(discount)},
                             QStringLiteral("--discount"));
        expectUsageError(with(QStringLiteral("3"), QStringLiteral("witten-bell")),
                         QStringLiteral("unknown --smoothing 'witten-bell'"));
        expectUsageError(with(QStringLiteral("3"), QStringLiteral("addk"))
                             + QStringList{QStringLiteral("--k"), QStringLiteral("0")},
                         QStringLiteral("--k"));
        expectUsageError(with(QStringLiteral("3"), QStringLiteral("kn"))
                             + QStringList{QStringLiteral("--min-count"), QStringLiteral("0")},
                         QStringLiteral("--min-count"));
        expectUsageError(base(m_dir.filePath(QStringLiteral("no-such-file.txt")), eval,
                              QStringLiteral("3"), QStringLiteral("kn")),
                         QStringLiteral("no-such-file.txt"));
        expectUsageError(base(train, m_dir.filePath(QStringLiteral("missing-eval.txt")),
                              QStringLiteral("3"), QStringLiteral("kn")),
                         QStringLiteral("missing-eval.txt"));
        expectUsageError({QStringLiteral("--train"), train, QStringLiteral("--order"), QStringLiteral("3"),
                          QStringLiteral("--smoothing"), QStringLiteral("kn")},
                         QStringLiteral("--eval is required"));
        expectUsageError(with(QStringLiteral("3"), QStringLiteral("kn")) + QStringList{QStringLiteral("--frobnicate")},
                         QStringLiteral("unknown option --frobnicate"));
        // An empty held-out set: an empty file, or one with blank lines only.
        for (const QByteArray& content : {QByteArray(), QByteArray("\n  \n\t\n")})
            expectUsageError(base(train, file(QStringLiteral("empty.txt"), content), QStringLiteral("3"),
                                  QStringLiteral("kn")),
                             QStringLiteral("holds no sentence"));
        // Nothing to train on is bad input, not a usage mistake.
        expectUsageError(base(file(QStringLiteral("empty-train.txt"), "\n\n"), eval, QStringLiteral("3"),
                              QStringLiteral("kn")),
                         QStringLiteral("holds no sentence"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliNgram)
#include "tst_cli_ngram.moc"
