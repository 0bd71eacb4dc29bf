// WordVectors: the vector store's queries on a hand-built 2D set where every cosine can be
// worked out on paper, the 3CosAdd / 3CosMul analogies, ties, exclusions, the search limit,
// and the batched analogy answers against one query at a time.
#include "embed/WordVectors.h"

#include "core/Error.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

// Dimensions: (royalty-ish, gender-ish). Unit vectors: king (3,1)/√10, queen (3,−1)/√10,
// man (1,1)/√2, woman (1,−1)/√2, child (1,0), apple (−2,0.1)/√4.01, boy (2,0) = child's
// direction, so child and boy tie in every ranking (child first, lower row).
WordVectors royalty()
{
    arma::fmat v = {{3, 1}, {3, -1}, {1, 1}, {1, -1}, {1, 0}, {-2, 0.1f}, {2, 0}};
    return WordVectors({"king", "queen", "man", "woman", "child", "apple", "boy"}, v);
}

std::vector<std::string> wordsOf(const std::vector<ScoredWord>& scored)
{
    std::vector<std::string> words;
    for (const ScoredWord& s : scored)
        words.push_back(s.word);
    return words;
}

} // namespace

class TestWordVectors : public QObject {
    Q_OBJECT
private slots:
    void lookupAndLayout()
    {
        const WordVectors store = royalty();
        QCOMPARE(store.size(), std::size_t(7));
        QCOMPARE(store.dimension(), std::size_t(2));
        QCOMPARE(store.indexOf("woman"), std::size_t(3));
        QVERIFY(!store.find("unicorn"));
        QCOMPARE(store.vectors().n_rows, arma::uword(7)); // V × dim, a row per word
        QCOMPARE(store.vectors()(5, 0), -2.0f);
        // Unit rows: king = (3, 1)/√10.
        QVERIFY(std::abs(store.unitVectors()(0, 0) - 3.0f / std::sqrt(10.0f)) < 1e-6f);
        QVERIFY(std::abs(arma::norm(store.unitVectors().row(5)) - 1.0f) < 1e-6f);
    }

    void similarityByHand()
    {
        const WordVectors store = royalty();
        // cos(king, queen) = (9 − 1)/10 = 0.8; cos(man, woman) = 0; cos(king, man) = 4/√20.
        QVERIFY(std::abs(store.similarity("king", "queen") - 0.8f) < 1e-6f);
        QVERIFY(std::abs(store.similarity("man", "woman")) < 1e-6f);
        QVERIFY(std::abs(store.similarity("king", "man") - 4.0f / std::sqrt(20.0f)) < 1e-6f);
        QVERIFY(std::abs(store.similarity("child", "boy") - 1.0f) < 1e-6f);
        // A zero vector has cosine 0 with everything instead of NaN.
        const WordVectors withZero({"a", "zero"}, arma::fmat{{1, 2}, {0, 0}});
        QCOMPARE(withZero.similarity("a", "zero"), 0.0f);
    }

    void nearestNeighboursByHand()
    {
        const WordVectors store = royalty();
        // cos with king: child = boy = 3/√10 = 0.948683, man = 4/√20 = 0.894427, queen 0.8,
        // woman 2/√20 = 0.447214, apple (−6 + 0.1)/√40.1 = −0.931708.
        const auto nearest = store.nearest("king", 4);
        QCOMPARE(wordsOf(nearest), (std::vector<std::string>{"child", "boy", "man", "queen"}));
        QVERIFY(std::abs(nearest[0].score - 0.948683f) < 1e-5f);
        QCOMPARE(nearest[0].index, std::size_t(4));
        QCOMPARE(nearest[1].score, nearest[0].score); // the tie, broken by row
        QVERIFY(std::abs(nearest[2].score - 0.894427f) < 1e-5f);
        QVERIFY(std::abs(nearest[3].score - 0.8f) < 1e-5f);
        // All of them: the word itself is never its own neighbour.
        const auto all = store.nearest("king", 100);
        QCOMPARE(all.size(), std::size_t(6));
        QCOMPARE(all.back().word, std::string("apple"));
        QVERIFY(std::abs(all.back().score + 0.931708f) < 1e-5f);
        // The search limit keeps the first rows only: king, queen, man, woman.
        QCOMPARE(wordsOf(store.nearest("king", 3, 4)),
                 (std::vector<std::string>{"man", "queen", "woman"}));
    }

