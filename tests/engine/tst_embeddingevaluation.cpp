// SimilarityEvaluation and AnalogyEvaluation: Spearman's ρ with ties against a hand
// computation, the WordSim-353 file layout (tabs, CRLF, a header, comments), coverage with
// and without case folding, and analogy accuracy per section on a tiny file whose answers
// are worked out by hand on the 2D royalty vectors of tst_wordvectors.
#include "embed/AnalogyEvaluation.h"
#include "embed/SimilarityEvaluation.h"

#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

// Unit vectors: king (3,1)/√10, queen (3,−1)/√10, man (1,1)/√2, woman (1,−1)/√2,
// child (1,0), apple (−2,0.1)/√4.01, boy (2,0).
WordVectors royalty()
{
    arma::fmat v = {{3, 1}, {3, -1}, {1, 1}, {1, -1}, {1, 0}, {-2, 0.1f}, {2, 0}};
    return WordVectors({"king", "queen", "man", "woman", "child", "apple", "boy"}, v);
}

bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) < tolerance; }

} // namespace

class TestEmbeddingEvaluation : public QObject {
    Q_OBJECT
private slots:
    void averageRanksShareTies()
    {
        QCOMPARE(SimilarityEvaluation::averageRanks({10, 20, 20, 30}),
                 (std::vector<double>{1, 2.5, 2.5, 4}));
        QCOMPARE(SimilarityEvaluation::averageRanks({5, 5, 5}), (std::vector<double>{2, 2, 2}));
        QCOMPARE(SimilarityEvaluation::averageRanks({3, 1, 2}), (std::vector<double>{3, 1, 2}));
    }

    void spearmanWithTiesByHand()
    {
        // x = (3, 1, 4, 1, 5) → ranks (3, 1.5, 4, 1.5, 5); y = (2, 7, 1, 8, 2) → (2.5, 4, 1, 5, 2.5).
        // Both rank means are 3; deviations dx = (0, −1.5, 1, −1.5, 2), dy = (−0.5, 1, −2, 2, −0.5).
        // Σdx·dy = −7.5, Σdx² = Σdy² = 9.5, so ρ = −7.5 / 9.5 = −0.789474 (Pearson's r of the
        // average ranks, the definition with ties; scipy.stats.spearmanr gives −0.7894736842).
        const double rho = SimilarityEvaluation::spearman({3, 1, 4, 1, 5}, {2, 7, 1, 8, 2});
        QVERIFY2(near(rho, -7.5 / 9.5, 1e-12), qPrintable(QString::number(rho, 'g', 17)));
        // The no-ties shortcut 1 − 6Σd²/(n(n²−1)) would say 1 − 6·34/120 = −0.7: not used.
        QVERIFY(!near(rho, -0.7, 1e-3));
        // Monotone but not linear: ρ = 1 while Pearson's r < 1.
        QVERIFY(near(SimilarityEvaluation::spearman({1, 2, 3, 4}, {1, 4, 9, 100}), 1.0, 1e-12));
        QVERIFY(SimilarityEvaluation::pearson({1, 2, 3, 4}, {1, 4, 9, 100}) < 0.9);
        // Undefined cases: too few points, a constant side.
        QVERIFY(std::isnan(SimilarityEvaluation::spearman({1}, {2})));
        QVERIFY(std::isnan(SimilarityEvaluation::spearman({1, 2, 3}, {4, 4, 4})));
        QVERIFY_THROWS_EXCEPTION(Error, SimilarityEvaluation::spearman({1, 2}, {1}));
    }

    void wordSimFileLayout()
    {
        // en-wordsim353.txt: "word<TAB>word<TAB>score" with CRLF; the original combined.tab
        // adds a header line; comments and blank lines may appear.
        const std::vector<WordPair> pairs = SimilarityEvaluation::parsePairs(
            "# a comment\r\nWord 1\tWord 2\tHuman (mean)\r\nlove\tsex\t6.77\r\n\r\n"
            "tiger\tcat\t7.35\r\nseñorial\tcanción\t1.5",
            "ws.txt");
        QCOMPARE(pairs.size(), std::size_t(3));
        QCOMPARE(pairs[0].first, std::string("love"));
        QCOMPARE(pairs[0].second, std::string("sex"));
        QCOMPARE(pairs[0].humanScore, 6.77);
        QCOMPARE(pairs[0].line, std::size_t(3));
        QCOMPARE(pairs[2].second, std::string("canción"));
        // The CSV layout (combined.csv) and plain spaces.
        QCOMPARE(SimilarityEvaluation::parsePairs("Word 1,Word 2,Human (mean)\nlove,sex,6.77\n", "c")
                     .front().humanScore, 6.77);
        QCOMPARE(SimilarityEvaluation::parsePairs("love sex 6.77\n", "s").front().second,
                 std::string("sex"));
    }

