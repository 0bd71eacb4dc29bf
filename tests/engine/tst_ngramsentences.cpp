// NgramSentences: the held-out splits and the words a model sees of a typed text.
#include "count/NgramSentences.h"

#include <QtTest>

using lengua::NgramSentences;

namespace {

NgramSentences::Sentences numbered(std::size_t count)
{
    NgramSentences::Sentences sentences;
    for (std::size_t i = 0; i < count; ++i)
        sentences.push_back({"s" + std::to_string(i)});
    return sentences;
}

} // namespace

class TestNgramSentences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitHoldsOutTheLastShare()
    {
        const auto split = NgramSentences::split(numbered(20), 0.1);
        QCOMPARE(split.training.size(), std::size_t(18));
        QCOMPARE(split.heldOut.size(), std::size_t(2));
        QCOMPARE(split.heldOut.front().front(), std::string("s18"));
        QCOMPARE(split.heldOut.back().front(), std::string("s19"));
    }

    void interleavedSplitHoldsOutEveryTenth()
    {
        const auto split = NgramSentences::interleavedSplit(numbered(35), 10);
        QCOMPARE(split.training.size(), std::size_t(32));
        QCOMPARE(split.heldOut.size(), std::size_t(3));
        QCOMPARE(split.heldOut[0].front(), std::string("s9"));
        QCOMPARE(split.heldOut[1].front(), std::string("s19"));
        QCOMPARE(split.heldOut[2].front(), std::string("s29"));
        // Training keeps corpus order and leaves out exactly the held-out ones.
        QCOMPARE(split.training[9].front(), std::string("s10"));
        QCOMPARE(split.training.back().front(), std::string("s34"));
    }

    // A corpus whose halves differ (Spanish then English, as the sample) is held out from
    // both halves, not only from the last topic.
    void interleavedSplitSamplesEveryPart()
    {
        NgramSentences::Sentences sentences;
        for (int i = 0; i < 100; ++i)
            sentences.push_back({i < 50 ? "hola" : "hello"});
        const auto split = NgramSentences::interleavedSplit(std::move(sentences), 10);
        const auto spanish = std::count_if(split.heldOut.begin(), split.heldOut.end(),
                                           [](const auto& s) { return s.front() == "hola"; });
        QCOMPARE(spanish, 5);
        QCOMPARE(split.heldOut.size(), std::size_t(10));
    }

    void smallCorporaKeepTraining()
    {
        QCOMPARE(NgramSentences::interleavedSplit(numbered(1), 10).training.size(), std::size_t(1));
        QVERIFY(NgramSentences::interleavedSplit(numbered(1), 10).heldOut.empty());
        const auto five = NgramSentences::interleavedSplit(numbered(5), 10);
        QCOMPARE(five.heldOut.size(), std::size_t(1));
        QCOMPARE(five.training.size(), std::size_t(4));
        QVERIFY(NgramSentences::interleavedSplit({}, 10).training.empty());
    }

    void typedTextBecomesLowerCaseWords()
    {
        const auto words = NgramSentences::words("El señorial chalet, a la izquierda.", "es");
        const std::vector<std::string> expected{"el", "señorial", "chalet", "a", "la", "izquierda"};
        QCOMPARE(words, expected);
    }
};

QTEST_APPLESS_MAIN(TestNgramSentences)
#include "tst_ngramsentences.moc"
