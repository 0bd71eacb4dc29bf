// Cosine similarity on the lecture's table, zero vectors, nearest neighbours and bag of words.
#include "core/Error.h"
#include "count/BagOfWords.h"
#include "count/CosineSimilarity.h"
#include "count/TermMatrix.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

// The lecture's table (clase 5, "Medida de similaridad"; Jurafsky & Martin 3rd ed. §6.4).
TermMatrix lectureTable()
{
    return TermMatrix({"cherry", "digital", "information"}, {"pie", "data", "computer"},
                      arma::sp_mat(arma::mat{{442, 8, 2}, {5, 1683, 1670}, {5, 3982, 3325}}));
}

double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

} // namespace

class TestSimilarity : public QObject {
    Q_OBJECT
private slots:
    void lectureCosines()
    {
        const TermMatrix m = lectureTable();
        // cherry·information = 442·5 + 8·3982 + 2·3325 = 40,716; |cherry| = 442.08,
        // |information| = 5187.63 -> .0178; digital·information = 12,254,481 / (2370.96 ·
        // 5187.63) = .9963.
        QCOMPARE(rounded(CosineSimilarity::rowCosine(m, 0, 2)), 0.018);
        QCOMPARE(rounded(CosineSimilarity::rowCosine(m, 1, 2)), 0.996);
        QCOMPARE(rounded(CosineSimilarity::rowCosine(m, 2, 2)), 1.0);
        // The dot products before normalising (worked above): information wins with itself.
        QCOMPARE(CosineSimilarity::rowDot(m, 0, 2), 40716.0);
        QCOMPARE(CosineSimilarity::rowDot(m, 1, 2), 25.0 + 1683.0 * 3982 + 1670.0 * 3325); // 12,254,481
        QCOMPARE(CosineSimilarity::rowDot(m, 2, 2), 5.0 * 5 + 3982.0 * 3982 + 3325.0 * 3325);
        const std::vector<float> all = CosineSimilarity::rowCosines(m, {0, 1, 2});
        QCOMPARE(all.size(), std::size_t(9));
        QVERIFY(std::abs(all[0 * 3 + 2] - 0.017754f) < 1e-5f);
        QCOMPARE(all[2 * 3 + 0], all[0 * 3 + 2]);
        QVERIFY(std::abs(all[1 * 3 + 1] - 1.0f) < 1e-6f);
        const arma::vec cherry = {442, 8, 2}, information = {5, 3982, 3325};
        QVERIFY(std::abs(CosineSimilarity::cosine(cherry, information) - 0.0177539) < 1e-6);
        const arma::sp_mat a{arma::mat(cherry.t())}, b{arma::mat(information)};
        QVERIFY(std::abs(CosineSimilarity::cosine(a, b) - 0.0177539) < 1e-6);
    }

    void columnCosines()
    {
        // pie = (442, 5, 5), data = (8, 1683, 3982): 3536 + 8415 + 19910 = 31861 over
        // 442.0566 · 4323.0634 -> .0166721.
        const TermMatrix m = lectureTable();
        QVERIFY(std::abs(CosineSimilarity::columnCosine(m, 0, 1) - 0.0166721) < 1e-6);
        const std::vector<float> all = CosineSimilarity::columnCosines(m, {0, 1});
        QVERIFY(std::abs(all[1] - 0.0166721f) < 1e-5f);
    }

