// NgramModel against NLTK 3.8 (nltk.lm) on a tiny corpus: the fixture
// tests/data/ngram-reference/nltk-ngram.json is written by
// tests/reference/make_ngram_reference.py (MLE, Laplace and KneserNeyInterpolated scores
// after every context of the corpus, with NLTK's counts).
//
// Where the definitions agree the numbers must too: the n-gram and context counts, and MLE.
// Where they differ, the difference is checked to be exactly the documented one:
// - Laplace: NLTK's V counts <s>; lengua's V leaves it out (it is never predicted), so
//   NLTK = (c + 1) / (C(h) + V + 1) and lengua = (c + 1) / (C(h) + V).
// - Kneser–Ney: NLTK 3.8's unigram level is the undiscounted continuation ratio, without
//   the uniform 1/V of J&M eq. 3.38, and it uses continuation counts after <s> where lengua
//   keeps raw counts (KenLM's convention); the fixture keeps NLTK's values for reference
//   but they are not compared (tst_ngramkneserney checks lengua against the formulas).
#include "count/NgramModel.h"

#include <QtTest/QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace lengua;

namespace {

QJsonObject loadFixture()
{
    QFile file(QStringLiteral(LENGUA_TEST_DATA_DIR "/ngram-reference/nltk-ngram.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::vector<std::string> words(const QJsonArray& array)
{
    std::vector<std::string> result;
    for (const QJsonValue& value : array)
        result.push_back(value.toString().toStdString());
    return result;
}

} // namespace

class TestNgramNltk : public QObject {
    Q_OBJECT
private slots:
    void matchesNltkWhereTheDefinitionsAgree()
    {
        const QJsonObject fixture = loadFixture();
        QVERIFY2(!fixture.isEmpty(), "missing tests/data/ngram-reference/nltk-ngram.json");
        NgramModel::Sentences corpus;
        for (const QJsonValue& line : fixture.value("corpus").toArray())
            corpus.push_back(words(QJsonArray::fromStringList(line.toString().split(' '))));
        const QJsonArray models = fixture.value("models").toArray();
        QCOMPARE(models.size(), 2);
        int compared = 0;
        for (const QJsonValue& entry : models) {
            const QJsonObject object = entry.toObject();
            NgramSettings settings;
            settings.order = object.value("order").toInt();
            settings.smoothing = NgramSmoothing::Mle;
            const auto mle = NgramModel::train(corpus, settings);
            settings.smoothing = NgramSmoothing::AddK;
            settings.k = 1.0;
            const auto laplace = NgramModel::train(corpus, settings);
            const NgramVocabulary& vocabulary = mle->vocabulary();
            // Both hold every word, <s>, </s> and an unknown-word token.
            QCOMPARE(qsizetype(vocabulary.size()), qsizetype(object.value("nltk_vocabulary_size").toInt()));
            const double v = double(vocabulary.size() - 1);

            for (const QJsonValue& q : object.value("queries").toArray()) {
                const QJsonObject query = q.toObject();
                std::vector<TokenId> ngram;
                for (const std::string& w : words(query.value("context").toArray()))
                    ngram.push_back(vocabulary.id(w));
                const std::vector<TokenId> context = ngram;
                const TokenId word = vocabulary.id(query.value("word").toString().toStdString());
                ngram.push_back(word);
                const auto c = std::uint64_t(query.value("count").toInt());
                const auto total = std::uint64_t(query.value("context_count").toInt());
                QCOMPARE(mle->count(ngram), c);
                QCOMPARE(mle->estimate(word, context).levels.front().contextCount, total);
                QVERIFY(std::abs(mle->probability(word, context) - query.value("mle").toDouble()) < 1e-12);
                const double nltkLaplace = query.value("laplace").toDouble();
                QVERIFY(std::abs(nltkLaplace - (double(c) + 1.0) / (double(total) + v + 1.0)) < 1e-12);
                QVERIFY(std::abs(laplace->probability(word, context) - (double(c) + 1.0) / (double(total) + v)) < 1e-12);
                ++compared;
            }
        }
        QVERIFY(compared > 100);
    }
};

QTEST_APPLESS_MAIN(TestNgramNltk)
#include "tst_ngramnltk.moc"