    void nearestToAVector()
    {
        const WordVectors store = royalty();
        // (5, 0) points like child and boy (cos 1), then king and queen (3/√10).
        const auto nearest = store.nearestToVector(arma::fvec{5, 0}, 3);
        QCOMPARE(wordsOf(nearest), (std::vector<std::string>{"child", "boy", "king"}));
        QVERIFY(std::abs(nearest[0].score - 1.0f) < 1e-6f);
        const auto excluded = store.nearestToVector(arma::fvec{5, 0}, 3, {4, 6});
        QCOMPARE(wordsOf(excluded), (std::vector<std::string>{"king", "queen", "man"}));
        QVERIFY_THROWS_EXCEPTION(Error, store.nearestToVector(arma::fvec{1, 2, 3}, 3));
        QVERIFY(store.nearestToVector(arma::fvec{1, 0}, 0).empty());
    }

    void analogy3CosAddByHand()
    {
        const WordVectors store = royalty();
        // man : king :: woman : ?  t = kinĝ − man̂ + woman̂ = (0.948683, −1.097986),
        // |t| = 1.451059, t̂ = (0.653787, −0.756676). cos(queen, t̂) = 0.859519,
        // cos(child, t̂) = cos(boy, t̂) = 0.653787, cos(apple, t̂) = −0.690758.
        const auto answers = store.analogy("man", "king", "woman", 4);
        QCOMPARE(wordsOf(answers), (std::vector<std::string>{"queen", "child", "boy", "apple"}));
        QVERIFY(std::abs(answers[0].score - 0.859519f) < 1e-5f);
        QVERIFY(std::abs(answers[1].score - 0.653787f) < 1e-5f);
        QVERIFY(std::abs(answers[3].score + 0.690758f) < 1e-5f);
        // The reverse question: woman : queen :: man : ? → king (the mirror image).
        QCOMPARE(store.analogy("woman", "queen", "man").front().word, std::string("king"));
    }

    void analogy3CosMulByHand()
    {
        const WordVectors store = royalty();
        // Shifted cosines s = (cos + 1)/2. queen: s(queen, king) = 0.9, s(queen, woman) =
        // (1 + 0.894427)/2 = 0.947214, s(queen, man) = (1 + 0.447214)/2 = 0.723607:
        // 0.9 · 0.947214 / (0.723607 + 0.001) = 1.176489. child: 0.974342 · 0.853553 /
        // (0.853553 + 0.001) = 0.973201. apple: 0.026656.
        const auto answers = store.analogy("man", "king", "woman", 4, AnalogyMethod::CosMul);
        QCOMPARE(wordsOf(answers), (std::vector<std::string>{"queen", "child", "boy", "apple"}));
        QVERIFY(std::abs(answers[0].score - 1.176489f) < 1e-4f);
        QVERIFY(std::abs(answers[1].score - 0.973201f) < 1e-4f);
        QVERIFY(std::abs(answers[3].score - 0.026656f) < 1e-4f);
    }

    void analogyExcludesTheQuestionWords()
    {
        const WordVectors store = royalty();
        // king : queen :: man : ?  t̂ points near child (0.994473); woman 0.628960. The
        // question words (king 0.99 itself would be close) are never answers.
        const auto answers = store.analogy("king", "queen", "man", 10);
        QCOMPARE(answers.size(), std::size_t(4));
        for (const ScoredWord& answer : answers)
            QVERIFY(answer.word != "king" && answer.word != "queen" && answer.word != "man");
        QCOMPARE(answers.front().word, std::string("child"));
        QVERIFY(std::abs(answers.front().score - 0.994473f) < 1e-5f);
        // With only the first four rows searched, woman is the only candidate.
        QCOMPARE(wordsOf(store.analogy("king", "queen", "man", 5, AnalogyMethod::CosAdd, 4)),
                 (std::vector<std::string>{"woman"}));
    }

    void missingWordSuggestsClosest()
    {
        const WordVectors store = royalty();
        try {
            store.nearest("kinq", 3);
            QFAIL("expected an Error");
        } catch (const Error& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains("kinq") && message.contains("not in the vocabulary")
                         && message.contains("king"),
                     error.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, store.similarity("king", "unicorn"));
        QVERIFY_THROWS_EXCEPTION(Error, store.analogy("man", "king", "wooman"));
    }

