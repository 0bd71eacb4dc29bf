// PPMI–SVD word vectors (Levy, Goldberg & Dagan 2015): on a tiny corpus the vectors are
// the rows of U·Σ^p of the PPMI matrix, checked against a dense SVD done here (with p = 1
// their Gram matrix is M_k M_kᵀ, M_k the rank-k approximation; with p = 1/2 it is
// U_k Σ_k U_kᵀ); the randomized SVD of a larger vocabulary agrees with the dense one; two
// planted word families that never share a context are each other's nearest words;
// frequencies, determinism, progress, cancellation and errors.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "count/MatrixWeighting.h"
#include "count/WordCooccurrence.h"
#include "embed/PpmiSvd.h"
#include "embed/WordVectors.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <set>

using namespace lengua;

namespace {

using Sentences = std::vector<std::vector<std::string>>;

const Sentences tinyCorpus = {
    {"the", "cat", "sat", "on", "the", "mat"},
    {"the", "dog", "sat", "on", "the", "log"},
    {"a", "cat", "saw", "a", "dog"},
    {"the", "cat", "ate", "the", "fish"},
    {"a", "dog", "ate", "a", "bone"},
};

// The PPMI matrix PpmiSvd factorises, built here from the same counting pieces.
arma::mat ppmiMatrix(const Sentences& sentences, const PpmiSvdSettings& settings,
                     std::vector<std::string>* words = nullptr)
{
    CooccurrenceSettings counting;
    counting.window = settings.window;
    counting.minCount = settings.minCount;
    counting.maxVocabulary = settings.maxVocabulary;
    const TermMatrix counts = WordCooccurrence::count(sentences, counting);
    if (words)
        *words = counts.rowLabels();
    return arma::mat(MatrixWeighting::ppmi(counts, settings.contextSmoothing).values());
}

double relativeError(const arma::mat& actual, const arma::mat& expected)
{
    return arma::norm(actual - expected, "fro") / arma::norm(expected, "fro");
}

// Two families: the "animal" words only ever appear next to the "food" contexts, the
// "tool" words next to the "metal" contexts; each sentence is one family's.
Sentences plantedFamilies(std::uint64_t seed)
{
    const std::vector<std::string> animals = {"cat", "dog", "cow", "pig", "hen", "fox"};
    const std::vector<std::string> food = {"milk", "corn", "meat", "oats"};
    const std::vector<std::string> tools = {"saw", "axe", "drill", "file", "plane", "vice"};
    const std::vector<std::string> metal = {"iron", "steel", "brass", "tin"};
    std::mt19937_64 random(seed);
    Sentences sentences;
    for (int s = 0; s < 400; ++s) {
        const bool first = s % 2 == 0;
        const auto& words = first ? animals : tools;
        const auto& contexts = first ? food : metal;
        std::vector<std::string> sentence;
        for (int i = 0; i < 4; ++i) {
            sentence.push_back(words[random() % words.size()]);
            sentence.push_back(contexts[random() % contexts.size()]);
        }
        sentences.push_back(sentence);
    }
    return sentences;
}

// A Zipf-like random corpus with topical structure, large enough (over 600 words) for the
// randomized SVD.
Sentences zipfCorpus(std::size_t vocabulary, std::size_t sentenceCount, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<double> weights(vocabulary);
    for (std::size_t i = 0; i < vocabulary; ++i)
        weights[i] = 1.0 / double(i + 1);
    std::discrete_distribution<std::size_t> zipf(weights.begin(), weights.end());
    Sentences sentences;
    for (std::size_t s = 0; s < sentenceCount; ++s) {
        // Each sentence draws its words from one of 8 topics (word id mod 8), with a stray
        // word now and then, so the PPMI matrix has 8 dominant directions above the noise.
        const std::size_t topic = s % 8;
        std::vector<std::string> sentence;
        while (sentence.size() < 12) {
            const std::size_t w = zipf(random);
            if (w % 8 == topic || random() % 50 == 0)
                sentence.push_back("w" + std::to_string(w));
        }
        sentences.push_back(sentence);
    }
    return sentences;
}

} // namespace

