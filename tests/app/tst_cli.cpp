// The two programs run as a user runs them: lengua-cli's JSON and errors, and the
// GUI's --screenshot mode under the offscreen platform.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "support/CliProcess.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace {

const QString cli = QStringLiteral(LENGUA_CLI_PATH);
const QString data = QStringLiteral(LENGUA_TEST_DATA_DIR);

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void corpusStatsCountedByHand()
    {
        const Run r = runProcess(cli, {QStringLiteral("corpus-stats"), QStringLiteral("--input"),
                                       data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--text-column"),
                                       QStringLiteral("text"), QStringLiteral("--label-column"),
                                       QStringLiteral("label")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        QVERIFY2(!o.isEmpty(), r.out.constData());
        // The same three texts as tst_corpusstatistics, counted there by hand.
        QCOMPARE(o.value("documents").toInt(), 3);
        QCOMPARE(o.value("sentences").toInt(), 3);
        QCOMPARE(o.value("tokens").toInt(), 11);
        QCOMPARE(o.value("types").toInt(), 8);
        QCOMPARE(o.value("characters").toInt(), 54);
        QCOMPARE(o.value("encoding").toString(), QStringLiteral("UTF-8"));
        const QJsonObject labels = o.value("labels").toObject();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.value("es").toInt(), 1);
        QCOMPARE(labels.value("en").toInt(), 1);
        QVERIFY(o.value("seconds").toDouble() >= 0.0);
        QVERIFY(o.contains("seconds"));
    }

    void preprocessCountsEachStep()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("out.txt"));
        const Run r = runProcess(cli, {QStringLiteral("preprocess"), QStringLiteral("--input"),
                                       data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--text-column"),
                                       QStringLiteral("text"), QStringLiteral("--lang"), QStringLiteral("es"),
                                       QStringLiteral("--steps"), QStringLiteral("clean,nfc,lower,sentences"),
                                       QStringLiteral("--output"), output});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseObject(r.out);
        QVERIFY2(!o.isEmpty(), r.out.constData());
        QCOMPARE(o.value("documents").toInt(), 3);
        // "El banco del parque." "El Banco cerró!" "the bank of the" (the "..." document
        // has no words, so no sentence).
        QCOMPARE(o.value("sentences").toInt(), 3);
        QCOMPARE(o.value("tokens_before").toInt(), 11);
        QCOMPARE(o.value("tokens_after").toInt(), 11);
        QCOMPARE(o.value("types_before").toInt(), 9); // "Banco" and "banco" differ before lower
        QCOMPARE(o.value("types_after").toInt(), 8);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("el banco del parque\nel banco cerró\nthe bank of the\n"));
        const Run bad = runProcess(cli, {QStringLiteral("preprocess"), QStringLiteral("--input"),
                                         data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--steps"),
                                         QStringLiteral("clean,frobnicate")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(parseObject(bad.err).value("error").toString().contains(QStringLiteral("frobnicate")));
    }

    void trainedTokenizerTokenizes()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("bpe.json"));
        const Run trained = runProcess(cli, {QStringLiteral("tokenizer-train"), QStringLiteral("--input"),
                                             data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--text-column"),
                                             QStringLiteral("text"), QStringLiteral("--method"), QStringLiteral("bpe"),
                                             QStringLiteral("--vocab-size"), QStringLiteral("260"),
                                             QStringLiteral("--min-frequency"), QStringLiteral("1"),
                                             QStringLiteral("--output"), json});
        QCOMPARE(trained.exitCode, 0);
        const QJsonObject t = parseObject(trained.out);
        QCOMPARE(t.value("vocab_size").toInt(), 260); // 256 bytes + 4 merges
        QCOMPARE(t.value("merges").toInt(), 4);
        const Run tokens = runProcess(cli, {QStringLiteral("tokenize"), QStringLiteral("--tokenizer"), json,
                                            QStringLiteral("--text"), QStringLiteral("el banco")});
        QCOMPARE(tokens.exitCode, 0);
        const QJsonObject o = parseObject(tokens.out);
        QCOMPARE(o.value("decoded").toString(), QStringLiteral("el banco"));
        const QJsonArray offsets = o.value("offsets").toArray();
        QCOMPARE(offsets.size(), o.value("ids").toArray().size());
        QCOMPARE(offsets.first().toArray().at(0).toInt(), 0);
        QCOMPARE(offsets.last().toArray().at(1).toInt(), 8);
        // GPT-2's own files, as a folder.
        const Run gpt2 = runProcess(cli, {QStringLiteral("tokenize"), QStringLiteral("--tokenizer"),
                                          data + QStringLiteral("/gpt2"), QStringLiteral("--text"),
                                          QStringLiteral("Hello world")});
        QCOMPARE(gpt2.exitCode, 0);
        QCOMPARE(parseObject(gpt2.out).value("ids").toArray(), (QJsonArray{15496, 995}));
        const Run bad = runProcess(cli, {QStringLiteral("tokenize"), QStringLiteral("--tokenizer"),
                                         data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--text"),
                                         QStringLiteral("x")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(parseObject(bad.err).value("error").toString().contains(QStringLiteral("mini.tsv")));
    }

    void gptTrainGenerateInspect()
    {
        QTemporaryDir dir;
        const QString tokenizer = dir.filePath(QStringLiteral("bpe.json"));
        QCOMPARE(runProcess(cli, {QStringLiteral("tokenizer-train"), QStringLiteral("--input"),
                                  data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--text-column"),
                                  QStringLiteral("text"), QStringLiteral("--method"), QStringLiteral("bpe"),
                                  QStringLiteral("--vocab-size"), QStringLiteral("262"),
                                  QStringLiteral("--min-frequency"), QStringLiteral("1"),
                                  QStringLiteral("--special-tokens"), QStringLiteral("<|endoftext|>"),
                                  QStringLiteral("--output"), tokenizer}).exitCode, 0);
        const QString model = dir.filePath(QStringLiteral("model"));
        const Run trained = runProcess(cli, {QStringLiteral("gpt-train"), QStringLiteral("--input"),
                                             data + QStringLiteral("/cli/mini.tsv"), QStringLiteral("--text-column"),
                                             QStringLiteral("text"), QStringLiteral("--tokenizer"), tokenizer,
                                             QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--heads"),
                                             QStringLiteral("2"), QStringLiteral("--embd"), QStringLiteral("8"),
                                             QStringLiteral("--block"), QStringLiteral("4"), QStringLiteral("--batch"),
                                             QStringLiteral("2"), QStringLiteral("--steps"), QStringLiteral("5"),
                                             QStringLiteral("--validation"), QStringLiteral("0.3"),
                                             QStringLiteral("--output"), model});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const QJsonObject t = parseObject(trained.out);
        // V=262, T=4, L=1, C=8: wte 262*8 + wpe 4*8 + block 12*64+13*8 + ln_f 16 = 3016
        QCOMPARE(t.value("params").toInt(), 3016);
        QCOMPARE(t.value("steps").toInt(), 5);
        QVERIFY(t.value("final_val_loss").toDouble() > 0.0);
        for (const char* file : {"config.json", "model.safetensors", "vocab.json", "merges.txt"})
            QVERIFY2(QFileInfo::exists(model + QLatin1Char('/') + QLatin1String(file)), file);

        const QStringList generate{QStringLiteral("generate"), QStringLiteral("--model"), model,
                                   QStringLiteral("--prompt"), QStringLiteral("el banco"),
                                   QStringLiteral("--max-new-tokens"), QStringLiteral("6"),
                                   QStringLiteral("--temperature"), QStringLiteral("0.8"),
                                   QStringLiteral("--seed"), QStringLiteral("7")};
        const Run first = runProcess(cli, generate);
        const Run second = runProcess(cli, generate);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject g = parseObject(first.out);
        QCOMPARE(g.value("token_ids"), parseObject(second.out).value("token_ids")); // same seed
        QVERIFY(g.value("token_ids").toArray().size() <= 6);
        QVERIFY(g.value("full_text").toString().startsWith(QStringLiteral("el banco")));

        const Run inspect = runProcess(cli, {QStringLiteral("inspect"), QStringLiteral("--model"), model,
                                             QStringLiteral("--text"), QStringLiteral("el banco"),
                                             QStringLiteral("--attention-layer"), QStringLiteral("0"),
                                             QStringLiteral("--attention-head"), QStringLiteral("1")});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QJsonObject o = parseObject(inspect.out);
        QCOMPARE(o.value("next_token_top").toArray().size(), 10);
        const QJsonArray matrix = o.value("attention_matrix").toArray();
        const int length = o.value("token_ids").toArray().size();
        QVERIFY(length >= 1 && length <= 4); // the last block-length tokens
        QCOMPARE(matrix.size(), length);
        for (int i = 0; i < length; ++i) {
            const QJsonArray row = matrix[i].toArray();
            double sum = 0.0;
            for (int j = 0; j < length; ++j) {
                sum += row[j].toDouble();
                if (j > i)
                    QCOMPARE(row[j].toDouble(), 0.0); // causal: no attention to later tokens
            }
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }
        const Run bad = runProcess(cli, {QStringLiteral("inspect"), QStringLiteral("--model"), model,
                                         QStringLiteral("--text"), QStringLiteral("x"),
                                         QStringLiteral("--attention-layer"), QStringLiteral("5")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(parseObject(bad.err).value("error").toString().contains(QStringLiteral("--attention-layer")));
    }

    // inspect on tests/data/gpt2-reference against what PyTorch computed for it
    // (tests/reference/make_gpt2_reference.py): the top next tokens' log-probabilities
    // and one head's attention, within 1e-4.
    void inspectMatchesPyTorchReference()
    {
        QFile file(data + QStringLiteral("/gpt2-reference/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = parseObject(file.readAll());
        const QJsonObject prompt = expected.value("prompts").toArray()[0].toObject();
        const int layer = 1, head = 2;
        const Run inspect = runProcess(cli, {QStringLiteral("inspect"), QStringLiteral("--model"),
                                             data + QStringLiteral("/gpt2-reference"), QStringLiteral("--text"),
                                             prompt.value("text").toString(), QStringLiteral("--attention-layer"),
                                             QString::number(layer), QStringLiteral("--attention-head"),
                                             QString::number(head)});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QJsonObject o = parseObject(inspect.out);
        QCOMPARE(o.value("token_ids").toArray(), prompt.value("ids").toArray());

        // log softmax of the reference's last logits, in double.
        const QJsonArray logits = prompt.value("last_logits").toArray();
        std::vector<double> logprob(std::size_t(logits.size()));
        double maximum = -1e300;
        for (const QJsonValue& value : logits)
            maximum = std::max(maximum, value.toDouble());
        double sum = 0.0;
        for (const QJsonValue& value : logits)
            sum += std::exp(value.toDouble() - maximum);
        for (qsizetype v = 0; v < logits.size(); ++v)
            logprob[std::size_t(v)] = logits[v].toDouble() - maximum - std::log(sum);
        std::vector<int> order(logprob.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return logprob[std::size_t(a)] > logprob[std::size_t(b)]; });
        const QJsonArray top = o.value("next_token_top").toArray();
        QCOMPARE(top.size(), 10);
        for (int i = 0; i < 10; ++i) {
            const QJsonObject entry = top[i].toObject();
            QCOMPARE(entry.value("id").toInt(), order[std::size_t(i)]); // gaps >= 0.0027 here
            const double theirs = logprob[std::size_t(order[std::size_t(i)])];
            QVERIFY2(std::abs(entry.value("logprob").toDouble() - theirs) < 1e-4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(entry.value("logprob").toDouble()).arg(theirs)));
        }

        const QJsonArray matrix = o.value("attention_matrix").toArray();
        const QJsonArray reference = expected.value("full").toObject().value("attention").toArray()[layer]
                                         .toArray()[head].toArray(); // [query i][key j]
        QCOMPARE(matrix.size(), reference.size());
        double worst = 0.0;
        for (qsizetype i = 0; i < matrix.size(); ++i)
            for (qsizetype j = 0; j < matrix.size(); ++j)
                worst = std::max(worst, std::abs(matrix[i].toArray()[j].toDouble()
                                                 - reference[i].toArray()[j].toDouble()));
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void missingFileIsAJsonError()
    {
        const Run r = runProcess(cli, {QStringLiteral("corpus-stats"), QStringLiteral("--input"),
                                       QStringLiteral("/nonexistent/corpus.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QJsonObject o = parseObject(r.err);
        QVERIFY2(o.contains("error"), r.err.constData());
        QVERIFY(o.value("error").toString().contains(QStringLiteral("corpus.txt")));
    }

    void usageErrors()
    {
        Run r = runProcess(cli, {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(parseObject(r.err).value("error").toString().contains(QStringLiteral("frobnicate")));
        r = runProcess(cli, {QStringLiteral("corpus-stats")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(parseObject(r.err).value("error").toString().contains(QStringLiteral("--input")));
        r = runProcess(cli, {QStringLiteral("corpus-stats"), QStringLiteral("--input"), data,
                             QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(parseObject(r.err).value("error").toString().contains(QStringLiteral("docx")));
        r = runProcess(cli, {});
        QCOMPARE(r.exitCode, 2);
    }

    void helpAndVersion()
    {
        Run r = runProcess(cli, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("corpus-stats"));
        r = runProcess(cli, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("lengua-cli " LENGUA_TEST_VERSION));
    }

    void guiScreenshot()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("corpus.png"));
        const Run r = runProcess(QStringLiteral(LENGUA_GUI_PATH),
                                 {QStringLiteral("--screenshot"), png, QStringLiteral("--panel"),
                                  QStringLiteral("corpus"), QStringLiteral("--lang"), QStringLiteral("es")},
                                 90000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        const Run bad = runProcess(QStringLiteral(LENGUA_GUI_PATH),
                                   {QStringLiteral("--screenshot"), png, QStringLiteral("--panel"),
                                    QStringLiteral("no-such-panel")});
        QCOMPARE(bad.exitCode, 2);
        const Run badView = runProcess(QStringLiteral(LENGUA_GUI_PATH),
                                       {QStringLiteral("--screenshot"), png, QStringLiteral("--panel"),
                                        QStringLiteral("corpus:no-such-view")});
        QCOMPARE(badView.exitCode, 2);
        const QString zipf = dir.filePath(QStringLiteral("zipf.png"));
        const Run view = runProcess(QStringLiteral(LENGUA_GUI_PATH),
                                    {QStringLiteral("--screenshot"), zipf, QStringLiteral("--panel"),
                                     QStringLiteral("corpus:zipf"), QStringLiteral("--lang"), QStringLiteral("en")},
                                    90000);
        QVERIFY2(view.exitCode == 0, view.err.constData());
        QVERIFY(QImage(zipf).size() == QSize(1280, 800));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
