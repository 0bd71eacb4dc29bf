// GPT-2 compatibility: GPT-2's own vocab.json + merges.txt, read with BpeFiles, must give
// exactly GPT-2's token ids (tests/data/gpt2/expected.json, from the reference encoder).
#include "tokenize/BpeFiles.h"
#include "tokenize/ByteLevelBpe.h"

#include <QtTest/QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace lengua;

namespace {

const std::string dataDir = std::string(LENGUA_TEST_DATA_DIR) + "/gpt2/";

} // namespace

class TestGpt2Tokenizer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_gpt2.emplace(BpeFiles::read(dataDir + "vocab.json", dataDir + "merges.txt"));
    }

    void readsGpt2Files()
    {
        QCOMPARE(m_gpt2->vocabulary().size(), std::size_t(50257));
        QCOMPARE(m_gpt2->merges().size(), std::size_t(50000));
        QCOMPARE(m_gpt2->merges().front(), ByteLevelBpe::Merge("Ġ", "t"));
        // "<|endoftext|>" is neither a byte nor a merge result: the one special token.
        const auto eot = m_gpt2->vocabulary().find("<|endoftext|>");
        QVERIFY(eot.has_value());
        QCOMPARE(*eot, TokenId(50256));
        QVERIFY(m_gpt2->vocabulary().isSpecial(*eot));
        QVERIFY(!m_gpt2->vocabulary().isSpecial(0));
        QVERIFY(!m_gpt2->vocabulary().isSpecial(*m_gpt2->vocabulary().find("Ġthe")));
        std::size_t specials = 0;
        for (std::size_t id = 0; id < m_gpt2->vocabulary().size(); ++id)
            specials += m_gpt2->vocabulary().isSpecial(TokenId(id)) ? 1 : 0;
        QCOMPARE(specials, std::size_t(1));
    }

    void knownIds()
    {
        // Widely quoted GPT-2 ids: "Hello" 15496, " world" 995, " the" 262.
        const Encoding e = m_gpt2->encode("Hello world");
        QCOMPARE(e.ids, (std::vector<TokenId>{15496, 995}));
        QCOMPARE(e.tokens, (std::vector<std::string>{"Hello", "Ġworld"}));
        QCOMPARE(e.offsets, (std::vector<std::pair<std::size_t, std::size_t>>{{0, 5}, {5, 11}}));
        QCOMPARE(m_gpt2->encode(" the").ids, std::vector<TokenId>{262});
    }

    void matchesReferenceEncoder_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<int>>("expected");
        QFile file(QString::fromStdString(dataDir + "expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
        QCOMPARE(cases.size(), 36);
        int row = 0;
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            QList<int> ids;
            for (const QJsonValue& id : c["ids"].toArray())
                ids.append(id.toInt());
            const QByteArray text = QByteArray::fromHex(c["hex"].toString().toLatin1());
            QTest::newRow(QByteArray("case " + QByteArray::number(++row)).constData())
                << text << ids;
        }
    }

    void matchesReferenceEncoder()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<int>, expected);
        const std::string_view input(text.constData(), std::size_t(text.size()));
        const Encoding e = m_gpt2->encode(input);
        const QList<int> ids(e.ids.begin(), e.ids.end());
        QCOMPARE(ids, expected);
        QCOMPARE(m_gpt2->decode(e.ids), std::string(input));
        // All merges replayed is the same segmentation.
        QCOMPARE(m_gpt2->encodeWithMerges(input, m_gpt2->merges().size()).ids, e.ids);
    }

private:
    std::optional<ByteLevelBpe> m_gpt2;
};

QTEST_GUILESS_MAIN(TestGpt2Tokenizer)
#include "tst_gpt2tokenizer.moc"