class TestPpmiSvd : public QObject {
    Q_OBJECT
private slots:
    void vectorsAreRowsOfUSigma()
    {
        PpmiSvdSettings settings;
        settings.window = 2;
        settings.minCount = 1;
        settings.dimension = 3;
        settings.eigenvaluePower = 1.0;
        std::vector<std::string> words;
        const arma::mat m = ppmiMatrix(tinyCorpus, settings, &words);
        const PpmiSvdResult result = PpmiSvd::train(tinyCorpus, settings);
        QCOMPARE(result.words, words);
        QCOMPARE(result.vectors.n_rows, arma::uword(words.size()));
        QCOMPARE(result.vectors.n_cols, arma::uword(3));

        arma::mat u, v;
        arma::vec s;
        QVERIFY(arma::svd(u, s, v, m));
        const arma::uword k = 3;
        QVERIFY(s(k - 1) - s(k) > 1e-3); // a gap: the rank-3 approximation is unique
        QVERIFY(arma::approx_equal(result.singularValues, s.head(k), "reldiff", 1e-9));

        // p = 1: X = U_k Σ_k, so X Xᵀ = M_k M_kᵀ and X V_kᵀ = M_k.
        const arma::mat x = arma::conv_to<arma::mat>::from(result.vectors);
        const arma::mat mk = u.cols(0, k - 1) * arma::diagmat(s.head(k)) * v.cols(0, k - 1).t();
        QVERIFY(relativeError(x * x.t(), mk * mk.t()) < 1e-5);
        // Row by row up to each column's sign: |X| = |U_k Σ_k|.
        QVERIFY(arma::approx_equal(arma::abs(x), arma::abs(u.cols(0, k - 1) * arma::diagmat(s.head(k))),
                                   "absdiff", 1e-5));
    }

    void squareRootSplitGivesUSigmaUt()
    {
        PpmiSvdSettings settings;
        settings.window = 2;
        settings.minCount = 1;
        settings.dimension = 4;
        settings.eigenvaluePower = 0.5; // the default, Levy et al.'s best
        const arma::mat m = ppmiMatrix(tinyCorpus, settings);
        const PpmiSvdResult result = PpmiSvd::train(tinyCorpus, settings);
        arma::mat u, v;
        arma::vec s;
        QVERIFY(arma::svd(u, s, v, m));
        const arma::uword k = 4;
        QVERIFY(s(k - 1) - s(k) > 1e-3);
        const arma::mat x = arma::conv_to<arma::mat>::from(result.vectors);
        const arma::mat expected = u.cols(0, k - 1) * arma::diagmat(s.head(k)) * u.cols(0, k - 1).t();
        QVERIFY(relativeError(x * x.t(), expected) < 1e-5);
    }

    void wordsAndCountsMostFrequentFirst()
    {
        PpmiSvdSettings settings;
        settings.window = 2;
        settings.minCount = 2;
        settings.dimension = 2;
        const PpmiSvdResult result = PpmiSvd::train(tinyCorpus, settings);
        // the 6, a 4, cat 3, dog 3, ate 2, on 2, sat 2 (ties alphabetical).
        const std::vector<std::string> words = {"the", "a", "cat", "dog", "ate", "on", "sat"};
        const std::vector<std::uint64_t> counts = {6, 4, 3, 3, 2, 2, 2};
        QCOMPARE(result.words, words);
        QCOMPARE(result.counts, counts);
        QVERIFY(result.seconds >= 0.0);
    }

    void randomizedSvdAgreesWithDense()
    {
        const Sentences corpus = zipfCorpus(900, 6000, 7);
        PpmiSvdSettings settings;
        settings.window = 3;
        settings.minCount = 3;
        settings.dimension = 8; // one direction per topic, then a gap
        settings.eigenvaluePower = 1.0;
        std::vector<std::string> words;
        const arma::mat m = ppmiMatrix(corpus, settings, &words);
        QVERIFY2(words.size() > 600, "the corpus must be large enough for the randomized path");
        const PpmiSvdResult result = PpmiSvd::train(corpus, settings);
        arma::mat u, v;
        arma::vec s;
        QVERIFY(arma::svd(u, s, v, m));
        const arma::uword k = 8;
        const arma::vec relative = arma::abs(result.singularValues - s.head(k)) / s.head(k);
        // Eight topics give eight large singular values and then a gap (about 97 to 41), so
        // the subspace is well defined and the power iterations converge to it.
        QVERIFY(s(k - 1) > 2.0 * s(k));
        QVERIFY2(relative.max() < 1e-6, qPrintable(QString::number(relative.max())));
        const arma::mat x = arma::conv_to<arma::mat>::from(result.vectors);
        const arma::mat mk = u.cols(0, k - 1) * arma::diagmat(s.head(k)) * v.cols(0, k - 1).t();
        const double error = relativeError(x * x.t(), mk * mk.t());
        QVERIFY2(error < 1e-5, qPrintable(QString::number(error)));
    }

