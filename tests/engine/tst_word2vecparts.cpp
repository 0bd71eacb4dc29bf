// The pieces of word2vec training: the negative-sampling loss and the update the hot loop
// makes, checked against finite differences and a hand-worked value; the alias table's
// probabilities (unigram^0.75); the subsampling formula; the vocabulary's order and cut.
#include "core/Error.h"
#include "embed/Word2VecLoss.h"
#include "embed/Word2VecNegativeTable.h"
#include "embed/Word2VecSettings.h"
#include "embed/Word2VecTrainer.h"
#include "embed/Word2VecVocabulary.h"
#include "support/GradientCheck.h"

#include <QtTest/QtTest>

#include <cmath>
#include <vector>

using namespace lengua;

class TestWord2VecParts : public QObject {
    Q_OBJECT

private slots:
    // v = (1, 0), u_0 = (2, 0), one negative u_1 = (0, 1): f_0 = 2, f_1 = 0, so
    // L = log(1 + e^{-2}) + log 2 = 0.126928 + 0.693147 = 0.820075 (by hand).
    void lossByHand()
    {
        const std::vector<float> input = {1.0f, 0.0f};
        std::vector<float> outputs = {2.0f, 0.0f, 0.0f, 1.0f}; // columns u_0, u_1
        const std::int32_t targets[] = {0, 1};
        QVERIFY(std::abs(Word2VecLoss::loss(input.data(), outputs.data(), targets, 2, 2)
                         - 0.820075) < 1e-6);
        std::vector<float> update(2, 0.0f);
        const double stepLoss = Word2VecLoss::step(input.data(), outputs.data(), targets, 2, 2,
                                                   0.5f, update.data());
        QVERIFY(std::abs(stepLoss - 0.820075) < 1e-5);
        // ∂L/∂f_0 = σ(2) − 1 = −0.119203, ∂L/∂f_1 = σ(0) = 0.5; rate 0.5:
        // u_0 += 0.5 · 0.119203 · v, u_1 −= 0.5 · 0.5 · v, update = −0.5 (−0.119203 u_0 + 0.5 u_1).
        QVERIFY(std::abs(outputs[0] - (2.0f + 0.5f * 0.119203f)) < 1e-5);
        QVERIFY(std::abs(outputs[2] - (-0.25f)) < 1e-6);
        QVERIFY(std::abs(update[0] - 0.119203f) < 1e-5);
        QVERIFY(std::abs(update[1] - (-0.25f)) < 1e-6);
    }

    // The update step() makes with rate 1 is minus the gradient: compare it with central
    // differences of L for the input and for every target's output vector.
    void gradientMatchesFiniteDifferences()
    {
        const int dimension = 7;
        const int words = 6;
        arma::fmat input = 0.6f * test::randomMatrix(dimension, 1, 11u);
        arma::fmat outputs = 0.6f * test::randomMatrix(dimension, words, 12u);
        const std::int32_t targets[] = {3, 0, 5, 1, 4}; // predict 3, negatives 0, 5, 1, 4
        const int count = 5;

        arma::fmat updated = outputs;
        arma::fvec update(dimension, arma::fill::zeros);
        const double stepLoss = Word2VecLoss::step(input.memptr(), updated.memptr(), targets,
                                                   count, dimension, 1.0f, update.memptr());
        const double loss = Word2VecLoss::loss(input.memptr(), outputs.memptr(), targets, count,
                                               dimension);
        QVERIFY(std::abs(stepLoss - loss) < 1e-5 * loss);

        const arma::fvec inputGradient = -update;
        const arma::fmat outputGradient = outputs - updated; // word 2 untouched: zero
        QCOMPARE(arma::abs(outputGradient.col(2)).max(), 0.0f);

        const test::GradientTolerance tolerance{1e-3, 1e-4, 1e-3};
        auto lossOf = [&]() {
            return Word2VecLoss::loss(input.memptr(), outputs.memptr(), targets, count, dimension);
        };
        test::GradientCheckResult result = test::checkGradient(
            lossOf, input.memptr(), inputGradient.memptr(), dimension, tolerance, "input");
        result.merge(test::checkGradient(lossOf, outputs.memptr(), outputGradient.memptr(),
                                         outputs.n_elem, tolerance, "outputs"));
        QVERIFY2(result.passed, result.message.c_str());
        QCOMPARE(result.checked, std::size_t(dimension + dimension * words));
    }

