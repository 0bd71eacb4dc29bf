// ClosestWords: Levenshtein distance over code points (an accented letter is one edit, not
// two bytes), and the "did you mean" list: bound, limit, ordering by distance then rank.
#include "count/ClosestWords.h"

#include <QtTest/QtTest>

using namespace lengua;

class TestClosestWords : public QObject {
    Q_OBJECT
private slots:
    void editDistanceOnClassicPairs()
    {
        // Textbook values (Jurafsky & Martin ch. 2, Levenshtein with unit substitutions).
        QCOMPARE(ClosestWords::editDistance("kitten", "sitting"), std::size_t(3));
        QCOMPARE(ClosestWords::editDistance("flaw", "lawn"), std::size_t(2));
        QCOMPARE(ClosestWords::editDistance("intention", "execution"), std::size_t(5));
        QCOMPARE(ClosestWords::editDistance("", "abc"), std::size_t(3));
        QCOMPARE(ClosestWords::editDistance("abc", ""), std::size_t(3));
        QCOMPARE(ClosestWords::editDistance("", ""), std::size_t(0));
        QCOMPARE(ClosestWords::editDistance("casa", "casa"), std::size_t(0));
        QCOMPARE(ClosestWords::editDistance("izquirda", "izquierda"), std::size_t(1));
        // Symmetric.
        QCOMPARE(ClosestWords::editDistance("sitting", "kitten"), std::size_t(3));
    }

    void accentsAreOneEdit()
    {
        // "ó" and "ñ" are two bytes each in UTF-8: a byte distance would say 2.
        QCOMPARE(ClosestWords::editDistance("canción", "cancion"), std::size_t(1));
        QCOMPARE(ClosestWords::editDistance("niño", "nino"), std::size_t(1));
        QCOMPARE(ClosestWords::editDistance("año", "ano"), std::size_t(1));
        QCOMPARE(ClosestWords::editDistance("árbol", "arból"), std::size_t(2));
        QCOMPARE(ClosestWords::editDistance("ñ", ""), std::size_t(1));
        QCOMPARE(ClosestWords::editDistance("añadió", "añadió"), std::size_t(0));
    }

    void findsTheMisspelledWord()
    {
        const std::vector<std::string> vocabulary{"la", "de", "izquierda", "derecha", "iglesia", "izquierdo"};
        const std::vector<std::string> closest = ClosestWords::find("izquirda", vocabulary);
        QVERIFY(!closest.empty());
        QCOMPARE(closest.front(), std::string("izquierda"));
        // izquierdo is two edits away, derecha far: only izquierda and izquierdo within 3.
        QCOMPARE(closest, (std::vector<std::string>{"izquierda", "izquierdo"}));
        QCOMPARE(ClosestWords::find("cancion", {"canción", "canciones", "camión"}).front(),
                 std::string("canción"));
    }

    void orderingLimitAndBound()
    {
        // All at distance 1 from "cata": ties keep the vocabulary's (frequency) order.
        const std::vector<std::string> vocabulary{"gata", "casa", "cata", "bata", "lata", "rata", "catar"};
        QCOMPARE(ClosestWords::find("cata", vocabulary, 3),
                 (std::vector<std::string>{"gata", "casa", "bata"})); // the word itself is skipped
        QCOMPARE(ClosestWords::find("cata", vocabulary, 100).size(), std::size_t(6));
        // Closer first, whatever the rank.
        QCOMPARE(ClosestWords::find("perros", {"perrito", "perro"}, 5),
                 (std::vector<std::string>{"perro", "perrito"}));
        // maxDistance.
        QCOMPARE(ClosestWords::find("perros", {"perrito", "perro"}, 5, 1),
                 (std::vector<std::string>{"perro"}));
        // A short word allows max(1, length / 2) edits: "al" only 1 ("la" needs 2).
        QCOMPARE(ClosestWords::find("al", {"la", "el", "a", "sal", "alto"}),
                 (std::vector<std::string>{"el", "a", "sal"}));
        QVERIFY(ClosestWords::find("zzzzzzzz", {"la", "de"}).empty());
        QVERIFY(ClosestWords::find("la", {"la", "le"}, 0).empty());
    }
};

QTEST_APPLESS_MAIN(TestClosestWords)
#include "tst_closestwords.moc"