    void badPairFiles()
    {
        const auto message = [](const std::string& text) {
            try {
                SimilarityEvaluation::parsePairs(text, "pairs.txt");
            } catch (const Error& error) {
                return std::string(error.what());
            }
            return std::string();
        };
        QVERIFY(message("a\tb\t1\nc\td\n").find("pairs.txt: line 2: has 2 fields") != std::string::npos);
        QVERIFY(message("a\tb\t1\nc\td\tlots\n").find("line 2: value 3 (“lots”) is not a number")
                != std::string::npos);
        // A first line is a header only when its score is no number at all: NaN is a number.
        QVERIFY(message("a\tb\tnan\nc\td\t2\n").find("line 1: value 3 (“nan”) is NaN")
                != std::string::npos);
        QVERIFY(message("# only comments\n\n").find("no word pairs") != std::string::npos);
    }

    void similarityEvaluationByHand()
    {
        // Pairs, human score, cosine (by hand from the unit vectors above):
        //   king–queen 8.0, 0.8;  king–apple 1.0, −0.931708;  Man–Woman 8.5, 0;
        //   child–boy 9.0, 1;  queen–man 8.0, 2/√20 = 0.447214;  king–unicorn: not covered.
        // Human ranks (2.5, 1, 4, 5, 2.5), cosine ranks (4, 1, 2, 5, 3), both with mean 3:
        // Σdx·dy = 6.5, Σdx² = 9.5, Σdy² = 10, ρ = 6.5 / √95 = 0.666886 (scipy: 0.6668859).
        const std::string file = "Word 1\tWord 2\tHuman (mean)\r\nking\tqueen\t8.0\r\n"
                                 "king\tapple\t1.0\r\nMan\tWoman\t8.5\r\nchild\tboy\t9.0\r\n"
                                 "queen\tman\t8.0\r\nking\tunicorn\t5.0\r\n";
        const auto pairs = SimilarityEvaluation::parsePairs(file, "pairs.txt");
        const WordVectors store = royalty();
        const SimilarityReport report = SimilarityEvaluation::evaluate(store, pairs);
        QCOMPARE(report.pairs, std::size_t(6));
        QCOMPARE(report.covered, std::size_t(5));
        QVERIFY(near(report.coverage(), 5.0 / 6.0));
        QVERIFY2(near(report.spearman, 6.5 / std::sqrt(95.0), 1e-9),
                 qPrintable(QString::number(report.spearman, 'g', 17)));
        QVERIFY(near(report.cosines[0], 0.8, 1e-6));
        QVERIFY(near(report.cosines[4], 2.0 / std::sqrt(20.0), 1e-6));
        QVERIFY(std::isnan(report.cosines[5]));
        // Case-sensitive: "Man" and "Woman" are not in the vocabulary.
        const SimilarityReport exact = SimilarityEvaluation::evaluate(store, pairs, false);
        QCOMPARE(exact.covered, std::size_t(4));
        QVERIFY(near(exact.coverage(), 4.0 / 6.0));
        // Only the first four words searched: king–queen, Man–Woman and queen–man remain.
        QCOMPARE(SimilarityEvaluation::evaluate(store, pairs, true, 4).covered, std::size_t(3));
    }