    // Large scores saturate σ without NaN or infinity, and the loss stays exact.
    void extremeScoresStayFinite()
    {
        const std::vector<float> input = {30.0f};
        std::vector<float> outputs = {-30.0f, 30.0f}; // f_0 = −900, f_1 = 900
        const std::int32_t targets[] = {0, 1};
        std::vector<float> update(1, 0.0f);
        const double loss = Word2VecLoss::step(input.data(), outputs.data(), targets, 2, 1,
                                               0.01f, update.data());
        QVERIFY(std::abs(loss - 1800.0) < 1e-3); // −log σ(−900) ≈ 900, twice
        QVERIFY(std::isfinite(update[0]) && std::isfinite(outputs[0]));
    }

    // Walker's alias table gives each word counts^0.75 / Σ counts^0.75.
    void negativeTableFollowsUnigramPower()
    {
        const std::vector<std::uint64_t> counts = {1000, 300, 300, 50, 7, 1};
        const Word2VecNegativeTable table(counts);
        double total = 0.0;
        for (std::uint64_t c : counts)
            total += std::pow(double(c), 0.75);
        std::vector<int> drawn(counts.size(), 0);
        Word2VecRandom random(5);
        const int draws = 400000;
        for (int i = 0; i < draws; ++i)
            ++drawn[std::size_t(table.draw(random))];
        for (std::size_t w = 0; w < counts.size(); ++w) {
            const double expected = std::pow(double(counts[w]), 0.75) / total;
            QVERIFY(std::abs(table.probability(w) - expected) < 1e-8);
            // Binomial standard deviation sqrt(p(1−p)/n) ≤ 0.0008: allow five.
            QVERIFY2(std::abs(drawn[w] / double(draws) - expected) < 0.004,
                     qPrintable(QString("word %1").arg(w)));
        }
    }

    // Mikolov's formula as in word2vec.c and gensim: count 100 of 10,000 words, sample
    // 1e-3: s·total = 10, keep = (sqrt(100/10) + 1) · 10/100 = 0.416228.
    void subsamplingFormula()
    {
        QVERIFY(std::abs(Word2VecTrainer::keepProbability(100, 10000, 1e-3) - 0.416228) < 1e-6);
        QCOMPARE(Word2VecTrainer::keepProbability(100, 10000, 0.0), 1.0);
        QCOMPARE(Word2VecTrainer::keepProbability(5, 10000, 1e-3), 1.0); // rare: capped at 1
    }

    void vocabularyOrderAndCut()
    {
        const std::vector<std::vector<std::string>> sentences
            = {{"b", "a", "c", "b"}, {"d", "a", "b", "e"}, {"c", "e", "f"}};
        const Word2VecVocabulary vocabulary = Word2VecVocabulary::build(sentences, 2);
        // b 3, then a, c, e with 2 each, alphabetical; d and f below the cut.
        QCOMPARE(vocabulary.words(), (std::vector<std::string>{"b", "a", "c", "e"}));
        QCOMPARE(vocabulary.counts(), (std::vector<std::uint64_t>{3, 2, 2, 2}));
        QCOMPARE(vocabulary.indexOf("c"), std::int64_t(2));
        QCOMPARE(vocabulary.indexOf("d"), std::int64_t(-1));
        QCOMPARE(vocabulary.totalCount(), std::uint64_t(9));
        QCOMPARE(vocabulary.corpusWords(), std::uint64_t(11));
        QVERIFY_THROWS_EXCEPTION(Error, Word2VecVocabulary::build(sentences, 4));
        QVERIFY_THROWS_EXCEPTION(Error, Word2VecVocabulary::build({}, 1));
    }

    void badSettingsNameTheField()
    {
        const auto expectError = [](Word2VecSettings settings, const char* field) {
            try {
                settings.validate();
                QFAIL(qPrintable(QString("no error for %1").arg(field)));
            } catch (const Error& error) {
                QVERIFY2(std::string(error.what()).find(field) != std::string::npos, error.what());
            }
        };
        Word2VecSettings s;
        s.validate();
        s.dimension = 0;
        expectError(s, "dimension");
        s = {};
        s.window = 0;
        expectError(s, "window");
        s = {};
        s.negative = 0;
        expectError(s, "negative");
        s = {};
        s.minCount = 0;
        expectError(s, "minCount");
        s = {};
        s.sample = -1e-3;
        expectError(s, "sample");
        s = {};
        s.learningRate = -0.1;
        expectError(s, "learningRate");
        s = {};
        s.epochs = 0;
        expectError(s, "epochs");
        s = {};
        s.threads = 0;
        expectError(s, "threads");
        s = {};
        s.threads = 0;
        QVERIFY_THROWS_EXCEPTION(Error, Word2VecTrainer{s});
        QCOMPARE(Word2VecSettings{}.initialLearningRate(), 0.025);
        s = {};
        s.model = Word2VecModel::Cbow;
        QCOMPARE(s.initialLearningRate(), 0.05);
    }
};

QTEST_GUILESS_MAIN(TestWord2VecParts)
#include "tst_word2vecparts.moc"
