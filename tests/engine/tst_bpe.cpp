// Byte-level BPE: the alphabet, GPT-2's pre-tokenizer, training (hand-worked merges, the
// tie rule, specials, limits, cancellation), encoding, offsets, merge replay and the
// vocab.json + merges.txt files with their errors.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "tokenize/BpeFiles.h"
#include "tokenize/BpeTrainer.h"
#include "tokenize/ByteLevelAlphabet.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/Gpt2PreTokenizer.h"

#include <QtTest/QtTest>

#include <QTemporaryDir>

#include <chrono>
#include <map>
#include <random>
#include <thread>

using namespace lengua;

namespace {

using Merges = std::vector<ByteLevelBpe::Merge>;
using Offsets = std::vector<std::pair<std::size_t, std::size_t>>;

ByteLevelBpe train(const std::vector<std::string_view>& texts, std::size_t vocabularySize,
                   std::size_t minimumFrequency = 2, std::vector<std::string> specials = {})
{
    BpeTrainer trainer({vocabularySize, minimumFrequency, std::move(specials)});
    JobContext context;
    return trainer.train(texts, context);
}

// The error message of calling f, or "" when it throws nothing.
template<typename F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

// vocab.json text with the 256 byte symbols (ids 0..255) and extra tokens after them.
std::string byteVocabJson(const std::string& extra)
{
    std::string json = "{";
    for (int b = 0; b < 256; ++b) {
        json += '"';
        if (b == '"' || b == '\\')
            json += '\\';
        json += ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(b));
        json += "\": ";
        json += std::to_string(b);
        json += b < 255 ? ", " : "";
    }
    return json + extra + "}";
}

// A few hundred words of text for training tokenizers that tests then exercise.
std::vector<std::string> sampleTexts()
{
    return {"In the beginning God created the heaven and the earth.",
            "And the earth was without form, and void; and darkness was upon the face of the deep.",
            "El señorial chalet se encontraba a la izquierda de la carretera, ¿verdad? ¡Sí! Niño, año.",
            "don't won't can't we'll they're I've 1234 5678 3.14 ½",
            "  spaces   and\ttabs\nand\n\nlines  ",
            "中文文本 日本語 😀👍 \xff\xfe invalid \xc3 bytes \xed\xa0\x80"};
}

// GPT-2's encoder.py, literally: find the lowest-ranked adjacent pair, merge all of its
// occurrences left to right, repeat. Slow and obviously right, to check the fast paths.
std::vector<std::string> naiveEncodeWord(const ByteLevelBpe& bpe, std::string_view word)
{
    std::map<ByteLevelBpe::Merge, std::size_t> ranks;
    for (std::size_t r = 0; r < bpe.merges().size(); ++r)
        ranks.emplace(bpe.merges()[r], r);
    std::vector<std::string> symbols;
    for (const char c : word)
        symbols.push_back(ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(c)));
    for (;;) {
        std::size_t best = SIZE_MAX;
        ByteLevelBpe::Merge bestPair;
        for (std::size_t i = 0; i + 1 < symbols.size(); ++i) {
            const auto it = ranks.find({symbols[i], symbols[i + 1]});
            if (it != ranks.end() && it->second < best) {
                best = it->second;
                bestPair = it->first;
            }
        }
        if (best == SIZE_MAX)
            return symbols;
        std::vector<std::string> merged;
        for (std::size_t i = 0; i < symbols.size();) {
            if (i + 1 < symbols.size() && symbols[i] == bestPair.first
                && symbols[i + 1] == bestPair.second) {
                merged.push_back(symbols[i] + symbols[i + 1]);
                i += 2;
            } else {
                merged.push_back(symbols[i++]);
            }
        }
        symbols = std::move(merged);
    }
}

} // namespace

