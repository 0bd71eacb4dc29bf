// WordPiece (BERT's basic tokenization, greedy longest-match-first, training with the
// freq(ab) / (freq(a) freq(b)) score), and the word and character tokenizers with their trainers.
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "tokenize/BertPreTokenizer.h"
#include "tokenize/CharTokenizer.h"
#include "tokenize/CharTrainer.h"
#include "tokenize/WordLevelTokenizer.h"
#include "tokenize/WordLevelTrainer.h"
#include "tokenize/WordPiece.h"
#include "tokenize/WordPieceTrainer.h"
#include "core/Error.h"

#include <QtTest/QtTest>

#include <map>
#include <random>
#include <string>
#include <vector>

using namespace lengua;
using Offsets = std::vector<std::pair<std::size_t, std::size_t>>;
using Strings = std::vector<std::string>;

namespace {

__extension__ using Wide = unsigned __int128; // exact score comparisons

// The vocabulary of the examples in BERT's tokenization tests, plus a few tokens of our own.
Vocabulary bertVocabulary()
{
    Vocabulary vocabulary;
    for (const auto& token : WordPiece::defaultSpecialTokens())
        vocabulary.add(token, true);
    for (const char* token : {"un", "##want", "##ed", "runn", "##ing", ",", "##aff", "##able", "the", "!",
                              "a", "##a", "中", "want", "."})
        vocabulary.add(token);
    return vocabulary;
}

Strings wordsOf(const std::vector<BertPreTokenizer::Word>& words)
{
    Strings out;
    for (const auto& word : words)
        out.push_back(word.text);
    return out;
}

Offsets spansOf(const std::vector<BertPreTokenizer::Word>& words)
{
    Offsets out;
    for (const auto& word : words)
        out.push_back(word.span());
    return out;
}

Strings mergedOf(const WordPieceTrainer& trainer)
{
    Strings out;
    for (const auto& merge : trainer.merges())
        out.push_back(merge.merged);
    return out;
}

// The worked example of Hugging Face's course (chapter 6, "WordPiece tokenization").
WordPieceTrainer hugTrainer(std::size_t vocabularySize, std::uint64_t minimumFrequency = 1)
{
    WordPieceTrainerOptions options;
    options.vocabularySize = vocabularySize;
    options.minimumFrequency = minimumFrequency;
    WordPieceTrainer trainer(options);
    for (const auto& [word, count] : std::map<std::string, int>{{"hug", 10}, {"pug", 5}, {"pun", 12},
                                                                 {"bun", 4}, {"hugs", 5}})
        trainer.addWord(word, std::uint64_t(count));
    return trainer;
}

// The trainer's rule without any bookkeeping: recount every pair and symbol before each merge.
Strings naiveMerges(const std::map<std::string, std::uint64_t>& counts, std::size_t merges,
                    std::uint64_t minimumFrequency)
{
    std::map<std::string, Strings> segments;
    for (const auto& [word, count] : counts) {
        Strings symbols;
        for (std::size_t i = 0; i < word.size(); ++i)
            symbols.push_back(i == 0 ? word.substr(0, 1) : "##" + word.substr(i, 1));
        segments[word] = symbols;
    }
    Strings result;
    while (result.size() < merges) {
        std::map<std::string, std::uint64_t> symbolCounts;
        std::map<std::pair<std::string, std::string>, std::uint64_t> pairCounts;
        for (const auto& [word, symbols] : segments) {
            for (std::size_t i = 0; i < symbols.size(); ++i) {
                symbolCounts[symbols[i]] += counts.at(word);
                if (i + 1 < symbols.size())
                    pairCounts[{symbols[i], symbols[i + 1]}] += counts.at(word);
            }
        }
        const std::pair<std::string, std::string>* best = nullptr;
        std::uint64_t bestCount = 0;
        Wide bestDenominator = 1;
        for (const auto& [pair, count] : pairCounts) { // map order: (left, right) ascending
            if (count < minimumFrequency)
                continue;
            const Wide denominator =
                Wide(symbolCounts[pair.first]) * symbolCounts[pair.second];
            const Wide mine = Wide(count) * bestDenominator;
            const Wide theirs = Wide(bestCount) * denominator;
            if (!best || mine > theirs || (mine == theirs && count > bestCount)) {
                best = &pair;
                bestCount = count;
                bestDenominator = denominator;
            }
        }
        if (!best)
            break;
        const auto [a, b] = *best;
        const std::string merged = a + b.substr(2);
        result.push_back(merged);
        for (auto& [word, symbols] : segments) {
            Strings next;
            for (std::size_t i = 0; i < symbols.size(); ++i) {
                if (i + 1 < symbols.size() && symbols[i] == a && symbols[i + 1] == b) {
                    next.push_back(merged);
                    ++i;
                } else {
                    next.push_back(symbols[i]);
                }
            }
            symbols = next;
        }
    }
    return result;
}

} // namespace