    void badConstruction()
    {
        QVERIFY_THROWS_EXCEPTION(Error, WordVectors({"a", "b"}, arma::fmat(3, 2, arma::fill::ones)));
        QVERIFY_THROWS_EXCEPTION(Error, WordVectors({"a", "a"}, arma::fmat(2, 2, arma::fill::ones)));
        QVERIFY_THROWS_EXCEPTION(Error, WordVectors({"a", ""}, arma::fmat(2, 2, arma::fill::ones)));
        arma::fmat withNan(2, 2, arma::fill::ones);
        withNan(1, 1) = std::nanf("");
        QVERIFY_THROWS_EXCEPTION(Error, WordVectors({"a", "b"}, withNan));
        arma::fmat withInf(2, 2, arma::fill::ones);
        withInf(0, 1) = INFINITY;
        QVERIFY_THROWS_EXCEPTION(Error, WordVectors({"a", "b"}, withInf));
        QVERIFY(WordVectors().empty());
    }

    void batchedAnalogiesMatchSingleQueries()
    {
        // 300 random words in 12 dimensions, 2,500 random questions (more than one block of
        // 1,024): the batched matrix product must give each single query's best answer.
        arma::arma_rng::set_seed(7);
        const arma::fmat v = arma::randn<arma::fmat>(300, 12);
        std::vector<std::string> words;
        for (int i = 0; i < 300; ++i)
            words.push_back(std::string("w").append(std::to_string(i)));
        const WordVectors store(words, v);
        std::mt19937 random(11);
        std::uniform_int_distribution<std::size_t> pick(0, 299);
        std::vector<WordVectors::AnalogyQuery> queries;
        while (queries.size() < 2500) {
            const std::size_t a = pick(random), b = pick(random), c = pick(random);
            if (a != b && b != c && a != c)
                queries.push_back({a, b, c});
        }
        for (const AnalogyMethod method : {AnalogyMethod::CosAdd, AnalogyMethod::CosMul}) {
            for (const std::size_t limit : {std::size_t(0), std::size_t(120)}) {
                const std::vector<std::size_t> batch = store.answerAnalogies(queries, method, limit);
                QCOMPARE(batch.size(), queries.size());
                std::size_t agree = 0, checked = 0;
                for (std::size_t q = 0; q < queries.size(); ++q) {
                    const auto& [a, b, c] = queries[q];
                    if (limit && (a >= limit || b >= limit || c >= limit))
                        continue;
                    const auto single = store.analogy(words[a], words[b], words[c], 2, method, limit);
                    ++checked;
                    // Float sums in another order may swap an exact near-tie; allow that only
                    // when the two best scores are within rounding.
                    if (single[0].index == batch[q]
                        || (single[1].index == batch[q]
                            && std::abs(single[0].score - single[1].score) < 1e-5f))
                        ++agree;
                }
                QVERIFY(checked > 100);
                QCOMPARE(agree, checked);
            }
        }
    }

    void batchedAnalogiesRespectRowGroups()
    {
        // "King" (row 4) folds with "king" (row 1): grouped, it is excluded when king is in
        // the question, so man : king :: woman : ? answers queen, not King (which points
        // almost where the 3CosAdd target does).
        const arma::fmat v = {{1, 1}, {3, 1}, {1, -1}, {3, -1}, {0.55f, -0.64f}};
        const WordVectors store({"man", "king", "woman", "queen", "King"}, v);
        const std::vector<WordVectors::AnalogyQuery> question{{0, 1, 2}};
        QCOMPARE(store.answerAnalogies(question).front(), std::size_t(4));
        QCOMPARE(store.answerAnalogies(question, AnalogyMethod::CosAdd, 0, nullptr, {0, 1, 2, 3, 1})
                     .front(),
                 std::size_t(3));
    }

    void firstWords()
    {
        const WordVectors top = royalty().firstWords(3);
        QCOMPARE(top.words(), (std::vector<std::string>{"king", "queen", "man"}));
        QCOMPARE(top.vectors()(2, 1), 1.0f);
        QCOMPARE(royalty().firstWords(100).size(), std::size_t(7));
    }
};

QTEST_APPLESS_MAIN(TestWordVectors)
#include "tst_wordvectors.moc"