    void cosineTablesMatchPairByPair()
    {
        // rowCosines / columnCosines use a sparse Gram product; check it against the one-pair
        // functions on a random sparse matrix, with a repeated index and a zero row.
        arma::arma_rng::set_seed(11);
        arma::sp_mat values = arma::sprandu<arma::sp_mat>(30, 40, 0.2);
        values.row(5).zeros();
        std::vector<std::string> rows, columns;
        for (int i = 0; i < 30; ++i)
            rows.push_back("r" + std::to_string(i));
        for (int i = 0; i < 40; ++i)
            columns.push_back("c" + std::to_string(i));
        const TermMatrix m(rows, columns, values);
        const std::vector<std::size_t> chosen = {3, 5, 0, 29, 3, 17};
        const std::vector<float> table = CosineSimilarity::rowCosines(m, chosen);
        const std::vector<float> columnTable = CosineSimilarity::columnCosines(m, chosen);
        for (std::size_t i = 0; i < chosen.size(); ++i)
            for (std::size_t j = 0; j < chosen.size(); ++j) {
                const float expected = float(CosineSimilarity::rowCosine(m, chosen[i], chosen[j]));
                QVERIFY(std::abs(table[i * chosen.size() + j] - expected) < 1e-6f);
                const float expectedColumn = float(CosineSimilarity::columnCosine(m, chosen[i], chosen[j]));
                QVERIFY(std::abs(columnTable[i * chosen.size() + j] - expectedColumn) < 1e-6f);
            }
        QCOMPARE(table[1 * chosen.size() + 1], 0.0f); // the zero row
        QVERIFY(std::abs(table[0 * chosen.size() + 4] - 1.0f) < 1e-6f); // row 3 with itself
        QVERIFY_THROWS_EXCEPTION(Error, CosineSimilarity::rowCosines(m, {30}));
        QVERIFY_THROWS_EXCEPTION(Error, CosineSimilarity::columnCosines(m, {40}));
    }

    void zeroVectorsGiveZero()
    {
        QCOMPARE(CosineSimilarity::cosine(arma::vec{0, 0}, arma::vec{1, 2}), 0.0);
        const TermMatrix m({"a", "b"}, {"x", "y"}, arma::sp_mat(arma::mat{{0, 0}, {1, 1}}));
        QCOMPARE(CosineSimilarity::rowCosine(m, 0, 1), 0.0);
        QCOMPARE(CosineSimilarity::rowCosine(m, 0, 0), 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, CosineSimilarity::cosine(arma::vec{1}, arma::vec{1, 2}));
        QVERIFY_THROWS_EXCEPTION(Error, CosineSimilarity::rowCosine(m, 0, 2));
    }

    void nearestNeighboursInOrder()
    {
        // Rows as 2-D directions: q = (1, 0); a at 10°, b at 45°, c at 80°, d = (0, 0).
        // cos: a .985, b .707, c .174, d 0 -> a, b, c.
        auto at = [](double degrees) { return arma::rowvec{std::cos(degrees * M_PI / 180), std::sin(degrees * M_PI / 180)}; };
        arma::mat values(5, 2);
        values.row(0) = at(45) * 3.0;
        values.row(1) = arma::rowvec{0, 0};
        values.row(2) = at(0);
        values.row(3) = at(80) * 7.0;
        values.row(4) = at(10) * 0.5;
        const TermMatrix m({"b", "d", "q", "c", "a"}, {"x", "y"}, arma::sp_mat(values));
        const auto neighbours = CosineSimilarity::nearestRows(m, 2, 3);
        QCOMPARE(neighbours.size(), std::size_t(3));
        QCOMPARE(neighbours[0].label, std::string("a"));
        QCOMPARE(neighbours[1].label, std::string("b"));
        QCOMPARE(neighbours[2].label, std::string("c"));
        QCOMPARE(neighbours[0].row, std::size_t(4));
        QVERIFY(std::abs(neighbours[1].cosine - std::sqrt(0.5)) < 1e-12);
        QCOMPARE(CosineSimilarity::nearestRows(m, 2, 10).size(), std::size_t(4)); // itself left out
        QCOMPARE(CosineSimilarity::nearestRows(m, 2, 10).back().label, std::string("d"));
    }

    void bagOfWordsForgetsOrder()
    {
        const TermMatrix vocabulary({"el", "perro", "mordió", "al", "hombre"}, {"d"},
                                    arma::sp_mat(5, 1));
        const auto first = BagOfWords::of({"el", "perro", "mordió", "al", "hombre"}, vocabulary);
        const auto second = BagOfWords::of({"el", "hombre", "mordió", "al", "perro"}, vocabulary);
        QVERIFY(arma::approx_equal(first.counts, second.counts, "absdiff", 0.0));
        QCOMPARE(CosineSimilarity::cosine(first.counts, second.counts), 1.0);
        const auto repeated = BagOfWords::of({"el", "el", "gato", "perro"}, vocabulary);
        QCOMPARE(repeated.counts[0], 2.0);
        QCOMPARE(repeated.counts[1], 1.0);
        QCOMPARE(arma::accu(repeated.counts), 3.0);
        QCOMPARE(repeated.unknownWords, std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