class TestBpe : public QObject {
    Q_OBJECT
private slots:
    void alphabetIsGpt2s()
    {
        // bytes_to_unicode: printable bytes stand for themselves, the rest from U+0100 on.
        QCOMPARE(ByteLevelAlphabet::symbol('a'), char32_t('a'));
        QCOMPARE(ByteLevelAlphabet::symbol(0x00), char32_t(0x100));
        QCOMPARE(ByteLevelAlphabet::symbol('\n'), char32_t(0x10A)); // "Ċ"
        QCOMPARE(ByteLevelAlphabet::symbol(' '), char32_t(0x120));  // "Ġ"
        QCOMPARE(ByteLevelAlphabet::symbol(0x7F), char32_t(0x121));
        QCOMPARE(ByteLevelAlphabet::symbol(0xAD), char32_t(0x143)); // the last one
        QCOMPARE(ByteLevelAlphabet::symbol(0xE9), char32_t(0xE9));
        QCOMPARE(ByteLevelAlphabet::byteOf(0x120), ' ');
        QCOMPARE(ByteLevelAlphabet::byteOf(0x144), -1);
        QCOMPARE(ByteLevelAlphabet::byteOf(' '), -1);
        QCOMPARE(ByteLevelAlphabet::encode("a b\n"), std::string("aĠbĊ"));
        QCOMPARE(ByteLevelAlphabet::encode("é"), std::string("Ã©"));
        QCOMPARE(ByteLevelAlphabet::decode("Ã©Ġ").value(), std::string("é "));
        QVERIFY(!ByteLevelAlphabet::decode("a b").has_value()); // a space is no symbol
        QVERIFY(!ByteLevelAlphabet::decode("€").has_value());
        QVERIFY(!ByteLevelAlphabet::decode("\xc1\xa1").has_value()); // overlong "a"
        for (int b = 0; b < 256; ++b) {
            const std::string raw(1, char(b));
            QCOMPARE(ByteLevelAlphabet::decode(ByteLevelAlphabet::encode(raw)).value(), raw);
        }
    }

