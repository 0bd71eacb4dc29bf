// TermMatrix (labels, dense blocks), the term × document matrix counted by hand, and the
// count tables read from CSV, hostile ones included.
#include "core/Error.h"
#include "count/CountTableFile.h"
#include "count/TermDocumentMatrix.h"
#include "count/TermMatrix.h"

#include <QtTest/QtTest>

using namespace lengua;

namespace {

TermMatrix small()
{
    arma::sp_mat values(2, 3);
    values(0, 0) = 1.0;
    values(1, 2) = 5.0;
    return TermMatrix({"a", "b"}, {"x", "y", "z"}, values);
}

bool throwsErrorMentioning(const std::function<void()>& f, const std::string& text)
{
    try {
        f();
    } catch (const Error& e) {
        if (std::string(e.what()).find(text) == std::string::npos) {
            qWarning("message was: %s", e.what());
            return false;
        }
        return true;
    }
    return false;
}

} // namespace

class TestTermMatrix : public QObject {
    Q_OBJECT
private slots:
    void labelsAndValues()
    {
        const TermMatrix m = small();
        QCOMPARE(m.rows(), std::size_t(2));
        QCOMPARE(m.columns(), std::size_t(3));
        QCOMPARE(*m.rowIndex("b"), std::size_t(1));
        QCOMPARE(*m.columnIndex("z"), std::size_t(2));
        QVERIFY(!m.rowIndex("c"));
        QCOMPARE(m.value(1, 2), 5.0);
        QCOMPARE(m.value(0, 1), 0.0);
        QCOMPARE(m.nonZeros(), std::size_t(2));
        QVERIFY_THROWS_EXCEPTION(Error, m.value(2, 0));
    }

    void denseBlockInAnyOrder()
    {
        const TermMatrix m = small();
        const std::vector<float> block = m.dense({1, 0, 1}, {2, 0});
        const std::vector<float> expected = {5, 0, 0, 1, 5, 0};
        QCOMPARE(block, expected);
    }

    void badShapesAndRepeatedLabels()
    {
        QVERIFY_THROWS_EXCEPTION(Error, TermMatrix({"a"}, {"x"}, arma::sp_mat(2, 1)));
        QVERIFY(throwsErrorMentioning([] { TermMatrix({"a", "a"}, {"x"}, arma::sp_mat(2, 1)); }, "\"a\" repeats"));
        QVERIFY_THROWS_EXCEPTION(Error, small().withValues(arma::sp_mat(3, 3)));
        const TermMatrix doubled = small().withValues(small().values() * 2.0);
        QCOMPARE(doubled.value(1, 2), 10.0);
        QCOMPARE(*doubled.columnIndex("y"), std::size_t(1));
    }

    void termDocumentCountedByHand()
    {
        // "el gato y el perro" / "el perro" / "un gato" with minCount 1:
        // el 3, gato 2, perro 2, un 1, y 1 -> rows el, gato, perro, un, y (ties alphabetical).
        const std::vector<TermDocumentMatrix::Document> documents = {
            {"uno", {"el", "gato", "y", "el", "perro"}},
            {"dos", {"el", "perro"}},
            {"uno", {"un", "gato"}},
        };
        const TermMatrix m = TermDocumentMatrix::build(documents);
        const std::vector<std::string> rows = {"el", "gato", "perro", "un", "y"};
        const std::vector<std::string> columns = {"uno", "dos", "uno (2)"};
        QCOMPARE(m.rowLabels(), rows);
        QCOMPARE(m.columnLabels(), columns);
        const std::vector<float> expected = {2, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0};
        QCOMPARE(m.dense({0, 1, 2, 3, 4}, {0, 1, 2}), expected);

        const TermMatrix cut = TermDocumentMatrix::build(documents, 2);
        QCOMPARE(cut.rows(), std::size_t(3));
        QCOMPARE(cut.value(*cut.rowIndex("gato"), 2), 1.0);
        QVERIFY_THROWS_EXCEPTION(Error, TermDocumentMatrix::build(documents, 4));
        QVERIFY_THROWS_EXCEPTION(Error, TermDocumentMatrix::build({}));
    }

    void countTableOfTheLecture()
    {
        const TermMatrix m = CountTableFile::parse(
            ",pie,data,computer\ncherry,442,8,2\ndigital,5,1683,1670\r\ninformation,5,3982,3325\n",
            "table.csv");
        const std::vector<std::string> columns = {"pie", "data", "computer"};
        QCOMPARE(m.columnLabels(), columns);
        QCOMPARE(m.rows(), std::size_t(3));
        QCOMPARE(m.value(*m.rowIndex("information"), 1), 3982.0);
        QCOMPARE(m.value(*m.rowIndex("cherry"), 2), 2.0);
        // Quoted labels (RFC 4180) and a byte-order mark.
        const TermMatrix quoted = CountTableFile::parse("\xEF\xBB\xBF\"\",\"a,b\"\n\"x y\",1.5\n", "q.csv");
        QCOMPARE(quoted.columnLabels().front(), std::string("a,b"));
        QCOMPARE(quoted.value(*quoted.rowIndex("x y"), 0), 1.5);
    }

    void hostileCountTables()
    {
        auto parse = [](const char* text) { return [text] { CountTableFile::parse(text, "t.csv"); }; };
        QVERIFY(throwsErrorMentioning(parse(""), "t.csv"));
        QVERIFY(throwsErrorMentioning(parse(",a,b\n"), "no rows"));
        QVERIFY(throwsErrorMentioning(parse(",a,b\nx,1\n"), "t.csv: line 2: has 2 fields, the header has 3"));
        QVERIFY(throwsErrorMentioning(parse(",a\nx,1\ny,-2\n"), "t.csv: line 3"));
        QVERIFY(throwsErrorMentioning(parse(",a\nx,1\ny,nan\n"), "not a finite number"));
        QVERIFY(throwsErrorMentioning(parse(",a\nx,1\ny,inf\n"), "line 3"));
        QVERIFY(throwsErrorMentioning(parse(",a\nx,1\ny,12abc\n"), "line 3"));
        QVERIFY(throwsErrorMentioning(parse(",a\nx,1\ny,\n"), "line 3"));
        QVERIFY(throwsErrorMentioning(parse(",a\nx,1\n\nx,2\n"), "line 4: the row label \"x\" repeats (first on line 2)"));
        QVERIFY(throwsErrorMentioning(parse(",a,a\nx,1,2\n"), "line 1: the column label \"a\" repeats"));
        QVERIFY(throwsErrorMentioning(parse(",a\n,1\n"), "line 2: the row has no label"));
        QVERIFY(throwsErrorMentioning(parse("only\nx\n"), "line 1"));
        QVERIFY(throwsErrorMentioning(parse(",a\n\"x,1\n"), "never closed"));
        QVERIFY(throwsErrorMentioning([] { CountTableFile::read("/nonexistent/table.csv"); },
                                      "/nonexistent/table.csv"));
    }
};

QTEST_GUILESS_MAIN(TestTermMatrix)
#include "tst_termmatrix.moc"
