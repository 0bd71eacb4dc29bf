// StringCounter: short (packed) and long keys, growth, and enumeration.
#include "core/StringCounter.h"

#include <QtTest/QtTest>

#include <map>
#include <string>

using namespace lengua;

class TestStringCounter : public QObject {
    Q_OBJECT
private slots:
    void countsShortAndLongKeys()
    {
        StringCounter counter;
        const std::string text = "a a banco canción a extraordinariamente banco 12345678 123456789";
        for (std::string_view word : {std::string_view(text).substr(0, 1), std::string_view(text).substr(2, 1),
                                      std::string_view(text).substr(4, 5), std::string_view("canción"),
                                      std::string_view("a"), std::string_view("extraordinariamente"),
                                      std::string_view("banco"), std::string_view("12345678"),
                                      std::string_view("123456789")})
            counter.add(word);
        QCOMPARE(counter.count("a"), 3u);
        QCOMPARE(counter.count("banco"), 2u);
        QCOMPARE(counter.count("canción"), 1u);            // 8 bytes: packed
        QCOMPARE(counter.count("extraordinariamente"), 1u); // long
        QCOMPARE(counter.count("12345678"), 1u);
        QCOMPARE(counter.count("123456789"), 1u);
        QCOMPARE(counter.count("1234567"), 0u);
        QCOMPARE(counter.count("ab"), 0u);
        QCOMPARE(counter.count(""), 0u);
        QCOMPARE(counter.size(), size_t(6));
    }

    void growsAndEnumeratesEverything()
    {
        std::vector<std::string> keys;
        for (int i = 0; i < 50000; ++i)
            keys.push_back((i % 3 == 0 ? "long-key-number-" : "k") + std::to_string(i));
        StringCounter counter;
        std::map<std::string, std::uint64_t> expected;
        for (int round = 0; round < 3; ++round) {
            for (size_t i = 0; i < keys.size(); i += size_t(round + 1)) {
                counter.add(keys[i]);
                ++expected[keys[i]];
            }
        }
        QCOMPARE(counter.size(), expected.size());
        std::map<std::string, std::uint64_t> seen;
        counter.forEach([&](std::string_view key, std::uint64_t count) { seen[std::string(key)] += count; });
        QVERIFY(seen == expected);
        QCOMPARE(counter.count("k1"), 1u);                // index 1: round 0 only
        QCOMPARE(counter.count("k2"), 2u);                // index 2: rounds 0 and 1
        QCOMPARE(counter.count("long-key-number-6"), 3u); // index 6: every round
    }
};

QTEST_GUILESS_MAIN(TestStringCounter)
#include "tst_stringcounter.moc"