    void sameSeedSameVectors()
    {
        const Sentences corpus = zipfCorpus(900, 3000, 3);
        PpmiSvdSettings settings;
        settings.minCount = 2;
        settings.dimension = 8;
        const PpmiSvdResult first = PpmiSvd::train(corpus, settings);
        const PpmiSvdResult second = PpmiSvd::train(corpus, settings);
        QVERIFY(arma::approx_equal(first.vectors, second.vectors, "absdiff", 0.0f));
    }

    void plantedFamiliesAreNearestToTheirOwn()
    {
        const Sentences corpus = plantedFamilies(11);
        PpmiSvdSettings settings;
        settings.window = 2;
        settings.minCount = 1;
        settings.dimension = 4;
        const PpmiSvdResult result = PpmiSvd::train(corpus, settings);
        const WordVectors store(result.words, result.vectors);
        const std::set<std::string> animals = {"cat", "dog", "cow", "pig", "hen", "fox"};
        const std::set<std::string> tools = {"saw", "axe", "drill", "file", "plane", "vice"};
        for (const auto* family : {&animals, &tools})
            for (const std::string& word : *family) {
                // The five nearest words that are not contexts belong to the same family.
                int found = 0;
                for (const ScoredWord& near : store.nearest(word, store.size() - 1)) {
                    if (!animals.count(near.word) && !tools.count(near.word))
                        continue;
                    QVERIFY2(family->count(near.word), qPrintable(QString::fromStdString(word + " ~ " + near.word)));
                    if (++found == 5)
                        break;
                }
                QCOMPARE(found, 5);
            }
    }

    void progressReachesTheEnd()
    {
        std::vector<double> fractions;
        std::stop_source stop;
        JobContext context(stop.get_token(), [&](const JobProgress& p) { fractions.push_back(p.fraction); });
        PpmiSvdSettings settings;
        settings.minCount = 2;
        settings.dimension = 8;
        PpmiSvd::train(zipfCorpus(900, 2000, 5), settings, &context);
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    }

    void cancelled()
    {
        std::stop_source stop;
        stop.request_stop();
        JobContext context(stop.get_token());
        PpmiSvdSettings settings;
        settings.minCount = 1;
        settings.dimension = 2;
        QVERIFY_THROWS_EXCEPTION(JobCancelled, PpmiSvd::train(tinyCorpus, settings, &context));
    }

    void errors()
    {
        PpmiSvdSettings settings;
        settings.minCount = 100; // no word of the tiny corpus is that frequent
        settings.dimension = 2;
        try {
            PpmiSvd::train(tinyCorpus, settings);
            QFAIL("an empty vocabulary must be refused");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("minimum count"), e.what());
        }
        settings.minCount = 2; // 7 words
        settings.dimension = 7;
        try {
            PpmiSvd::train(tinyCorpus, settings);
            QFAIL("dimension >= vocabulary must be refused");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("smaller than the vocabulary (7"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, PpmiSvd::train({}, PpmiSvdSettings{}));
        auto bad = [](auto change) {
            PpmiSvdSettings s;
            change(s);
            QVERIFY_THROWS_EXCEPTION(Error, s.validate());
        };
        bad([](PpmiSvdSettings& s) { s.window = 0; });
        bad([](PpmiSvdSettings& s) { s.window = 11; });
        bad([](PpmiSvdSettings& s) { s.dimension = 0; });
        bad([](PpmiSvdSettings& s) { s.minCount = 0; });
        bad([](PpmiSvdSettings& s) { s.contextSmoothing = 0.0; });
        bad([](PpmiSvdSettings& s) { s.contextSmoothing = 1.5; });
        bad([](PpmiSvdSettings& s) { s.eigenvaluePower = -0.1; });
        bad([](PpmiSvdSettings& s) { s.eigenvaluePower = std::nan(""); });
        PpmiSvdSettings{}.validate();
    }
};

QTEST_APPLESS_MAIN(TestPpmiSvd)
#include "tst_ppmisvd.moc"