    void analogyFileLayout()
    {
        const AnalogyQuestions questions = AnalogyEvaluation::parseQuestions(
            ": capital-common-countries\nAthens Greece Baghdad Iraq\n\n"
            ":  gram8-plural \r\nniño niños canción canciones\r\n",
            "q.txt");
        QCOMPARE(questions.sections,
                 (std::vector<std::string>{"capital-common-countries", "gram8-plural"}));
        QCOMPARE(questions.questions.size(), std::size_t(2));
        QCOMPARE(questions.questions[1].expected, std::string("canciones"));
        QCOMPARE(questions.questions[1].section, std::size_t(1));
        QCOMPARE(questions.questions[1].line, std::size_t(5));
        // Questions without a section line go to "questions".
        QCOMPARE(AnalogyEvaluation::parseQuestions("a b c d\n", "q").sections,
                 (std::vector<std::string>{"questions"}));
        try {
            AnalogyEvaluation::parseQuestions(": s\na b c d\na b c\n", "q.txt");
            QFAIL("expected an Error");
        } catch (const Error& error) {
            QVERIFY(std::string(error.what()).find("q.txt: line 3: has 3 words") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(Error, AnalogyEvaluation::parseQuestions(": empty\n", "q"));
    }

    void analogyAccuracyPerSectionByHand()
    {
        // royal: man:king::woman:queen → queen (3CosAdd 0.8595, see tst_wordvectors) right;
        //        woman:queen::man:king → king (the mirror image) right;
        //        man:king::woman:unicorn → not covered.
        // gram-fruit: king:queen::man:apple → child (0.9945; apple −0.988) wrong;
        //        Man King Woman Queen → covered only with case folding, right.
        const AnalogyQuestions questions = AnalogyEvaluation::parseQuestions(
            ": royal\nman king woman queen\nwoman queen man king\nman king woman unicorn\n"
            ": gram-fruit\nking queen man apple\nMan King Woman Queen\n",
            "tiny.txt");
        const WordVectors store = royalty();
        for (const AnalogyMethod method : {AnalogyMethod::CosAdd, AnalogyMethod::CosMul}) {
            const AnalogyReport report = AnalogyEvaluation::evaluate(store, questions, method);
            QCOMPARE(report.sections.size(), std::size_t(2));
            const AnalogyScore& royal = report.sections[0];
            QCOMPARE(royal.name, std::string("royal"));
            QCOMPARE(royal.questions, std::size_t(3));
            QCOMPARE(royal.covered, std::size_t(2));
            QCOMPARE(royal.correct, std::size_t(2));
            QVERIFY(near(royal.accuracy(), 1.0));
            QVERIFY(near(royal.coverage(), 2.0 / 3.0));
            const AnalogyScore& fruit = report.sections[1];
            QCOMPARE(fruit.questions, std::size_t(2));
            QCOMPARE(fruit.covered, std::size_t(2));
            QCOMPARE(fruit.correct, std::size_t(1));
            QCOMPARE(report.total.questions, std::size_t(5));
            QCOMPARE(report.total.covered, std::size_t(4));
            QCOMPARE(report.total.correct, std::size_t(3));
            QVERIFY(near(report.total.accuracy(), 0.75));
            QVERIFY(near(report.total.coverage(), 0.8));
            QCOMPARE(report.semantic.correct, std::size_t(2)); // "royal"
            QCOMPARE(report.syntactic.covered, std::size_t(2)); // "gram-fruit"
            QCOMPARE(report.answers[3], std::string("child"));
            QCOMPARE(report.answers[2], std::string()); // not covered
            QCOMPARE(report.answers[4], std::string("queen"));
        }
        // Case-sensitive: the capitalised question is not covered.
        const AnalogyReport exact =
            AnalogyEvaluation::evaluate(store, questions, AnalogyMethod::CosAdd, 0, false);
        QCOMPARE(exact.sections[1].covered, std::size_t(1));
        QCOMPARE(exact.sections[1].correct, std::size_t(0));
        QVERIFY(near(exact.sections[1].accuracy(), 0.0));
        // Searching the first four words only: apple is out, so king:queen::man:apple is not
        // covered; the royal questions still are (their answers are among the four).
        const AnalogyReport top4 = AnalogyEvaluation::evaluate(store, questions, AnalogyMethod::CosAdd, 4);
        QCOMPARE(top4.searchRows, std::size_t(4));
        QCOMPARE(top4.total.covered, std::size_t(3));
        QCOMPARE(top4.total.correct, std::size_t(3));
        // A section with nothing covered has no accuracy (NaN), not 0.
        const AnalogyQuestions unknown = AnalogyEvaluation::parseQuestions(": none\na b c d\n", "u");
        QVERIFY(std::isnan(AnalogyEvaluation::evaluate(store, unknown).total.accuracy()));
    }

    void analogyEvaluationStopsWhenAsked()
    {
        const AnalogyQuestions q = AnalogyEvaluation::parseQuestions("man king woman queen\n", "q");
        std::stop_source stopped;
        stopped.request_stop();
        JobContext job(stopped.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, AnalogyEvaluation::evaluate(royalty(), q,
                                                                           AnalogyMethod::CosAdd,
                                                                           0, true, &job));
    }

    void caseFoldingCountsSpellingsAsOneWord()
    {
        // "King" (row 4) lies where man:king::woman:? points; case-folded it is the same
        // word as "king", so it is excluded and queen answers (gensim does the same).
        const arma::fmat v = {{1, 1}, {3, 1}, {1, -1}, {3, -1}, {0.55f, -0.64f}};
        const WordVectors store({"man", "king", "woman", "queen", "King"}, v);
        const AnalogyQuestions q = AnalogyEvaluation::parseQuestions("man king woman queen\n", "q");
        QCOMPARE(AnalogyEvaluation::evaluate(store, q).total.correct, std::size_t(1));
        QCOMPARE(AnalogyEvaluation::evaluate(store, q, AnalogyMethod::CosAdd, 0, false).total.correct,
                 std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingEvaluation)
#include "tst_embeddingevaluation.moc"
