// TokenizerStatistics on cases small enough to count by hand: a word tokenizer with an
// unknown word, the byte tokenizer on a two-byte character, the held-out share and the
// per-token counts.
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "tokenize/ByteLevelAlphabet.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/TokenizerStatistics.h"
#include "tokenize/WordLevelTokenizer.h"

#include <QTest>

#include <string_view>
#include <vector>

using namespace lengua;

namespace {

WordLevelTokenizer smallWordTokenizer()
{
    Vocabulary vocabulary;
    vocabulary.add("[UNK]", true); // 0
    vocabulary.add("el");          // 1
    vocabulary.add("gato");        // 2
    vocabulary.add(".");           // 3
    return WordLevelTokenizer(std::move(vocabulary));
}

} // namespace

class TestTokenizerStatistics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wordTokenizerByHand()
    {
        const WordLevelTokenizer tokenizer = smallWordTokenizer();
        // "el gato." -> el gato .      : 3 tokens, 2 words, 8 bytes, no unknown
        // "el perro" -> el [UNK]       : 2 tokens, 2 words, 8 bytes, 1 unknown
        const std::vector<std::string_view> texts{"el gato.", "el perro"};
        JobContext context;
        const TokenizerStatistics s = TokenizerStatistics::compute(tokenizer, texts, context);
        QCOMPARE(s.vocabularySize, std::size_t(4));
        QCOMPARE(s.documents, std::uint64_t(2));
        QCOMPARE(s.words, std::uint64_t(4));
        QCOMPARE(s.bytes, std::uint64_t(16));
        QCOMPARE(s.tokens, std::uint64_t(5));
        QCOMPARE(s.unknownTokens, std::uint64_t(1));
        QCOMPARE(s.tokensPerWord(), 1.25);   // 5 / 4
        QCOMPARE(s.bytesPerToken(), 3.2);    // 16 / 5
        QCOMPARE(s.unknownRate(), 0.2);      // 1 / 5
    }

    void bytesOfOneCharacter()
    {
        Vocabulary vocabulary;
        for (int byte = 0; byte < 256; ++byte)
            vocabulary.add(ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(byte)));
        const ByteLevelBpe bytes(std::move(vocabulary), {});
        // "ñ" is C3 B1: two byte tokens for one word; no unknown token exists.
        const std::vector<std::string_view> texts{"ñ"};
        JobContext context;
        const TokenizerStatistics s = TokenizerStatistics::compute(bytes, texts, context);
        QCOMPARE(s.tokens, std::uint64_t(2));
        QCOMPARE(s.words, std::uint64_t(1));
        QCOMPARE(s.tokensPerWord(), 2.0);
        QCOMPARE(s.bytesPerToken(), 1.0);
        QCOMPARE(s.unknownRate(), 0.0);
    }

    void emptyInputDividesByNothing()
    {
        const WordLevelTokenizer tokenizer = smallWordTokenizer();
        JobContext context;
        const TokenizerStatistics s = TokenizerStatistics::compute(tokenizer, {}, context);
        QCOMPARE(s.documents, std::uint64_t(0));
        QCOMPARE(s.tokensPerWord(), 0.0);
        QCOMPARE(s.bytesPerToken(), 0.0);
        QCOMPARE(s.unknownRate(), 0.0);
    }

    void heldOutCount()
    {
        QCOMPARE(TokenizerStatistics::heldOutCount(0), std::size_t(0));
        QCOMPARE(TokenizerStatistics::heldOutCount(1), std::size_t(0));
        QCOMPARE(TokenizerStatistics::heldOutCount(2), std::size_t(1));
        QCOMPARE(TokenizerStatistics::heldOutCount(19), std::size_t(1));
        QCOMPARE(TokenizerStatistics::heldOutCount(25), std::size_t(2));
        QCOMPARE(TokenizerStatistics::heldOutCount(100), std::size_t(10));
    }

    void tokenCounts()
    {
        const WordLevelTokenizer tokenizer = smallWordTokenizer();
        const std::vector<std::string_view> texts{"el gato.", "el perro"};
        JobContext context;
        const auto counts = TokenizerStatistics::tokenCounts(tokenizer, texts, context);
        QCOMPARE(counts, (std::vector<std::uint64_t>{1, 2, 1, 1})); // [UNK] el gato .
    }

    void stops()
    {
        const WordLevelTokenizer tokenizer = smallWordTokenizer();
        const std::vector<std::string_view> texts{"el gato."};
        std::stop_source stop;
        stop.request_stop();
        JobContext context(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, TokenizerStatistics::compute(tokenizer, texts, context));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerStatistics)
#include "tst_tokenizerstatistics.moc"
