// NgramModel: one trigram worked by hand for every estimator, on a corpus small enough to
// count on paper. The counts and each formula filled in are in the comments.
#include "count/NgramModel.h"

#include <QtTest/QtTest>

using namespace lengua;

// The corpus, three sentences, padded with two <s> and ended by </s>:
//   <s> <s> a b c </s>
//   <s> <s> a b d </s>
//   <s> <s> b c </s>
// Predicted tokens: N = 11. Vocabulary: <unk> <s> </s> b a c d (b first: most frequent);
// V (everything that can be predicted, all but <s>) = 6.
//
// Unigrams:  a 2, b 3, c 2, d 1, </s> 3                                     (sum 11)
// Bigrams:   <s> a 2, a b 2, b c 2, b d 1, c </s> 2, d </s> 1, <s> b 1      (sum 11)
// Trigrams:  <s> <s> a 2, <s> a b 2, a b c 1, a b d 1, b c </s> 2, b d </s> 1,
//            <s> <s> b 1, <s> b c 1
//
// Kneser–Ney counts below the trigram (continuation counts N1+(• x), except that an n-gram
// starting with <s> keeps its raw count: nothing can precede <s>):
//   bigrams:  <s> a 2 (raw), a b 1 {<s>}, b c 2 {a, <s>}, b d 1 {a}, c </s> 1 {b},
//             d </s> 1 {b}, <s> b 1 (raw)
//   unigrams: a 1 {<s>}, b 2 {a, <s>}, c 1 {b}, d 1 {b}, </s> 2 {c, d}      (sum 7, 5 types)
//
// Every example asks P(c | a b); stupid backoff also P(</s> | a b), which backs off twice.
namespace {

NgramModel::Sentences corpus()
{
    return {{"a", "b", "c"}, {"a", "b", "d"}, {"b", "c"}};
}

std::shared_ptr<const NgramModel> train(NgramSmoothing smoothing)
{
    NgramSettings settings;
    settings.order = 3;
    settings.smoothing = smoothing;
    settings.k = 0.5;
    settings.discount = 0.75;
    if (smoothing == NgramSmoothing::Interpolated)
        settings.lambdas = {0.2, 0.3, 0.5};
    return NgramModel::train(corpus(), settings);
}

double pOf(const NgramModel& model, const char* word, std::vector<const char*> context)
{
    std::vector<TokenId> ids;
    for (const char* w : context)
        ids.push_back(model.vocabulary().id(w));
    return model.probability(model.vocabulary().id(word), ids);
}

bool close(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestNgramHandWorked : public QObject {
    Q_OBJECT
private slots:
    void countsAreTheOnesListed()
    {
        const auto model = train(NgramSmoothing::Mle);
        const NgramVocabulary& v = model->vocabulary();
        QCOMPARE(v.words(), (std::vector<std::string>{"<unk>", "<s>", "</s>", "b", "a", "c", "d"}));
        QCOMPARE(model->trainingTokens(), std::uint64_t(11));
        QCOMPARE(model->distinctNgrams(1), std::uint64_t(5));
        QCOMPARE(model->distinctNgrams(2), std::uint64_t(7));
        QCOMPARE(model->distinctNgrams(3), std::uint64_t(8));
        const TokenId s = 1, e = 2, a = v.id("a"), b = v.id("b"), c = v.id("c");
        QCOMPARE(model->count(std::vector<TokenId>{s, s, a}), std::uint64_t(2));
        QCOMPARE(model->count(std::vector<TokenId>{a, b, c}), std::uint64_t(1));
        QCOMPARE(model->count(std::vector<TokenId>{b, c, e}), std::uint64_t(2));
        QCOMPARE(model->count(std::vector<TokenId>{b, c}), std::uint64_t(2));
        QCOMPARE(model->count(std::vector<TokenId>{s, s}), std::uint64_t(3)); // the padding, 3 sentences
    }

    void mle()
    {
        // P(c | a b) = C(a b c) / C(a b) = 1 / 2.
        const auto model = train(NgramSmoothing::Mle);
        QVERIFY(close(pOf(*model, "c", {"a", "b"}), 0.5));
        // P(</s> | a b) = 0 / 2.
        QCOMPARE(pOf(*model, "</s>", {"a", "b"}), 0.0);
        // Unseen context "c a": back off to C(a •) = 2 followers "a b" → P(b | a) = 1.
        QVERIFY(close(pOf(*model, "b", {"c", "a"}), 1.0));
    }

    void addK()
    {
        // k = 0.5: P(c | a b) = (C(a b c) + k) / (C(a b) + k V) = (1 + 0.5) / (2 + 0.5 · 6) = 0.3.
        const auto model = train(NgramSmoothing::AddK);
        QVERIFY(close(pOf(*model, "c", {"a", "b"}), 0.3));
        // P(<unk> | a b) = (0 + 0.5) / 5 = 0.1.
        QVERIFY(close(pOf(*model, "<unk>", {"a", "b"}), 0.1));
        const NgramEstimate e = model->estimate(model->vocabulary().id("c"),
                                                std::vector<TokenId>{model->vocabulary().id("a"),
                                                                     model->vocabulary().id("b")});
        QCOMPARE(e.vocabularySize, std::uint64_t(6));
        QCOMPARE(e.levels.size(), std::size_t(1));
        QCOMPARE(e.levels[0].ngramCount, std::uint64_t(1));
        QCOMPARE(e.levels[0].contextCount, std::uint64_t(2));
    }

    void interpolation()
    {
        // λ = (0.2, 0.3, 0.5), unigram first. The unigram term is add-one:
        //   P1(c) = (C(c) + 1) / (N + V) = 3 / 17;  P_MLE(c | b) = 2 / 3;  P_MLE(c | a b) = 1 / 2.
        // P = 0.2 · 3/17 + 0.3 · 2/3 + 0.5 · 1/2 = 0.6/17 + 0.45 = 8.25 / 17.
        const auto model = train(NgramSmoothing::Interpolated);
        QVERIFY(close(pOf(*model, "c", {"a", "b"}), 8.25 / 17.0));
        // Unseen context "c a" (trigram level): its term is the bigram's P_MLE(b | a) = 1:
        //   P(b | c a) = 0.2 · 4/17 + 0.3 · 1 + 0.5 · 1.
        QVERIFY(close(pOf(*model, "b", {"c", "a"}), 0.8 / 17.0 + 0.8));
    }

    void stupidBackoff()
    {
        // S(c | a b) = C(a b c) / C(a b) = 1/2 (seen, no back-off).
        const auto model = train(NgramSmoothing::StupidBackoff);
        QVERIFY(close(pOf(*model, "c", {"a", "b"}), 0.5));
        // S(</s> | a b): C(a b </s>) = 0 → 0.4 · S(</s> | b); C(b </s>) = 0 → 0.4 · S(</s>)
        //   = 0.4 · 0.4 · C(</s>) / N = 0.16 · 3/11.
        QVERIFY(close(pOf(*model, "</s>", {"a", "b"}), 0.16 * 3.0 / 11.0));
        // A word never seen: 0.16 · the add-one unigram 1 / (N + V) = 0.16 / 17.
        QVERIFY(close(pOf(*model, "<unk>", {"a", "b"}), 0.16 / 17.0));
        const NgramEstimate e = model->estimate(NgramVocabulary::sentenceEndId,
                                                std::vector<TokenId>{model->vocabulary().id("a"),
                                                                     model->vocabulary().id("b")});
        QCOMPARE(e.levels.size(), std::size_t(3));
        QCOMPARE(e.levels[2].ngramCount, std::uint64_t(3));
        QCOMPARE(e.levels[0].lambda, 0.4);
        QVERIFY(close(e.levels[1].probability, 0.4 * 3.0 / 11.0));
    }

    void kneserNey()
    {
        // D = 0.75 at every level; γ(h) = D · N1+(h •) / Σ_w c_KN(h w).
        // Unigram (continuation counts, sum 7, 5 types), interpolated with 1/V = 1/6:
        //   P1(c) = (1 − 0.75)/7 + (0.75 · 5/7) · 1/6 = 1.5/42 + 3.75/42 = 0.125
        // Bigram, context b: c_KN(b c) = 2, c_KN(b d) = 1, total 3, 2 types:
        //   P2(c | b) = (2 − 0.75)/3 + (0.75 · 2/3) · 0.125 = 20/48 + 3/48 = 23/48
        // Trigram, context a b: C(a b c) = 1, C(a b d) = 1, total 2, 2 types:
        //   P3(c | a b) = (1 − 0.75)/2 + (0.75 · 2/2) · 23/48 = 8/64 + 23/64 = 31/64
        const auto model = train(NgramSmoothing::KneserNey);
        QVERIFY(close(pOf(*model, "c", {"a", "b"}), 31.0 / 64.0));
        // A short context is padded: {b} is "<s> b", whose only follower is c (count 1):
        //   P3(c | <s> b) = (1 − 0.75)/1 + (0.75 · 1/1) · 23/48 = 48/192 + 69/192.
        QVERIFY(close(pOf(*model, "c", {"b"}), 117.0 / 192.0));
        // <unk> was never seen: only the uniform share reaches it at each level:
        //   P1 = 0.75·5/7 · 1/6 = 3.75/42;  P2 = 0.5 · P1;  P3 = 0.75 · P2.
        QVERIFY(close(pOf(*model, "<unk>", {"a", "b"}), 0.75 * 0.5 * 3.75 / 42.0));

        const NgramEstimate e = model->estimate(model->vocabulary().id("c"),
                                                std::vector<TokenId>{model->vocabulary().id("a"),
                                                                     model->vocabulary().id("b")});
        QCOMPARE(e.levels.size(), std::size_t(3));
        QCOMPARE(e.levels[0].order, 3);
        QCOMPARE(e.levels[0].contextCount, std::uint64_t(2));
        QCOMPARE(e.levels[0].distinctFollowers, std::uint64_t(2));
        QVERIFY(close(e.levels[0].lambda, 0.75));
        QCOMPARE(e.levels[1].continuationCount, std::uint64_t(2));
        QCOMPARE(e.levels[1].contextCount, std::uint64_t(3));
        QVERIFY(close(e.levels[1].probability, 23.0 / 48.0));
        QCOMPARE(e.levels[2].continuationCount, std::uint64_t(1));
        QCOMPARE(e.levels[2].contextCount, std::uint64_t(7));
        QVERIFY(close(e.levels[2].probability, 0.125));
        QVERIFY(close(e.levels[2].lambda, 0.75 * 5.0 / 7.0));
    }

    void modifiedKneserNey()
    {
        // Counts of counts (n1, n2, n3, n4) of the counts each level uses:
        //   trigrams (raw)   5, 3, 0, 0 → Y = 5/(5 + 2·3) = 5/11, D1 = 1 − 2Y·3/5 = 5/11;
        //   bigrams (KN)     5, 2, 0, 0 → Y = 5/9,  D1 = 1 − 2Y·2/5 = 5/9;
        //   unigrams (KN)    3, 2, 0, 0 → Y = 3/7,  D1 = 1 − 2Y·2/3 = 3/7.
        // n3 = 0 leaves D2 undefined: it falls back to D1, and D3+ to D2.
        // γ(h) = (D1 N1(h •) + D2 N2(h •) + D3+ N3+(h •)) / Σ_w c(h w).
        //   P1(c)       = (1 − 3/7)/7 + ((3/7)·3 + (3/7)·2)/7 · 1/6 = 4/49 + 15/294 = 13/98
        //   P2(c | b)   = (2 − 5/9)/3 + ((5/9)·1 + (5/9)·1)/3 · 13/98 = 13/27 + 10/27 · 13/98 = 26/49
        //   P3(c | a b) = (1 − 5/11)/2 + ((5/11)·2)/2 · 26/49 = 3/11 + 130/539 = 277/539
        const auto model = train(NgramSmoothing::ModifiedKneserNey);
        const auto& d = model->discounts();
        QCOMPARE(d.size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(close(d[0][std::size_t(i)], 3.0 / 7.0));
            QVERIFY(close(d[1][std::size_t(i)], 5.0 / 9.0));
            QVERIFY(close(d[2][std::size_t(i)], 5.0 / 11.0));
        }
        QVERIFY(close(pOf(*model, "c", {"a", "b"}), 277.0 / 539.0));
        const NgramEstimate e = model->estimate(model->vocabulary().id("c"),
                                                std::vector<TokenId>{model->vocabulary().id("a"),
                                                                     model->vocabulary().id("b")});
        QVERIFY(close(e.levels[1].probability, 26.0 / 49.0));
        QVERIFY(close(e.levels[2].probability, 13.0 / 98.0));
        QVERIFY(close(e.levels[1].discount, 5.0 / 9.0));
    }

    void sentenceProbabilityByTheChainRule()
    {
        // MLE, "a b c": P(a | <s> <s>) = 2/3, P(b | <s> a) = 2/2, P(c | a b) = 1/2,
        // P(</s> | b c) = 2/2 → P = 1/3; perplexity over its 4 tokens = 3^(1/4).
        const auto model = train(NgramSmoothing::Mle);
        const SentenceScore score = model->score({"a", "b", "c"});
        QCOMPARE(score.factors.size(), std::size_t(4));
        QVERIFY(close(score.factors[0].probability, 2.0 / 3.0));
        QVERIFY(close(score.log10Probability, std::log10(1.0 / 3.0)));
        QVERIFY(close(model->perplexity({{"a", "b", "c"}}).perplexity, std::pow(3.0, 0.25)));
    }
};

QTEST_APPLESS_MAIN(TestNgramHandWorked)
#include "tst_ngramhandworked.moc"
