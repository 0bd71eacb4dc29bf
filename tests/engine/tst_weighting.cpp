// PPMI and TF-IDF against hand-worked and published values.
#include "core/Error.h"
#include "count/MatrixWeighting.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

TermMatrix fromDense(const std::vector<std::string>& rows, const std::vector<std::string>& columns,
                     const arma::mat& values)
{
    return TermMatrix(rows, columns, arma::sp_mat(values));
}

// Jurafsky & Martin, Speech and Language Processing 3rd ed., §6.6, Fig. 6.10: co-occurrence
// counts of four words with five contexts (total 11,716).
TermMatrix jurafskyMartinCounts()
{
    return fromDense({"cherry", "strawberry", "digital", "information"},
                     {"computer", "data", "result", "pie", "sugar"},
                     {{2, 8, 9, 442, 25},
                      {0, 0, 1, 60, 19},
                      {1670, 1683, 85, 5, 4},
                      {3325, 3982, 378, 5, 13}});
}

} // namespace

class TestWeighting : public QObject {
    Q_OBJECT
private slots:
    void ppmiOfJurafskyMartin()
    {
        // J&M 3rd ed. Fig. 6.11 (PPMI of Fig. 6.10, two decimals). Worked by hand for one
        // cell: P(information, data) = 3982/11716 = .3399, P(information) = 7703/11716 = .6575,
        // P(data) = 5673/11716 = .4842, log2(.3399 / (.6575 · .4842)) = .0944 -> 0.09.
        const arma::mat expected = {{0, 0, 0, 4.38, 3.30},
                                    {0, 0, 0, 4.10, 5.51},
                                    {0.18, 0.01, 0, 0, 0},
                                    {0.02, 0.09, 0.28, 0, 0}};
        const TermMatrix ppmi = MatrixWeighting::ppmi(jurafskyMartinCounts());
        const arma::mat actual(ppmi.values());
        QVERIFY2(arma::approx_equal(actual, expected, "absdiff", 0.005 + 1e-9),
                 qPrintable(QString::fromStdString([&] { std::ostringstream s; actual.print(s); return s.str(); }())));
        QCOMPARE(ppmi.rowLabels(), jurafskyMartinCounts().rowLabels());
    }

    void ppmiWithContextSmoothingByHand()
    {
        // counts [[2, 0], [1, 1]], total 4, α = 0.5. P(w) = (.5, .5). Column sums (3, 1):
        // P_α(c) = (√3, 1) / (√3 + 1) = (.633975, .366025).
        // (0,0): log2((2/4) / (.5 · .633975)) = log2(1.577350) = .657503
        // (1,0): log2((1/4) / (.5 · .633975)) = -.342497 -> 0
        // (1,1): log2((1/4) / (.5 · .366025)) = log2(1.366025) = .449984
        const TermMatrix counts = fromDense({"w0", "w1"}, {"c0", "c1"}, {{2, 0}, {1, 1}});
        const TermMatrix ppmi = MatrixWeighting::ppmi(counts, 0.5);
        QVERIFY(std::abs(ppmi.value(0, 0) - 0.657503) < 1e-6);
        QCOMPARE(ppmi.value(1, 0), 0.0);
        QVERIFY(std::abs(ppmi.value(1, 1) - 0.449984) < 1e-6);
        QCOMPARE(ppmi.value(0, 1), 0.0);
        // Without smoothing (1,1) is log2((1/4) / (.5 · .25)) = 1.
        QVERIFY(std::abs(MatrixWeighting::ppmi(counts).value(1, 1) - 1.0) < 1e-12);
        // Smoothing raises rare contexts' probability, so it lowers their PPMI.
        QVERIFY(MatrixWeighting::ppmi(jurafskyMartinCounts(), 0.75).value(1, 4)
                < MatrixWeighting::ppmi(jurafskyMartinCounts()).value(1, 4));
    }

    void ppmiBadInput()
    {
        const TermMatrix counts = fromDense({"w"}, {"c"}, arma::mat(1, 1, arma::fill::ones));
        QVERIFY_THROWS_EXCEPTION(Error, MatrixWeighting::ppmi(counts, 0.0));
        QVERIFY_THROWS_EXCEPTION(Error, MatrixWeighting::ppmi(counts, 1.5));
        QVERIFY_THROWS_EXCEPTION(Error, MatrixWeighting::ppmi(fromDense({"w"}, {"c"}, arma::mat(1, 1, arma::fill::value(-1.0)))));
        const TermMatrix empty = fromDense({"w"}, {"c"}, arma::mat(1, 1, arma::fill::zeros));
        QCOMPARE(MatrixWeighting::ppmi(empty).nonZeros(), std::size_t(0));
    }

    void tfidfByHand()
    {
        // Three documents. "el" is in all of them: idf = log10(3/3) = 0.
        // "gato" only in d1 (count 2): idf = log10(3) = .477121, tf = log10(3) = .477121,
        //   weight .227645.
        // "perro" in d2 (9) and d3 (1): idf = log10(3/2) = .176091; d2: tf = log10(10) = 1,
        //   weight .176091; d3: tf = log10(2) = .301030, weight .053009.
        const TermMatrix counts = fromDense({"el", "gato", "perro"}, {"d1", "d2", "d3"},
                                            {{3, 1, 2}, {2, 0, 0}, {0, 9, 1}});
        const std::vector<double> idf = MatrixWeighting::idf(counts);
        QCOMPARE(idf[0], 0.0);
        QVERIFY(std::abs(idf[1] - 0.477121) < 1e-6);
        QVERIFY(std::abs(idf[2] - 0.176091) < 1e-6);
        const TermMatrix tfidf = MatrixWeighting::tfidf(counts);
        for (std::size_t d = 0; d < 3; ++d)
            QCOMPARE(tfidf.value(0, d), 0.0);
        QVERIFY(std::abs(tfidf.value(1, 0) - 0.227645) < 1e-6);
        QCOMPARE(tfidf.value(1, 1), 0.0);
        QVERIFY(std::abs(tfidf.value(2, 1) - 0.176091) < 1e-6);
        QVERIFY(std::abs(tfidf.value(2, 2) - 0.053009) < 1e-6);
        QVERIFY_THROWS_EXCEPTION(Error, MatrixWeighting::tfidf(fromDense({"w"}, {"d"}, arma::mat(1, 1, arma::fill::value(-2.0)))));
    }
};

QTEST_GUILESS_MAIN(TestWeighting)
#include "tst_weighting.moc"