class TestWordPiece : public QObject {
    Q_OBJECT
private slots:
    void basicTokenizationSplitsAndNormalises()
    {
        const BertPreTokenizer bert;
        // "Canción" is 8 bytes (ó is two), "¿" two, "qué" four.
        const auto words = bert.split("Canción, ¿qué?");
        QCOMPARE(wordsOf(words), (Strings{"cancion", ",", "¿", "que", "?"}));
        QCOMPARE(spansOf(words), (Offsets{{0, 8}, {8, 9}, {10, 12}, {12, 16}, {16, 17}}));
        // Accents written decomposed (e + U+0301) are stripped as well; the mark's bytes stay
        // inside the word's span.
        QCOMPARE(wordsOf(bert.split("cafe\xCC\x81")), (Strings{"cafe"}));
        QCOMPARE(spansOf(bert.split("cafe\xCC\x81")), (Offsets{{0, 6}}));
        // Cased: nothing changes but the splitting.
        const BertPreTokenizer cased(BertNormalization{true, true, false, false});
        QCOMPARE(wordsOf(cased.split("Canción,¿Qué?")), (Strings{"Canción", ",", "¿", "Qué", "?"}));
        // Control characters vanish without splitting the word; tabs and NBSP separate.
        QCOMPARE(wordsOf(bert.split("ab\x01" "cd\tef\xC2\xA0gh")), (Strings{"abcd", "ef", "gh"}));
        // CJK ideographs are words of their own; kana are not in BERT's list.
        QCOMPARE(wordsOf(bert.split("中文かな")), (Strings{"中", "文", "かな"}));
        QCOMPARE(spansOf(bert.split("中文かな")), (Offsets{{0, 3}, {3, 6}, {6, 12}}));
        // Invalid bytes are dropped by cleaning.
        QCOMPARE(wordsOf(bert.split("a\xFF" "b")), (Strings{"ab"}));
    }

    void punctuationFollowsBert()
    {
        QVERIFY(BertPreTokenizer::isPunctuation('$'));  // ASCII symbols count, though Unicode says Sc
        QVERIFY(BertPreTokenizer::isPunctuation('^'));
        QVERIFY(BertPreTokenizer::isPunctuation('`'));
        QVERIFY(BertPreTokenizer::isPunctuation(0x00BF)); // ¿ (Po)
        QVERIFY(BertPreTokenizer::isPunctuation(0x2014)); // em dash (Pd)
        QVERIFY(!BertPreTokenizer::isPunctuation(0x20AC)); // € (Sc, not ASCII)
        QVERIFY(!BertPreTokenizer::isPunctuation('a'));
        QVERIFY(!BertPreTokenizer::isPunctuation('7'));
        QVERIFY(BertPreTokenizer::isChineseChar(0x4E2D));
        QVERIFY(!BertPreTokenizer::isChineseChar(0x304B)); // か
        QVERIFY(BertPreTokenizer::isWhitespace(0x3000));   // ideographic space (Zs)
        QVERIFY(BertPreTokenizer::isControl(0x200B) == true); // zero-width space is Cf
    }

