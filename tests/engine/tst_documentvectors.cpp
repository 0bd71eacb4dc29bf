// Documents as LSA vectors: the shape (documents × min(dims, N, terms)), names and
// labels kept per row, documents about the same topic closer (cosine) than documents about
// different topics, and the rows reproduce the TF-IDF cosines when no dimension is dropped.
#include "core/Error.h"
#include "count/MatrixWeighting.h"
#include "count/TermDocumentMatrix.h"
#include "embed/DocumentVectors.h"

#include <QtTest/QtTest>

#include <sstream>

using namespace lengua;

namespace {

std::vector<std::string> words(const std::string& text)
{
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string word; in >> word;)
        out.push_back(word);
    return out;
}

double cosine(const arma::rowvec& a, const arma::rowvec& b)
{
    return arma::dot(a, b) / (arma::norm(a) * arma::norm(b));
}

std::vector<LabelledDocument> topics()
{
    return {
        {"f1", "fútbol", words("el equipo ganó el partido de fútbol con un gol")},
        {"f2", "fútbol", words("el gol del equipo en el partido fue el mejor")},
        {"f3", "fútbol", words("partido de fútbol equipo gol árbitro")},
        {"c1", "cocina", words("la receta lleva harina huevo y azúcar al horno")},
        {"c2", "cocina", words("el horno calienta la harina y el azúcar de la receta")},
        {"c3", "cocina", words("receta de pan con harina horno y sal")},
        {"vacío", "cocina", {}},
    };
}

} // namespace

class TestDocumentVectors : public QObject {
    Q_OBJECT
private slots:
    void shapeAndLabels()
    {
        const DocumentVectorSet set = DocumentVectors::build(topics(), 100, 1);
        QCOMPARE(set.vectors.n_rows, arma::uword(6)); // the empty document is dropped
        QCOMPARE(set.vectors.n_cols, arma::uword(6)); // min(N, terms)
        QCOMPARE(set.names.front(), std::string("f1"));
        QCOMPARE(set.labels.back(), std::string("cocina"));
        const DocumentVectorSet two = DocumentVectors::build(topics(), 2, 1);
        QCOMPARE(two.vectors.n_cols, arma::uword(2));
        QVERIFY(two.singularValues[0] >= two.singularValues[1]);
    }

    void sameTopicCloser()
    {
        const DocumentVectorSet set = DocumentVectors::build(topics(), 2, 1);
        for (arma::uword a = 0; a < 3; ++a)
            for (arma::uword b = 0; b < 3; ++b)
                if (a != b)
                    QVERIFY(cosine(set.vectors.row(a), set.vectors.row(b))
                            > cosine(set.vectors.row(a), set.vectors.row(b + 3)));
    }

    void fullRankKeepsTfidfCosines()
    {
        // With all N ≥ rank dimensions, U·Σ rows have the Gram matrix of the TF-IDF rows.
        const auto documents = topics();
        const DocumentVectorSet set = DocumentVectors::build(documents, 100, 1);
        std::vector<TermDocumentMatrix::Document> columns;
        for (std::size_t i = 0; i < 6; ++i)
            columns.push_back({documents[i].name, documents[i].tokens});
        const arma::mat tfidf(MatrixWeighting::tfidf(TermDocumentMatrix::build(columns, 1)).values().t());
        const arma::mat expected = tfidf * tfidf.t();
        const arma::mat actual = set.vectors * set.vectors.t();
        QVERIFY(arma::approx_equal(actual, expected, "absdiff", 1e-8 * arma::abs(expected).max()));
    }

    void tooFewDocuments()
    {
        QVERIFY_THROWS_EXCEPTION(Error, DocumentVectors::build({topics()[0], topics()[1]}));
    }
};

QTEST_APPLESS_MAIN(TestDocumentVectors)
#include "tst_documentvectors.moc"
