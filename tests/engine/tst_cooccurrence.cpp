// The word × word co-occurrence matrix of a tiny corpus, worked out by hand for windows 1, 2
// and 3, with and without 1/d distance weighting, across sentence ends or not, and with a
// vocabulary cut; symmetry; bad settings; a larger random corpus against a brute count.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "count/WordCooccurrence.h"

#include <QtTest/QtTest>

#include <random>

using namespace lengua;

namespace {

// Sentence 1 "a b c a", sentence 2 "b a". Frequencies a 3, b 2, c 1: rows a, b, c.
const WordCooccurrence::Sentences corpus = {{"a", "b", "c", "a"}, {"b", "a"}};

double cell(const TermMatrix& m, const char* row, const char* column)
{
    return m.value(*m.rowIndex(row), *m.columnIndex(column));
}

void checkSymmetric(const TermMatrix& m)
{
    QCOMPARE(m.rowLabels(), m.columnLabels());
    // Exact for counts; with 1/d weights the two cells add the same terms in another order.
    const arma::sp_mat difference = m.values() - m.values().t();
    QVERIFY(difference.n_nonzero == 0 || arma::abs(difference).max() < 1e-12);
}

TermMatrix count(int window, bool distance, bool cross = false, std::size_t minCount = 1)
{
    CooccurrenceSettings settings;
    settings.window = window;
    settings.distanceWeighting = distance;
    settings.crossSentences = cross;
    settings.minCount = minCount;
    return WordCooccurrence::count(corpus, settings);
}

} // namespace

class TestCooccurrence : public QObject {
    Q_OBJECT
private slots:
    void vocabularyMostFrequentFirst()
    {
        const std::vector<std::string> expected = {"a", "b", "c"};
        QCOMPARE(count(1, false).rowLabels(), expected);
    }

    void windowOne()
    {
        // Neighbours 1 apart: sentence 1 gives a–b, b–c, c–a; sentence 2 gives b–a.
        const TermMatrix m = count(1, false);
        checkSymmetric(m);
        QCOMPARE(cell(m, "a", "b"), 2.0);
        QCOMPARE(cell(m, "b", "c"), 1.0);
        QCOMPARE(cell(m, "a", "c"), 1.0);
        QCOMPARE(cell(m, "a", "a"), 0.0);
        QCOMPARE(m.nonZeros(), std::size_t(6));
    }

    void windowTwo()
    {
        // Pairs up to 2 apart in "a b c a": (a,b)1 (a,c)2 (b,c)1 (b,a)2 (c,a)1; plus (b,a)1.
        // a–b: 3, a–c: 2, b–c: 1.
        const TermMatrix m = count(2, false);
        checkSymmetric(m);
        QCOMPARE(cell(m, "b", "a"), 3.0);
        QCOMPARE(cell(m, "c", "a"), 2.0);
        QCOMPARE(cell(m, "c", "b"), 1.0);
        QCOMPARE(cell(m, "a", "a"), 0.0);
    }

    void windowTwoWeightedByDistance()
    {
        // The same pairs weighted 1/d: a–b 1 + 1/2 + 1 = 2.5, a–c 1/2 + 1 = 1.5, b–c 1.
        const TermMatrix m = count(2, true);
        checkSymmetric(m);
        QCOMPARE(cell(m, "a", "b"), 2.5);
        QCOMPARE(cell(m, "a", "c"), 1.5);
        QCOMPARE(cell(m, "b", "c"), 1.0);
    }

    void windowThreeReachesTheSameWord()
    {
        // "a … a" 3 apart: each a sees the other, so the diagonal gets 2 (2/3 weighted).
        QCOMPARE(cell(count(3, false), "a", "a"), 2.0);
        QVERIFY(std::abs(cell(count(3, true), "a", "a") - 2.0 / 3.0) < 1e-12);
        QCOMPARE(cell(count(3, false), "a", "b"), 3.0); // still 3: (0,1), (1,3), sentence 2
    }

    void sentenceEndsStopTheWindowUnlessCrossed()
    {
        // Across the end, "… c a | b a": the last a of sentence 1 meets the b of sentence 2.
        QCOMPARE(cell(count(1, false, true), "a", "b"), 3.0);
        QCOMPARE(cell(count(1, false, false), "a", "b"), 2.0);
    }

    void wordsOutsideTheVocabularyKeepTheirPositions()
    {
        // minCount 2 drops c, but its slot stays: in "a b _ a" with window 1 the b and the
        // last a are still 2 apart, so a–b stays 2 (it would be 3 if c were removed).
        const TermMatrix m = count(1, false, false, 2);
        QCOMPARE(m.rows(), std::size_t(2));
        QVERIFY(!m.rowIndex("c"));
        QCOMPARE(cell(m, "a", "b"), 2.0);
        CooccurrenceSettings top1;
        top1.window = 1;
        top1.maxVocabulary = 1;
        const TermMatrix onlyA = WordCooccurrence::count(corpus, top1);
        QCOMPARE(onlyA.rows(), std::size_t(1));
        QCOMPARE(onlyA.nonZeros(), std::size_t(0));
    }

    void badSettings()
    {
        CooccurrenceSettings settings;
        settings.window = 0;
        QVERIFY_THROWS_EXCEPTION(Error, WordCooccurrence::count(corpus, settings));
        settings.window = 11;
        QVERIFY_THROWS_EXCEPTION(Error, WordCooccurrence::count(corpus, settings));
        settings.window = 2;
        settings.minCount = 10;
        QVERIFY_THROWS_EXCEPTION(Error, WordCooccurrence::count(corpus, settings));
        QVERIFY_THROWS_EXCEPTION(Error, WordCooccurrence::count({}, CooccurrenceSettings{}));
    }

    void matchesABruteForceCount()
    {
        std::mt19937 random(7);
        std::uniform_int_distribution<int> word(0, 40), length(1, 25);
        WordCooccurrence::Sentences sentences(300);
        for (auto& sentence : sentences) {
            sentence.resize(std::size_t(length(random)));
            for (auto& w : sentence)
                w = "w" + std::to_string(word(random));
        }
        CooccurrenceSettings settings;
        settings.window = 5;
        settings.distanceWeighting = true;
        const TermMatrix m = WordCooccurrence::count(sentences, settings);
        arma::mat brute(m.rows(), m.columns(), arma::fill::zeros);
        for (const auto& s : sentences)
            for (std::size_t i = 0; i < s.size(); ++i)
                for (std::size_t j = 0; j < s.size(); ++j)
                    if (i != j && (i > j ? i - j : j - i) <= 5)
                        brute(*m.rowIndex(s[i]), *m.rowIndex(s[j])) += 1.0 / double(i > j ? i - j : j - i);
        QVERIFY(arma::approx_equal(arma::mat(m.values()), brute, "absdiff", 1e-9));
        checkSymmetric(m);
    }

    void stopsWhenCancelled()
    {
        std::stop_source stop;
        stop.request_stop();
        JobContext context(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, WordCooccurrence::count(corpus, {}, &context));
    }
};

QTEST_GUILESS_MAIN(TestCooccurrence)
#include "tst_cooccurrence.moc"