    void segmentsUnaffable()
    {
        const WordPiece wordPiece(bertVocabulary());
        const Encoding encoding = wordPiece.encode("unaffable");
        QCOMPARE(encoding.tokens, (Strings{"un", "##aff", "##able"}));
        QCOMPARE(encoding.ids, (std::vector<TokenId>{5, 11, 12}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 2}, {2, 5}, {5, 9}}));
        // A control character inside the word vanishes; its byte joins the piece before it.
        const Encoding cleaned = wordPiece.encode("un\x01" "affable");
        QCOMPARE(cleaned.tokens, (Strings{"un", "##aff", "##able"}));
        QCOMPARE(cleaned.offsets, (Offsets{{0, 3}, {3, 6}, {6, 10}}));
        QCOMPARE(wordPiece.kind(), std::string("wordpiece"));
        QCOMPARE(wordPiece.unknownId(), TokenId(1));
    }

    void segmentsBertsExample()
    {
        // tokenization_test.py of BERT: "UNwant\u00E9d,running" -> un ##want ##ed , runn ##ing.
        const WordPiece wordPiece(bertVocabulary());
        const Encoding encoding = wordPiece.encode("UNwant\xC3\xA9" "d,running");
        QCOMPARE(encoding.tokens, (Strings{"un", "##want", "##ed", ",", "runn", "##ing"}));
        // "é" is bytes 6-7, so ##ed spans "éd" = [6, 9).
        QCOMPARE(encoding.offsets, (Offsets{{0, 2}, {2, 6}, {6, 9}, {9, 10}, {10, 14}, {14, 17}}));
    }

    void unknownWords()
    {
        const WordPiece wordPiece(bertVocabulary());
        // "unwantedx": un ##want ##ed leave "x", which has no piece: the whole word is [UNK].
        Encoding encoding = wordPiece.encode("the unwantedx running");
        QCOMPARE(encoding.tokens, (Strings{"the", "[UNK]", "runn", "##ing"}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 3}, {4, 13}, {14, 18}, {18, 21}}));
        encoding = wordPiece.encode("中文");
        QCOMPARE(encoding.tokens, (Strings{"中", "[UNK]"}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 3}, {3, 6}}));
        // max_input_chars_per_word = 100: a word of 100 "a" is cut, one of 101 is [UNK].
        encoding = wordPiece.encode(std::string(100, 'a'));
        QCOMPARE(encoding.size(), std::size_t(100));
        QCOMPARE(encoding.tokens[1], std::string("##a"));
        encoding = wordPiece.encode(std::string(101, 'a'));
        QCOMPARE(encoding.tokens, (Strings{"[UNK]"}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 101}}));
        QVERIFY(wordPiece.encode("").ids.empty());
        QVERIFY(wordPiece.encode(" \t\n").ids.empty());
    }

    void specialTokensInText()
    {
        const WordPiece wordPiece(bertVocabulary());
        // Matched before lowercasing and splitting; "[mask]" is ordinary text.
        Encoding encoding = wordPiece.encode("the [MASK]!");
        QCOMPARE(encoding.tokens, (Strings{"the", "[MASK]", "!"}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 3}, {4, 10}, {10, 11}}));
        encoding = wordPiece.encode("[mask]");
        QCOMPARE(encoding.tokens, (Strings{"[UNK]", "[UNK]", "[UNK]"})); // "[", "mask", "]"
    }

    void specialTokensAround()
    {
        const WordPiece wordPiece(bertVocabulary());
        Encoding encoding = wordPiece.withSpecialTokens(wordPiece.encode("unaffable"));
        QCOMPARE(encoding.tokens, (Strings{"[CLS]", "un", "##aff", "##able", "[SEP]"}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 0}, {0, 2}, {2, 5}, {5, 9}, {9, 9}}));
        encoding = wordPiece.encodePair("the want", "runn!");
        QCOMPARE(encoding.tokens, (Strings{"[CLS]", "the", "want", "[SEP]", "runn", "!", "[SEP]"}));
        QCOMPARE(encoding.ids, (std::vector<TokenId>{2, 13, 18, 3, 8, 14, 3}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 0}, {0, 3}, {4, 8}, {8, 8}, {0, 4}, {4, 5}, {5, 5}}));
    }

    void decodeJoinsPieces()
    {
        const WordPiece wordPiece(bertVocabulary());
        const Encoding encoding = wordPiece.encode("UNwant\xC3\xA9" "d, running the unaffable.");
        QCOMPARE(wordPiece.decode(encoding.ids), std::string("unwanted, running the unaffable."));
        const std::vector<TokenId> ids{2, 5, 1, 3};
        QCOMPARE(wordPiece.decode(ids), std::string("[CLS] un [UNK] [SEP]"));
    }

    void rejectsVocabularyWithoutUnknown()
    {
        Vocabulary vocabulary;
        vocabulary.add("a");
        try {
            WordPiece wordPiece(vocabulary);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("WordPiece: the unknown token \"[UNK]\" is not in the vocabulary"));
        }
    }

    void trainerFollowsTheWorkedExample()
    {
        // Corpus: hug x10, pug x5, pun x12, bun x4, hugs x5. Symbols: h ##u ##g, p ##u ##g, ...
        // Counts: h 15, p 17, b 4, ##u 36, ##g 20, ##n 16, ##s 5.
        // 1. Every pair with ##u scores 1/36 ((h,##u) = 15 / (15*36), (##u,##g) = 20 / (36*20)...);
        //    (##g,##s) = 5 / (20*5) = 1/20 is the best: "##gs".
        // 2. Now all six pairs score 1/36; the tie goes to the most frequent, (p,##u) with 17: "pu".
        // 3. ##u 19, ##g 15, pu 17: (h,##u) 15/(15*19) = 1/19, (b,##u) 4/(4*19) = 1/19 and
        //    (##u,##gs) 5/(19*5) = 1/19 tie; (h,##u) occurs 15 times: "hu". ((pu,##n) 12/(17*16) = 3/68.)
        // 4. (b,##u) = 4/(4*4) = 1/4, far ahead (##u is now only in "bun"): "bu".
        // 5. (hu,##gs) = 5/(15*5) = 1/15 against (bu,##n) 4/(4*16) = 1/16, (hu,##g) 10/(15*15) = 2/45: "hugs".
        // 6. hu is now 10: (hu,##g) = 10/(10*15) = 1/15 > 1/16: "hug".
        // 7. (bu,##n) 1/16 against (pu,##g) 5/(17*5) = 1/17 and (pu,##n) 12/(17*16) = 3/68: "bun".
        // 8. ##n is 12: (pu,##n) = 12/(17*12) = 1/17 ties (pu,##g) = 1/17; 12 beats 5: "pun".
        // 9. pu is 5: (pu,##g) = 5/(5*5): "pug". Then no pair is left.
        WordPieceTrainer trainer = hugTrainer(100);
        JobContext context;
        const WordPiece wordPiece = trainer.train(context);
        QCOMPARE(mergedOf(trainer), (Strings{"##gs", "pu", "hu", "bu", "hugs", "hug", "bun", "pun", "pug"}));
        const WordPieceMerge& second = trainer.merges()[1];
        QCOMPARE(second.left, std::string("p"));
        QCOMPARE(second.right, std::string("##u"));
        QCOMPARE(second.pairCount, std::uint64_t(17));
        QCOMPARE(second.leftCount, std::uint64_t(17));
        QCOMPARE(second.rightCount, std::uint64_t(36));
        QCOMPARE(trainer.merges()[0].score(), 1.0 / 20.0);
        // Specials, then word-initial characters, then continuations, then the merges in order.
        QCOMPARE(wordPiece.vocabulary().tokens(),
                 (Strings{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "b", "h", "p", "##g", "##n", "##s",
                          "##u", "##gs", "pu", "hu", "bu", "hugs", "hug", "bun", "pun", "pug"}));
        QVERIFY(wordPiece.vocabulary().isSpecial(4));
        QVERIFY(!wordPiece.vocabulary().isSpecial(5));
        QCOMPARE(wordPiece.encode("hugs bugs pun").tokens, (Strings{"hugs", "bu", "##gs", "pun"}));
        QCOMPARE(wordPiece.encode("hux").tokens, (Strings{"[UNK]"}));
    }

    void trainerStopsAtTheVocabularySize()
    {
        WordPieceTrainer trainer = hugTrainer(15); // 12 specials and characters + 3 merges
        JobContext context;
        const WordPiece wordPiece = trainer.train(context);
        QCOMPARE(wordPiece.vocabulary().size(), std::size_t(15));
        QCOMPARE(mergedOf(trainer), (Strings{"##gs", "pu", "hu"}));
    }

    void trainerMinimumFrequency()
    {
        // Pairs seen fewer than 5 times never compete: after "hu", (b,##u) (4 times, score 1/4)
        // is out, so "hugs" comes fourth; then (pu,##g) = 5/(17*5) = 1/17 beats
        // (pu,##n) = 12/(17*16) = 3/68, and "bun" never forms.
        WordPieceTrainer trainer = hugTrainer(100, 5);
        JobContext context;
        trainer.train(context);
        QCOMPARE(mergedOf(trainer), (Strings{"##gs", "pu", "hu", "hugs", "hug", "pug", "pun"}));
    }

    void trainerTieRule()
    {
        // "ab" and "ac": (a,##b) and (a,##c) both score 1/(2*1) with one occurrence each; the
        // left tokens are equal, "##b" < "##c": "ab" first, then (a,##c) = 1/(1*1): "ac".
        WordPieceTrainerOptions options;
        options.vocabularySize = 100;
        options.minimumFrequency = 1;
        options.specialTokens = {"[UNK]"};
        WordPieceTrainer trainer(options);
        trainer.addText("ac ab");
        JobContext context;
        trainer.train(context);
        QCOMPARE(mergedOf(trainer), (Strings{"ab", "ac"}));
        // Equal scores and counts, different left tokens: "cd" and "ab" -> "ab" first.
        WordPieceTrainer second(options);
        second.addText("cd ab");
        second.train(context);
        QCOMPARE(mergedOf(second), (Strings{"ab", "cd"}));
    }

    void trainerMatchesFullRecount()
    {
        // Random words over a small alphabet: the incremental statistics must pick exactly the
        // merges that a full recount before each merge picks.
        std::mt19937 random(7);
        std::map<std::string, std::uint64_t> counts;
        for (int i = 0; i < 300; ++i) {
            std::string word;
            const int length = 1 + int(random() % 7);
            for (int j = 0; j < length; ++j)
                word.push_back(char('a' + random() % 5));
            counts[word] += 1 + random() % 20;
        }
        for (const std::uint64_t minimum : {1u, 3u}) {
            WordPieceTrainerOptions options;
            options.vocabularySize = 400;
            options.minimumFrequency = minimum;
            WordPieceTrainer trainer(options);
            for (const auto& [word, count] : counts)
                trainer.addWord(word, count);
            JobContext context;
            const WordPiece wordPiece = trainer.train(context);
            // 5 special tokens and 10 characters (a-e, word-initial and ##): 385 merges at most.
            const Strings expected = naiveMerges(counts, 385, minimum);
            QCOMPARE(wordPiece.vocabulary().size(), 15 + expected.size());
            QVERIFY(expected.size() > 100);
            const Strings actual = mergedOf(trainer);
            for (std::size_t i = 0; i < std::min(actual.size(), expected.size()); ++i)
                QVERIFY2(actual[i] == expected[i], qPrintable(QString("merge %1: %2 instead of %3").arg(i).arg(actual[i].c_str(), expected[i].c_str())));
            QCOMPARE(actual.size(), expected.size());
        }
    }

    void trainerErrorsProgressAndCancel()
    {
        JobContext context;
        WordPieceTrainer empty;
        empty.addText("  ,  ");
        QVERIFY(empty.distinctWords() == 1); // "," is a word
        // Words over max_input_chars_per_word (100) are [UNK] anyway: not counted. A megabyte
        // of "a" costs one pass.
        empty.addText(std::string(101, 'a') + " " + std::string(100, 'b') + " " + std::string(1 << 20, 'c'));
        QCOMPARE(empty.distinctWords(), std::size_t(2));
        WordPieceTrainer nothing;
        try {
            nothing.train(context);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("WordPieceTrainer: the corpus is empty (there are no words to train on)"));
        }
        WordPieceTrainer small = hugTrainer(11);
        try {
            small.train(context);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("a vocabulary of 11 tokens cannot hold") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("it needs at least 12") != std::string::npos, e.what());
        }

        std::vector<double> fractions;
        std::stop_source source;
        JobContext watched(source.get_token(), [&](const JobProgress& progress) { fractions.push_back(progress.fraction); });
        WordPieceTrainer trainer = hugTrainer(100);
        trainer.train(watched);
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);

        source.request_stop();
        WordPieceTrainer stopped = hugTrainer(100);
        QVERIFY_THROWS_EXCEPTION(JobCancelled, stopped.train(watched));
    }

    void wordTokenizerAndTrainer()
    {
        WordLevelTrainerOptions options;
        options.lowercase = true;
        WordLevelTrainer trainer(options);
        trainer.addText("The cat sat. the cat!");
        JobContext context;
        // Counts: the 2, cat 2, sat 1, "." 1, "!" 1; ties in byte order ("!" < "." < "sat").
        const WordLevelTokenizer tokenizer = trainer.train(context);
        QCOMPARE(tokenizer.vocabulary().tokens(), (Strings{"[UNK]", "cat", "the", "!", ".", "sat"}));
        const Encoding encoding = tokenizer.encode("The dog sat!");
        QCOMPARE(encoding.tokens, (Strings{"the", "[UNK]", "sat", "!"}));
        QCOMPARE(encoding.ids, (std::vector<TokenId>{2, 0, 5, 3}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 3}, {4, 7}, {8, 11}, {11, 12}}));
        const std::vector<TokenId> ids{2, 1, 5, 4};
        QCOMPARE(tokenizer.decode(ids), std::string("the cat sat."));
        QCOMPARE(tokenizer.kind(), std::string("word"));

        // "don't" stays a word; every other mark is a token of its own, invalid bytes too.
        QCOMPARE(WordLevelTokenizer::split("don't...x\xFF"),
                 (Offsets{{0, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}, {9, 10}}));

        WordLevelTrainerOptions frequent = options;
        frequent.minimumFrequency = 2;
        WordLevelTrainer second(frequent);
        second.addText("The cat sat. the cat!");
        QCOMPARE(second.train(context).vocabulary().tokens(), (Strings{"[UNK]", "cat", "the"}));
        frequent.minimumFrequency = 1;
        frequent.vocabularySize = 4;
        WordLevelTrainer third(frequent);
        third.addText("The cat sat. the cat!");
        QCOMPARE(third.train(context).vocabulary().tokens(), (Strings{"[UNK]", "cat", "the", "!"}));

        WordLevelTrainer nothing(options);
        QVERIFY_THROWS_EXCEPTION(Error, nothing.train(context));
        frequent.vocabularySize = 1;
        WordLevelTrainer tiny(frequent);
        tiny.addText("a");
        QVERIFY_THROWS_EXCEPTION(Error, tiny.train(context));
    }

    void charTokenizerAndTrainer()
    {
        CharTrainer trainer;
        trainer.addText("abca \xFF");
        JobContext context;
        // a 2, then b, c and the space once each, in code point order (" " < "b" < "c").
        const CharTokenizer tokenizer = trainer.train(context);
        QCOMPARE(tokenizer.vocabulary().tokens(), (Strings{"[UNK]", "a", " ", "b", "c"}));
        const Encoding encoding = tokenizer.encode("ab d\xFF\xC3\xB1");
        QCOMPARE(encoding.tokens, (Strings{"a", "b", " ", "[UNK]", "[UNK]", "[UNK]"}));
        QCOMPARE(encoding.offsets, (Offsets{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 7}}));
        const std::vector<TokenId> ids{4, 1, 2, 3};
        QCOMPARE(tokenizer.decode(ids), std::string("ca b"));
        QCOMPARE(tokenizer.kind(), std::string("char"));

        CharTrainerOptions options;
        options.vocabularySize = 3;
        CharTrainer small(options);
        small.addText("abca");
        QCOMPARE(small.train(context).vocabulary().tokens(), (Strings{"[UNK]", "a", "b"}));
        CharTrainer nothing;
        nothing.addText("\xFF");
        QVERIFY_THROWS_EXCEPTION(Error, nothing.train(context));
    }
};

QTEST_GUILESS_MAIN(TestWordPiece)
#include "tst_wordpiece.moc"
