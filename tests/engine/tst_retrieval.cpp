// Ranking documents for a query: BM25 and TF-IDF cosine, on a three-document collection
// worked out by hand; each document's top TF-IDF terms.
#include "core/Error.h"
#include "count/Bm25Index.h"
#include "count/TfidfIndex.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace lengua;

namespace {

// d1 "gato gato el el" (4 words), d2 "perro el" (2), d3 "gato perro el el el el" (6);
// average length 4.
TermMatrix collection()
{
    return TermMatrix({"el", "gato", "perro"}, {"d1", "d2", "d3"},
                      arma::sp_mat(arma::mat{{2, 1, 4}, {2, 0, 1}, {0, 1, 1}}));
}

bool near(double a, double b) { return std::abs(a - b) < 1e-6; }

} // namespace

class TestRetrieval : public QObject {
    Q_OBJECT
private slots:
    void bm25ByHand()
    {
        // k1 = 1.5, b = 0.75, idf = ln(1 + (N - df + .5) / (df + .5)) (Lucene), N = 3.
        // idf(gato) = idf(perro) = ln(1 + 1.5/2.5) = ln 1.6 = .470004; idf(el) = ln(1 + .5/3.5)
        // = .133531. Length norm K = 1 - b + b·|d|/4: d1 1, d2 .625, d3 1.375.
        // "gato": d1 .470004 · 2·2.5/(2 + 1.5) = .671434; d3 .470004 · 2.5/(1 + 2.0625) = .383676.
        const Bm25Index index(collection());
        QVERIFY(near(index.idf(1), std::log(1.6)));
        QVERIFY(near(index.idf(0), std::log(1.0 + 0.5 / 3.5)));
        const auto gato = index.rank({"gato"});
        QCOMPARE(gato.size(), std::size_t(2));
        QCOMPARE(gato[0].name, std::string("d1"));
        QVERIFY(near(gato[0].score, 0.6714338));
        QCOMPARE(gato[1].document, std::size_t(2));
        QVERIFY(near(gato[1].score, 0.3836764));
        // "el perro": d2 .133531·2.5/1.9375 + .470004·2.5/1.9375 = .778755;
        // d3 .133531·4·2.5/6.0625 + .383676 = .603934; d1 .133531·5/3.5 = .190759.
        const auto query = index.rank({"el", "perro", "ornitorrinco"});
        QCOMPARE(query.size(), std::size_t(3));
        QCOMPARE(query[0].name, std::string("d2"));
        QVERIFY(near(query[0].score, 0.7787549));
        QCOMPARE(query[1].name, std::string("d3"));
        QVERIFY(near(query[1].score, 0.6039344));
        QCOMPARE(query[2].name, std::string("d1"));
        QVERIFY(near(query[2].score, 0.1907591));
        QCOMPARE(index.rank({"el", "perro"}, 1).size(), std::size_t(1));
        QVERIFY(index.rank({"ornitorrinco"}).empty());
    }

    void bm25BadParameters()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Bm25Index(collection(), -1.0));
        QVERIFY_THROWS_EXCEPTION(Error, Bm25Index(collection(), 1.2, 1.5));
        QVERIFY_THROWS_EXCEPTION(Error, Bm25Index(collection()).idf(3));
    }

    void tfidfCosineRanking()
    {
        // idf: el 0 (in every document), gato = perro = log10(3/2) = .176091.
        // Weights: d1 gato log10(3)·.176091 = .084013; d3 gato = perro = log10(2)·.176091.
        // The query "gato" is (0, w, 0): cos with d1 = 1 (only gato); with d3 = 1/√2; d2 0.
        const TfidfIndex index(collection());
        QCOMPARE(index.idf()[0], 0.0);
        QVERIFY(near(index.idf()[1], std::log10(1.5)));
        QVERIFY(near(index.weights().value(1, 0), std::log10(3.0) * std::log10(1.5)));
        const auto hits = index.rank({"gato", "el"});
        QCOMPARE(hits.size(), std::size_t(2));
        QCOMPARE(hits[0].name, std::string("d1"));
        QVERIFY(near(hits[0].score, 1.0));
        QCOMPARE(hits[1].name, std::string("d3"));
        QVERIFY(near(hits[1].score, std::sqrt(0.5)));
        // "gato perro perro": query weights (log10 2, log10 3)·idf; d3 = (1, 1): cos =
        // (.30103 + .47712)/(√2 · √(.30103² + .47712²)) = .975593.
        const auto two = index.rank({"gato", "perro", "perro"});
        QCOMPARE(two[0].name, std::string("d3"));
        QVERIFY(near(two[0].score, (std::log10(2.0) + std::log10(3.0))
                                       / (std::sqrt(2.0) * std::hypot(std::log10(2.0), std::log10(3.0)))));
        QVERIFY(index.rank({"el"}).empty()); // a word in every document carries no weight
        // The pieces of the lecture's formula for the panel: df and tf.
        QCOMPARE(index.documentFrequency(0), std::size_t(3));
        QCOMPARE(index.documentFrequency(1), std::size_t(2));
        QVERIFY(near(index.termFrequency(1, 0), std::log10(3.0)));
        QCOMPARE(index.termFrequency(2, 0), 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, index.documentFrequency(3));
        QVERIFY_THROWS_EXCEPTION(Error, index.termFrequency(0, 3));
    }

    void topTermsHeaviestFirst()
    {
        const TfidfIndex index(collection());
        const auto top = index.topTerms(2);
        QCOMPARE(top.size(), std::size_t(2)); // "el" weighs 0
        QCOMPARE(top[0].term, std::string("gato")); // a tie with perro: alphabetical
        QCOMPARE(top[1].term, std::string("perro"));
        QCOMPARE(top[0].count, std::uint64_t(1));
        QCOMPARE(index.topTerms(0, 1).front().count, std::uint64_t(2));
        QVERIFY_THROWS_EXCEPTION(Error, index.topTerms(3));
    }
};

QTEST_GUILESS_MAIN(TestRetrieval)
#include "tst_retrieval.moc"