    void preTokenizer_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("pieces");
        // Checked against Python's regex module with GPT-2's pattern.
        QTest::newRow("words and spaces")
            << QByteArray("Hello world's  end\n\n x 123")
            << QByteArrayList{"Hello", " world", "'s", " ", " end", "\n\n", " x", " 123"};
        QTest::newRow("contractions") << QByteArray("don't I'M")
                                      << QByteArrayList{"don", "'t", " I", "'", "M"};
        QTest::newRow("all contractions") << QByteArray("'s't're've'm'll'd")
                                          << QByteArrayList{"'s", "'t", "'re", "'ve", "'m", "'ll", "'d"};
        QTest::newRow("punctuation run") << QByteArray(" !!'s")
                                         << QByteArrayList{" !!'", "s"};
        QTest::newRow("no-break space") << QByteArray("a\xc2\xa0" "b")
                                        << QByteArrayList{"a", "\xc2\xa0", "b"};
        QTest::newRow("numbers and accents") << QByteArray("3\xc2\xbd ni\xc3\xb1o")
                                             << QByteArrayList{"3\xc2\xbd", " ni\xc3\xb1o"};
        QTest::newRow("trailing spaces") << QByteArray("a   ") << QByteArrayList{"a", "   "};
        QTest::newRow("newline before word") << QByteArray("\nx") << QByteArrayList{"\n", "x"};
        QTest::newRow("invalid bytes") << QByteArray("a\xff\xfe" "b \xc3")
                                       << QByteArrayList{"a", "\xff\xfe", "b", " \xc3"};
        QTest::newRow("surrogate bytes") << QByteArray("x\xed\xa0\x80y")
                                         << QByteArrayList{"x", "\xed\xa0\x80", "y"};
        QTest::newRow("empty") << QByteArray() << QByteArrayList{};
    }

    void preTokenizer()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, pieces);
        QByteArrayList got;
        for (const std::string_view piece :
             Gpt2PreTokenizer::split(std::string_view(text.constData(), std::size_t(text.size()))))
            got.append(QByteArray(piece.data(), qsizetype(piece.size())));
        QCOMPARE(got, pieces);
    }

    void trainsHandWorkedMerges()
    {
        // Sennrich et al.'s example, one word per text (so no "Ġ"): low x5, lower x2,
        // newest x6, widest x3. Pair counts at the start:
        //   e s 9, s t 9, w e 8, l o 7, o w 7, n e 6, e w 6, w i 3, i d 3, d e 3, e r 2.
        //  1. (e,s) 9   ties with (s,t) 9; "e" < "s"
        //  2. (es,t) 9
        //  3. (l,o) 7   ties with (o,w) 7; "l" < "o"
        //  4. (lo,w) 7  now: n e 6, e w 6, w est 6, w i 3, i d 3, d est 3, low e 2, e r 2
        //  5. (e,w) 6   ties with (n,e) and (w,est); "e" < "n" < "w"
        //  6. (ew,est) 6 ties with (n,ew); "ew" < "n"
        //  7. (n,ewest) 6
        //  8. (d,est) 3 ties with (i,d) and (w,i); "d" < "i" < "w"
        //  9. (i,dest) 3 ties with (w,i); "i" < "w"
        // 10. (w,idest) 3
        // 11. (e,r) 2   ties with (low,e); "e" < "low"
        // 12. (low,er) 2 and then no pair is left.
        std::vector<std::string_view> texts;
        for (const auto& [word, count] : std::vector<std::pair<const char*, int>>{
                 {"low", 5}, {"lower", 2}, {"newest", 6}, {"widest", 3}})
            for (int i = 0; i < count; ++i)
                texts.push_back(word);
        const Merges expected{{"e", "s"},   {"es", "t"},    {"l", "o"},     {"lo", "w"},
                              {"e", "w"},   {"ew", "est"},  {"n", "ewest"}, {"d", "est"},
                              {"i", "dest"}, {"w", "idest"}, {"e", "r"},     {"low", "er"}};
        const ByteLevelBpe bpe = train(texts, 1000);
        QCOMPARE(bpe.merges(), expected);
        QCOMPARE(bpe.vocabulary().size(), std::size_t(256 + 12));
        QCOMPARE(bpe.vocabulary().token(256), std::string("es"));
        QCOMPARE(bpe.vocabulary().token(267), std::string("lower"));
        QCOMPARE(bpe.encode("lowest").tokens, (std::vector<std::string>{"low", "est"}));

        // The vocabulary size stops training: 3 merges fit in 259 tokens.
        QCOMPARE(train(texts, 259).merges(), Merges(expected.begin(), expected.begin() + 3));
        // So does the minimum frequency: the pairs seen twice are not merged at 3.
        QCOMPARE(train(texts, 1000, 3).merges(), Merges(expected.begin(), expected.begin() + 10));
    }

    void tieRule()
    {
        // Equal counts: smallest left token bytes, then smallest right token bytes.
        QCOMPARE(train({"xy", "ab"}, 1000, 1).merges(), (Merges{{"a", "b"}, {"x", "y"}}));
        QCOMPARE(train({"ac", "ab"}, 1000, 1).merges(), (Merges{{"a", "b"}, {"a", "c"}}));
        // Bytes, not the byte-to-unicode strings: ' ' (0x20, "Ġ") sorts before 'a' (0x61),
        // although "Ġ" (U+0120) would sort after "a".
        QCOMPARE(train({"ab", " a"}, 1000, 1).merges(), (Merges{{"Ġ", "a"}, {"a", "b"}}));
        // The input order does not matter.
        QCOMPARE(train({"ab", "xy"}, 1000, 1).merges(), (Merges{{"a", "b"}, {"x", "y"}}));
        // Overlapping occurrences merge leftmost first: "aaa" holds (a,a) twice, becomes
        // (aa)(a), and (aa,a) follows; "aaaa" becomes (aa)(aa), so (aa,aa) follows.
        QCOMPARE(train({"aaa"}, 1000, 1).merges(), (Merges{{"a", "a"}, {"aa", "a"}}));
        QCOMPARE(train({"aaaa"}, 1000, 1).merges(), (Merges{{"a", "a"}, {"aa", "aa"}}));
    }

    void specialTokensComeFirst()
    {
        const ByteLevelBpe bpe = train({"low lower"}, 300, 1, {"<pad>", "<|endoftext|>"});
        const Vocabulary& v = bpe.vocabulary();
        QCOMPARE(v.token(0), std::string("<pad>"));
        QCOMPARE(v.token(1), std::string("<|endoftext|>"));
        QVERIFY(v.isSpecial(0));
        QVERIFY(v.isSpecial(1));
        QCOMPARE(v.token(2), std::string("Ā")); // byte 0x00
        QCOMPARE(v.token(2 + 'a'), std::string("a"));
        QVERIFY(!v.isSpecial(2 + 'a'));
        const TokenId specials[] = {1, 0};
        QCOMPARE(bpe.decode(specials), std::string("<|endoftext|><pad>"));
        // Text that spells a special token is still encoded as text.
        const Encoding e = bpe.encode("<pad>");
        QVERIFY(e.ids.size() > 1);
        QCOMPARE(bpe.decode(e.ids), std::string("<pad>"));
        for (const auto& [left, right] : bpe.merges()) {
            QVERIFY(left.find('<') == std::string::npos);
            QVERIFY(right.find('<') == std::string::npos);
        }
    }

    void vocabularySizeAndEmptyCorpusErrors()
    {
        QCOMPARE(errorOf([] { train({"abc"}, 255); }),
                 std::string("BpeTrainer: a vocabulary of 255 tokens cannot hold the 256 byte symbols "
                             "and the 0 special tokens; ask for at least 256"));
        QCOMPARE(errorOf([] { train({"abc"}, 257, 2, {"<s>", "</s>"}); }),
                 std::string("BpeTrainer: a vocabulary of 257 tokens cannot hold the 256 byte symbols "
                             "and the 2 special tokens; ask for at least 258"));
        // Exactly the alphabet is allowed: no merges.
        QCOMPARE(train({"abab"}, 256).merges().size(), std::size_t(0));
        const std::string empty = "BpeTrainer: the corpus is empty: there is no text to learn merges from";
        QCOMPARE(errorOf([] { train({}, 300); }), empty);
        QCOMPARE(errorOf([] { train({"", ""}, 300); }), empty);
    }

    void megabyteWord()
    {
        // 1 MB of letters without a space is a single pre-token: training and encoding
        // must stay near-linear on it (a quadratic pass would take hours, not seconds).
        std::mt19937 random(7);
        std::string word(1 << 20, 'a');
        for (char& c : word)
            c = "abcd"[random() % 4];
        const std::string_view texts[] = {word};
        BpeTrainer trainer({256 + 500, 2, {}});
        JobContext context;
        const ByteLevelBpe bpe = trainer.train(texts, context);
        QCOMPARE(bpe.merges().size(), std::size_t(500));
        const Encoding e = bpe.encode(word);
        // 500 merges over 4 letters give tokens of about 4 to 6 letters.
        QVERIFY2(e.size() > word.size() / 12 && e.size() < word.size() / 3,
                 std::to_string(e.size()).c_str());
        QCOMPARE(bpe.decode(e.ids), word);
        QCOMPARE(e.offsets.back().second, word.size());

        // One repeated letter: merges double the token length each time.
        const std::string same(1 << 20, 'z');
        const std::string_view sameTexts[] = {same};
        const ByteLevelBpe doubling = BpeTrainer({256 + 30, 2, {}}).train(sameTexts, context);
        QCOMPARE(doubling.merges().size(), std::size_t(19)); // z..2^19 z; 2^20 z is one word
        QCOMPARE(doubling.merges()[1], ByteLevelBpe::Merge("zz", "zz"));
        QCOMPARE(doubling.encode(same).size(), std::size_t(2));
    }

    void roundTripsRandomBytes()
    {
        std::vector<std::string> owned = sampleTexts();
        const std::vector<std::string_view> texts(owned.begin(), owned.end());
        const ByteLevelBpe bpe = train(texts, 256 + 200, 1);
        QVERIFY(bpe.merges().size() > 100);
        const std::vector<std::string> pieces = {"a", "e", "the", " ", "  ", "\n", "ñ", "é", "中",
                                                 "😀", "'s", "1", "!", "\xff", "\xc3", "\x80",
                                                 "\xed\xa0\x80", "\xf4\x90\x80\x80", "\0"};
        std::mt19937 random(12345);
        for (int round = 0; round < 3000; ++round) {
            std::string x;
            const int length = int(random() % 40);
            for (int i = 0; i < length; ++i) {
                if (random() % 3 == 0)
                    x.push_back(char(random() % 256)); // any byte at all
                else
                    x += pieces[random() % pieces.size()];
            }
            const Encoding e = bpe.encode(x);
            QCOMPARE(bpe.decode(e.ids), x);
            QCOMPARE(e.tokens.size(), e.ids.size());
            QCOMPARE(e.offsets.size(), e.ids.size());
            // Offsets: each token's bytes lie inside its span, spans are in order and
            // together cover the input.
            std::size_t pos = 0;
            std::size_t lastEnd = 0;
            for (std::size_t i = 0; i < e.size(); ++i) {
                const auto [begin, end] = e.offsets[i];
                const std::size_t length = bpe.tokenBytes(e.ids[i]).size();
                QVERIFY(begin <= pos && pos + length <= end && end <= x.size());
                QVERIFY(begin >= (i == 0 ? 0 : e.offsets[i - 1].first));
                QVERIFY(begin <= lastEnd);
                QCOMPARE(e.tokens[i], bpe.vocabulary().token(e.ids[i]));
                lastEnd = std::max(lastEnd, end);
                pos += length;
            }
            QCOMPARE(pos, x.size());
            QCOMPARE(lastEnd, x.size());
            // The heap replay with every merge is the cached encoder.
            QCOMPARE(bpe.encodeWithMerges(x, bpe.merges().size()).ids, e.ids);
            QCOMPARE(bpe.encodeIds(x), e.ids);
        }
    }

    void matchesNaiveEncoder()
    {
        // Short words (array scan) and long ones (heap over a linked list) alike.
        std::mt19937 random(99);
        std::vector<std::string> owned;
        for (int i = 0; i < 300; ++i) {
            std::string text;
            for (int k = 0; k < 60; ++k)
                text.push_back("aabbc"[random() % 5]);
            owned.push_back(text);
        }
        const std::vector<std::string_view> texts(owned.begin(), owned.end());
        const ByteLevelBpe bpe = train(texts, 256 + 60, 2);
        QCOMPARE(bpe.merges().size(), std::size_t(60));
        for (int round = 0; round < 400; ++round) {
            std::string word;
            const int length = 1 + int(random() % 100);
            for (int k = 0; k < length; ++k)
                word.push_back("aabbc"[random() % 5]);
            QCOMPARE(bpe.encode(word).tokens, naiveEncodeWord(bpe, word));
            QCOMPARE(bpe.encodeWithMerges(word, 1000).tokens, naiveEncodeWord(bpe, word));
        }
    }

    void mergeReplay()
    {
        std::vector<std::string_view> texts;
        for (const auto& [word, count] : std::vector<std::pair<const char*, int>>{
                 {"low", 5}, {"lower", 2}, {"newest", 6}, {"widest", 3}})
            for (int i = 0; i < count; ++i)
                texts.push_back(word);
        const ByteLevelBpe bpe = train(texts, 1000);
        using Tokens = std::vector<std::string>;
        QCOMPARE(bpe.encodeWithMerges("newest", 0).tokens, (Tokens{"n", "e", "w", "e", "s", "t"}));
        QCOMPARE(bpe.encodeWithMerges("newest", 1).tokens, (Tokens{"n", "e", "w", "es", "t"}));
        QCOMPARE(bpe.encodeWithMerges("newest", 2).tokens, (Tokens{"n", "e", "w", "est"}));
        QCOMPARE(bpe.encodeWithMerges("newest", 5).tokens, (Tokens{"n", "ew", "est"}));
        QCOMPARE(bpe.encodeWithMerges("newest", 7).tokens, (Tokens{"newest"}));
        QCOMPARE(bpe.encodeWithMerges("newest", 99).tokens, (Tokens{"newest"}));
        // 0 merges: one token per byte, id of the byte symbol.
        const std::string text = "a ñ";
        const Encoding bytes = bpe.encodeWithMerges(text, 0);
        QCOMPARE(bytes.tokens, (Tokens{"a", "Ġ", "Ã", "±"}));
        QCOMPARE(bytes.ids, (std::vector<TokenId>{'a', ' ', 0xC3, 0xB1}));
        // Both halves of "ñ" span the whole character.
        QCOMPARE(bytes.offsets, (Offsets{{0, 1}, {1, 2}, {2, 4}, {2, 4}}));
        QCOMPARE(bpe.encodeWithMerges("lower newest", bpe.merges().size()).ids,
                 bpe.encode("lower newest").ids);
    }

    void offsetsAreByteSpans()
    {
        const ByteLevelBpe bpe = train({"low lower"}, 300, 1);
        const Encoding e = bpe.encode("low lower");
        QCOMPARE(e.tokens, (std::vector<std::string>{"low", "Ġlower"}));
        QCOMPARE(e.offsets, (Offsets{{0, 3}, {3, 9}}));
        QVERIFY(bpe.encode("").ids.empty());
    }

    void progressAndCancellation()
    {
        std::vector<std::string> owned;
        std::mt19937 random(3);
        for (int i = 0; i < 2000; ++i) {
            std::string text;
            for (int w = 0; w < 10; ++w) {
                text += ' ';
                for (int k = 0; k < 3 + int(random() % 6); ++k)
                    text.push_back(char('a' + random() % 20));
            }
            owned.push_back(text);
        }
        const std::vector<std::string_view> texts(owned.begin(), owned.end());
        BpeTrainer trainer({1000, 2, {}});

        std::vector<double> fractions;
        JobContext watched({}, [&](const JobProgress& p) { fractions.push_back(p.fraction); });
        const ByteLevelBpe bpe = trainer.train(texts, watched);
        QCOMPARE(bpe.vocabulary().size(), std::size_t(1000));
        QVERIFY(fractions.size() >= 2);
        QCOMPARE(fractions.back(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

        // Stop as soon as merging has started. Reports are throttled to one per 25 ms, so
        // the sink waits on the first one ("counting words") to let the next one through.
        std::stop_source source;
        double stoppedAt = -1;
        JobContext stopping(source.get_token(), [&](const JobProgress& p) {
            if (p.fraction == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
            else if (stoppedAt < 0 && p.fraction < 1) {
                stoppedAt = p.fraction;
                source.request_stop();
            }
        });
        QVERIFY_THROWS_EXCEPTION(JobCancelled, trainer.train(texts, stopping));
        QVERIFY(stoppedAt > 0 && stoppedAt < 0.5);
        std::stop_source stopped;
        stopped.request_stop();
        JobContext already(stopped.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, trainer.train(texts, already));
    }

    void filesRoundTrip()
    {
        std::vector<std::string> owned = sampleTexts();
        const std::vector<std::string_view> texts(owned.begin(), owned.end());
        const ByteLevelBpe bpe = train(texts, 256 + 2 + 150, 1, {"<|endoftext|>", "[weird \"one\"]"});
        QTemporaryDir dir;
        const std::string vocab = dir.filePath("vocab.json").toStdString();
        const std::string merges = dir.filePath("merges.txt").toStdString();
        BpeFiles::write(bpe, vocab, merges);
        const ByteLevelBpe back = BpeFiles::read(vocab, merges);
        QCOMPARE(back.vocabulary().tokens(), bpe.vocabulary().tokens());
        QCOMPARE(back.merges(), bpe.merges());
        for (std::size_t id = 0; id < bpe.vocabulary().size(); ++id)
            QCOMPARE(back.vocabulary().isSpecial(TokenId(id)), bpe.vocabulary().isSpecial(TokenId(id)));
        QVERIFY(back.vocabulary().isSpecial(1));
        for (const std::string& text : owned)
            QCOMPARE(back.encode(text).ids, bpe.encode(text).ids);
        QVERIFY(BpeFiles::mergesText(bpe).rfind("#version: 0.2\n", 0) == 0);
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("vocab");
        QTest::addColumn<QByteArray>("merges");
        QTest::addColumn<QString>("message");
        const QByteArray base = QByteArray::fromStdString(byteVocabJson(", \"ab\": 256"));
        QTest::newRow("truncated JSON") << base.left(base.size() - 1) << QByteArray()
            << "vocab.json: is not valid JSON (truncated or malformed): parse error at line 1, "
               "column 2625: syntax error while "
               "parsing object - unexpected end of input; expected '}'";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QByteArray()
            << "vocab.json: should be a JSON object of token -> id, not a array";
        QTest::newRow("id not a number")
            << QByteArray::fromStdString(byteVocabJson(", \"ab\": \"x\"")) << QByteArray()
            << "vocab.json: the id of \"ab\" is \"x\", not a whole number";
        QTest::newRow("duplicate id")
            << QByteArray::fromStdString(byteVocabJson(", \"ab\": 256, \"ba\": 256"))
            << QByteArray() << "vocab.json: id 256 is given to both \"ab\" and \"ba\"";
        QTest::newRow("gap in ids") << QByteArray::fromStdString(byteVocabJson(", \"ab\": 300"))
            << QByteArray()
            << "vocab.json: the id of \"ab\" is 300, but ids must run from 0 to 256 (one per token, no gaps)";
        QTest::newRow("merge names unknown token") << base << QByteArray("#version: 0.2\nab zz\n")
            << "merges.txt: line 2 names \"zz\", which is not in vocab.json";
        QTest::newRow("merge result missing") << base << QByteArray("#version: 0.2\na b\nb a\n")
            << "merges.txt: line 3 makes \"ba\", which is not in vocab.json";
        QTest::newRow("merge line malformed") << base << QByteArray("a b\nab\n")
            << "merges.txt: line 2 should be two tokens separated by one space, not \"ab\"";
        QTest::newRow("byte symbol missing") << QByteArray("{\"a\": 0}") << QByteArray()
            << "vocab.json, merges.txt: ByteLevelBpe: the vocabulary lacks \"Ā\", the symbol of "
               "byte 0x00, so that byte could not be encoded";
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, vocab);
        QFETCH(QByteArray, merges);
        QFETCH(QString, message);
        const std::string error = errorOf([&] {
            BpeFiles::parse(vocab.toStdString(), merges.toStdString());
        });
        QCOMPARE(QString::fromStdString(error), message);
        // A good pair of files for contrast.
        const ByteLevelBpe good =
            BpeFiles::parse(byteVocabJson(", \"ab\": 256"), "#version: 0.2\na b\n");
        QCOMPARE(good.encode("abab").tokens, (std::vector<std::string>{"ab", "ab"}));
    }

    void constructorChecksMerges()
    {
        Vocabulary v;
        for (int b = 0; b < 256; ++b)
            v.add(ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(b)));
        QCOMPARE(errorOf([&] { ByteLevelBpe(v, {{"a", "b"}}); }),
                 std::string("ByteLevelBpe: merge 1 (\"a b\") makes \"ab\", which is not in the vocabulary"));
        QCOMPARE(errorOf([&] { ByteLevelBpe(v, {{"a", "xyz"}}); }),
                 std::string("ByteLevelBpe: merge 1 (\"a xyz\") names \"xyz\", which is not in the vocabulary"));
        const ByteLevelBpe none(v, {});
        QCOMPARE(none.encode("hi").ids, (std::vector<TokenId>{'h', 'i'}));
        const TokenId bad[] = {999};
        QVERIFY(!errorOf([&] { none.decode(bad); }).empty());
    }
};

QTEST_GUILESS_MAIN(TestBpe)
#include "tst_bpe.moc"
