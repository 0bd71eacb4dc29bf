// Decoding: softmax, temperature, top-k, top-p, seeded sampling and the generator
// loop, checked against values worked out by hand.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "count/NgramModel.h"
#include "count/NgramLanguageModel.h"
#include "generate/Generator.h"
#include "generate/NextTokenDistribution.h"
#include "generate/NextTokenModel.h"
#include "generate/PromptPreparation.h"
#include "generate/Sampler.h"
#include "tokenize/CharTokenizer.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stop_token>

using namespace lengua;

namespace {

// A bigram table: token t is followed by m_next[t] with logit 5, every other token 0.
// Counts its calls, so tests can tell whether the model was asked again.
class BigramModel : public NextTokenModel {
public:
    explicit BigramModel(std::vector<TokenId> next) : m_next(std::move(next)) {}
    std::size_t vocabularySize() const override { return m_next.size(); }
    std::vector<float> nextTokenLogits(std::span<const TokenId> context) const override
    {
        ++calls;
        if (context.empty())
            throw Error("BigramModel: needs one token of context");
        std::vector<float> logits(m_next.size(), 0.0f);
        logits[m_next[context.back()]] = 5.0f;
        return logits;
    }
    mutable int calls = 0;

private:
    std::vector<TokenId> m_next;
};

// Every token equally likely whatever the context.
class FlatModel : public NextTokenModel {
public:
    explicit FlatModel(std::size_t v) : m_v(v) {}
    std::size_t vocabularySize() const override { return m_v; }
    std::size_t contextLength() const override { return 4; }
    std::vector<float> nextTokenLogits(std::span<const TokenId> context) const override
    {
        longestContext = std::max(longestContext, context.size());
        return std::vector<float>(m_v, 0.0f);
    }
    mutable std::size_t longestContext = 0;

private:
    std::size_t m_v;
};

SamplingSettings sampling(double temperature = 1.0, std::size_t topK = 0, double topP = 1.0)
{
    SamplingSettings s;
    s.temperature = temperature;
    s.topK = topK;
    s.topP = topP;
    return s;
}

std::vector<float> logitsOf(std::initializer_list<double> probabilities)
{
    std::vector<float> result;
    for (double p : probabilities)
        result.push_back(float(std::log(p)));
    return result;
}

bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) <= tolerance; }

} // namespace

class TestGeneration : public QObject {
    Q_OBJECT
private slots:
    // The ranking is a radix sort; it must equal a stable comparison sort (decreasing
    // logit, ties by increasing id), including -0 against +0, negatives and -inf.
    void rankingEqualsStableSort()
    {
        std::mt19937 random(7);
        std::uniform_int_distribution<int> pick(-6, 6);
        for (int trial = 0; trial < 50; ++trial) {
            const std::size_t v = 1 + std::size_t(random() % 600);
            std::vector<float> logits(v);
            for (float& l : logits)
                l = float(pick(random)) * 0.75f; // few values: many ties
            logits[random() % v] = -0.0f;
            logits[random() % v] = 0.0f;
            if (v > 2)
                logits[random() % v] = -std::numeric_limits<float>::infinity();
            logits[random() % v] = 3.0e5f * float(trial + 1);
            std::vector<lengua::TokenId> expected(v);
            std::iota(expected.begin(), expected.end(), lengua::TokenId(0));
            std::stable_sort(expected.begin(), expected.end(),
                             [&](lengua::TokenId a, lengua::TokenId b) { return logits[a] > logits[b]; });
            const lengua::NextTokenDistribution distribution(logits, lengua::SamplingSettings{});
            QVERIFY2(distribution.ranking() == expected, qPrintable(QString::number(trial)));
        }
    }

    void softmaxOfKnownLogits()
    {
        // softmax([1, 2, 3]) = [e^-2, e^-1, 1] / (1 + e^-1 + e^-2), e^-1 = 0.3678794412,
        // e^-2 = 0.1353352832, sum 1.5032147244 -> [0.0900306, 0.2447285, 0.6652410].
        const std::vector<float> logits{1.0f, 2.0f, 3.0f};
        const NextTokenDistribution d(logits, sampling());
        QVERIFY(near(d.probabilities()[0], 0.0900305732));
        QVERIFY(near(d.probabilities()[1], 0.2447284711));
        QVERIFY(near(d.probabilities()[2], 0.6652409558));
        QCOMPARE(d.ranking(), (std::vector<TokenId>{2, 1, 0}));
        QCOMPARE(d.keptCount(), std::size_t(3));
        // Stable for huge logits: [1001, 1002, 1003] gives the same numbers.
        const std::vector<float> huge{1001.0f, 1002.0f, 1003.0f};
        QVERIFY(near(NextTokenDistribution(huge, sampling()).probabilities()[2], 0.6652409558));
    }

    void temperatureHalfAndTwo()
    {
        const std::vector<float> logits{2.0f, 1.0f, 0.0f};
        // T = 0.5: [4, 2, 0] -> [1, e^-2, e^-4] / (1 + e^-2 + e^-4), e^-4 = 0.0183156389,
        // sum 1.1536509221 -> [0.8668133, 0.1173104, 0.0158762].
        const NextTokenDistribution cold(logits, sampling(0.5));
        QVERIFY(near(cold.temperatureProbabilities()[0], 0.8668133322));
        QVERIFY(near(cold.temperatureProbabilities()[1], 0.1173104278));
        QVERIFY(near(cold.temperatureProbabilities()[2], 0.0158762400));
        // Before temperature: softmax([2, 1, 0]) = [0.6652410, 0.2447285, 0.0900306].
        QVERIFY(near(cold.probabilities()[0], 0.6652409558));
        // T = 2: [1, 0.5, 0] -> [1, e^-0.5, e^-1] / (1 + 0.6065306597 + 0.3678794412),
        // sum 1.9744101009 -> [0.5064804, 0.3071959, 0.1863237].
        const NextTokenDistribution hot(logits, sampling(2.0));
        QVERIFY(near(hot.temperatureProbabilities()[0], 0.5064803911));
        QVERIFY(near(hot.temperatureProbabilities()[1], 0.3071958857));
        QVERIFY(near(hot.temperatureProbabilities()[2], 0.1863237232));
        QVERIFY(near(hot.finalProbabilities()[2], 0.1863237232)); // nothing truncated
    }

    void topKRenormalises()
    {
        // softmax([2, 1, 0]) top-2: [1, e^-1] / (1 + e^-1) = [0.7310586, 0.2689414, 0].
        const std::vector<float> logits{0.0f, 2.0f, 1.0f};
        const NextTokenDistribution d(logits, sampling(1.0, 2));
        QCOMPARE(d.topKCount(), std::size_t(2));
        QCOMPARE(d.keptCount(), std::size_t(2));
        QVERIFY(near(d.finalProbabilities()[1], 0.7310585786));
        QVERIFY(near(d.finalProbabilities()[2], 0.2689414214));
        QCOMPARE(d.finalProbabilities()[0], 0.0);
        QVERIFY(!d.isKept(0));
        // Top-k above the vocabulary size is off.
        QCOMPARE(NextTokenDistribution(logits, sampling(1.0, 50)).keptCount(), std::size_t(3));
        // Ties at the boundary: the lower id stays.
        const std::vector<float> tied{1.0f, 3.0f, 1.0f};
        const NextTokenDistribution t(tied, sampling(1.0, 2));
        QCOMPARE(std::vector<TokenId>(t.keptTokens().begin(), t.keptTokens().end()),
                 (std::vector<TokenId>{1, 0}));
    }

    void topPExactCutoff()
    {
        // Probabilities 0.1, 0.5, 0.4 (ids 0, 1, 2). Ranked: 1 (0.5), 2 (0.4), 0 (0.1);
        // cumulative 0.5, 0.9, 1.0. Top-p 0.9: the smallest prefix reaching 0.9 is
        // {1, 2}, renormalised to 0.5/0.9 = 0.5555556 and 0.4/0.9 = 0.4444444.
        const auto logits = logitsOf({0.1, 0.5, 0.4});
        const NextTokenDistribution d(logits, sampling(1.0, 0, 0.9));
        QCOMPARE(d.keptCount(), std::size_t(2));
        QCOMPARE(d.cutoffRank(), std::size_t(1));
        QVERIFY(near(d.cumulativeProbabilities()[0], 0.5));
        QVERIFY(near(d.cumulativeProbabilities()[1], 0.9));
        QVERIFY(near(d.finalProbabilities()[1], 0.5 / 0.9));
        QVERIFY(near(d.finalProbabilities()[2], 0.4 / 0.9));
        QCOMPARE(d.finalProbabilities()[0], 0.0);
        // 0.85 also stops at rank 1; 0.95 needs all three; 0.5 is reached by one token.
        QCOMPARE(NextTokenDistribution(logits, sampling(1.0, 0, 0.85)).keptCount(), std::size_t(2));
        QCOMPARE(NextTokenDistribution(logits, sampling(1.0, 0, 0.95)).keptCount(), std::size_t(3));
        QCOMPARE(NextTokenDistribution(logits, sampling(1.0, 0, 0.5)).keptCount(), std::size_t(1));
        // Top-p 0 still keeps one token.
        QCOMPARE(NextTokenDistribution(logits, sampling(1.0, 0, 0.0)).keptCount(), std::size_t(1));

        // Ten equal logits: 0.1 each. Top-p 0.9 keeps ids 0..8 (ties by id), each 1/9.
        const std::vector<float> flat(10, 0.0f);
        const NextTokenDistribution f(flat, sampling(1.0, 0, 0.9));
        QCOMPARE(f.keptCount(), std::size_t(9));
        QCOMPARE(f.ranking().front(), TokenId(0));
        QCOMPARE(f.ranking().back(), TokenId(9));
        QVERIFY(!f.isKept(9));
        QVERIFY(near(f.finalProbabilities()[4], 1.0 / 9.0));
    }

    void topKThenTopP()
    {
        // Top-k 3 on 0.4, 0.3, 0.2, 0.1 renormalises to 4/9, 3/9, 2/9: cumulative
        // 0.444, 0.778, 1. Top-p 0.7 then keeps two: 4/7 and 3/7.
        const auto logits = logitsOf({0.4, 0.3, 0.2, 0.1});
        const NextTokenDistribution d(logits, sampling(1.0, 3, 0.7));
        QCOMPARE(d.topKCount(), std::size_t(3));
        QVERIFY(near(d.cumulativeProbabilities()[0], 4.0 / 9.0));
        QCOMPARE(d.keptCount(), std::size_t(2));
        QVERIFY(near(d.finalProbabilities()[0], 4.0 / 7.0));
        QVERIFY(near(d.finalProbabilities()[1], 3.0 / 7.0));
    }

    void temperatureZeroIsGreedy()
    {
        // Ties for the maximum go to the lower id: [1, 3, 3] -> token 1.
        const std::vector<float> logits{1.0f, 3.0f, 3.0f};
        const NextTokenDistribution d(logits, sampling(0.0));
        QCOMPARE(d.keptCount(), std::size_t(1));
        QCOMPARE(d.mostProbable(), TokenId(1));
        QCOMPARE(d.temperatureProbabilities(), (std::vector<double>{0.0, 1.0, 0.0}));
        QCOMPARE(d.finalProbabilities(), (std::vector<double>{0.0, 1.0, 0.0}));
        Sampler sampler(7);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(sampler.sample(d), TokenId(1));
        // The greedy strategy at T = 1 keeps the softmax for display but chooses the top.
        SamplingSettings greedy = sampling(1.0);
        greedy.strategy = SamplingStrategy::Greedy;
        const NextTokenDistribution g(logits, greedy);
        QVERIFY(near(g.temperatureProbabilities()[1], g.probabilities()[1]));
        QCOMPARE(g.finalProbabilities()[1], 1.0);
    }

    void badLogitsAndSettings()
    {
        const std::vector<float> withNan{0.0f, std::numeric_limits<float>::quiet_NaN()};
        QVERIFY_THROWS_EXCEPTION(Error, NextTokenDistribution(withNan, sampling()));
        const float inf = std::numeric_limits<float>::infinity();
        QVERIFY_THROWS_EXCEPTION(Error, NextTokenDistribution(std::vector<float>{0.0f, inf},
                                                              sampling()));
        QVERIFY_THROWS_EXCEPTION(Error, NextTokenDistribution(std::vector<float>{-inf, -inf},
                                                              sampling()));
        QVERIFY_THROWS_EXCEPTION(Error, NextTokenDistribution(std::vector<float>{}, sampling()));
        QVERIFY_THROWS_EXCEPTION(Error, NextTokenDistribution(std::vector<float>{0.0f},
                                                              sampling(2.5)));
        QVERIFY_THROWS_EXCEPTION(Error, NextTokenDistribution(std::vector<float>{0.0f},
                                                              sampling(1.0, 0, 1.5)));
        // -inf is a masked token: probability 0, never kept, not counted by top-k.
        const NextTokenDistribution masked(std::vector<float>{0.0f, -inf, 0.0f}, sampling(1.0, 3));
        QCOMPARE(masked.probabilities()[1], 0.0);
        QCOMPARE(masked.keptCount(), std::size_t(2));
        QCOMPARE(masked.finalProbabilities()[2], 0.5);
    }

    void sameSeedSameChoices()
    {
        const std::vector<float> flat(10, 0.0f);
        const NextTokenDistribution d(flat, sampling());
        auto draw = [&](std::uint64_t seed) {
            Sampler sampler(seed);
            std::vector<TokenId> ids;
            for (int i = 0; i < 30; ++i)
                ids.push_back(sampler.sample(d));
            return ids;
        };
        QCOMPARE(draw(1), draw(1));
        QVERIFY(draw(1) != draw(2)); // equal by chance with probability 10^-30
        // Through the generator: same seed, same text; another seed, another text.
        FlatModel model(10);
        SamplingSettings s = sampling();
        s.maxNewTokens = 30;
        JobContext context;
        const TokenId prompt[] = {0};
        s.seed = 5;
        const auto a = Generator::generate(model, prompt, s, context).tokens;
        const auto b = Generator::generate(model, prompt, s, context).tokens;
        s.seed = 6;
        const auto c = Generator::generate(model, prompt, s, context).tokens;
        QCOMPARE(a.size(), std::size_t(30));
        QCOMPARE(a, b);
        QVERIFY(a != c);
        // The default session crops the context to the model's window of 4 tokens.
        QCOMPARE(model.longestContext, std::size_t(4));
    }

    void bigramGreedySequence()
    {
        // 0 -> 2 -> 4 -> 1 -> 3 -> 0: from prompt {3, 0} greedy gives 2, 4, 1, 3.
        BigramModel model({2, 3, 4, 0, 1});
        SamplingSettings s = sampling(0.0);
        s.maxNewTokens = 4;
        JobContext context;
        const TokenId prompt[] = {3, 0};
        int streamed = 0;
        const GenerationResult r = Generator::generate(model, prompt, s, context,
                                                       [&](const GenerationStep&) { ++streamed; });
        QCOMPARE(r.tokens, (std::vector<TokenId>{2, 4, 1, 3}));
        QCOMPARE(r.reason, StopReason::MaxNewTokens);
        QCOMPARE(streamed, 4);
        QCOMPARE(model.calls, 4); // no forward pass after the last token
        // The trace: softmax of [0, 0, 5, 0, 0] gives e^5 / (e^5 + 4) = 0.9737555 for the
        // top token and 1 / (e^5 + 4) = 0.0065611 for each other; after T = 0 it is 1.
        const GenerationStep& first = r.steps.front();
        QCOMPARE(first.candidates.size(), std::size_t(5));
        QCOMPARE(first.candidates[0].id, TokenId(2));
        QVERIFY(near(first.candidates[0].probability, 0.9737555408));
        QCOMPARE(first.candidates[0].temperatureProbability, 1.0);
        QCOMPARE(first.candidates[1].id, TokenId(0)); // ties by id
        QVERIFY(near(first.candidates[1].probability, 0.0065611148));
        QVERIFY(!first.candidates[1].kept);
        QCOMPARE(first.chosen, TokenId(2));
        QCOMPARE(first.chosenProbability, 1.0);
        QCOMPARE(first.chosenRank, std::size_t(0));
        QVERIFY(near(first.chosenModelProbability, 0.9737555408));
    }

    void stopTokenEndsGeneration()
    {
        BigramModel model({2, 3, 4, 0, 1});
        SamplingSettings s = sampling(0.0);
        s.maxNewTokens = 10;
        s.stopTokens = {1};
        JobContext context;
        const TokenId prompt[] = {0};
        const GenerationResult r = Generator::generate(model, prompt, s, context);
        QCOMPARE(r.tokens, (std::vector<TokenId>{2, 4, 1}));
        QCOMPARE(r.reason, StopReason::StopToken);
        QCOMPARE(r.steps.size(), std::size_t(3));
    }

    void cancellation()
    {
        FlatModel model(10);
        SamplingSettings s = sampling();
        s.maxNewTokens = 1000;
        std::stop_source stop;
        JobContext context(stop.get_token());
        const TokenId prompt[] = {0};
        int steps = 0;
        QVERIFY_THROWS_EXCEPTION(JobCancelled,
                                 Generator::generate(model, prompt, s, context,
                                                     [&](const GenerationStep&) {
                                                         if (++steps == 3)
                                                             stop.request_stop();
                                                     }));
        QCOMPARE(steps, 3);
    }

    void stepByStepMode()
    {
        BigramModel model({2, 3, 4, 0, 1});
        Generator generator(model, sampling(1.0, 2));
        QVERIFY_THROWS_EXCEPTION(Error, generator.step()); // not started
        QVERIFY_THROWS_EXCEPTION(Error, generator.start(std::vector<TokenId>{}));
        const TokenId prompt[] = {0};
        generator.start(prompt);
        QCOMPARE(generator.distribution().mostProbable(), TokenId(2));
        // A slider move recomputes from the cached logits: no new model call.
        const int calls = model.calls;
        generator.setSettings(sampling(0.0));
        QCOMPARE(model.calls, calls);
        QCOMPARE(generator.distribution().keptCount(), std::size_t(1));
        // The user picks token 3, which greedy cut: probability 0, marked as the user's.
        const GenerationStep step = generator.chooseNext(3);
        QCOMPARE(step.chosen, TokenId(3));
        QVERIFY(step.chosenByUser);
        QCOMPARE(step.chosenProbability, 0.0);
        // After 0 the logits are [0, 0, 5, 0, 0]: ranking 2, 0, 1, 3, 4 (ties by id), so 3
        // is fourth, with the softmax's 1 / (e^5 + 4) = 0.0065611.
        QCOMPARE(step.chosenRank, std::size_t(3));
        QVERIFY(near(step.chosenModelProbability, 0.0065611148));
        // The next distribution follows from 3: the bigram says 0.
        QCOMPARE(generator.distribution().mostProbable(), TokenId(0));
        QCOMPARE(generator.step().chosen, TokenId(0));
        QCOMPARE(generator.generated(), (std::vector<TokenId>{3, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, generator.chooseNext(5));
    }

    void promptPreparation()
    {
        // Characters: [UNK] (special), a, b, space. "ab a" -> 1 2 3 1; "x" is unknown.
        Vocabulary vocabulary;
        vocabulary.add("[UNK]", true);
        for (const char* c : {"a", "b", " "})
            vocabulary.add(c);
        const CharTokenizer chars(vocabulary);
        PreparedPrompt p = PromptPreparation::prepare(chars, "ab a");
        QCOMPARE(p.ids, (std::vector<TokenId>{1, 2, 3, 1}));
        QCOMPARE(p.unknownTokens, std::size_t(0));
        QVERIFY(!p.startedFromStartToken);
        p = PromptPreparation::prepare(chars, "axbx");
        QCOMPARE(p.ids, (std::vector<TokenId>{1, 0, 2, 0}));
        QCOMPARE(p.unknownTokens, std::size_t(2));
        // Empty text and no start token: nothing to start from.
        QVERIFY(!PromptPreparation::startToken(chars));
        p = PromptPreparation::prepare(chars, "");
        QVERIFY(p.ids.empty());
        QVERIFY(!p.startedFromStartToken);

        // "<|endoftext|>" as a special token is GPT-2's start; as plain text it is not.
        Vocabulary withPlainMarker = vocabulary;
        withPlainMarker.add("<s>");
        QVERIFY(!PromptPreparation::startToken(CharTokenizer(withPlainMarker)));
        Vocabulary withEnd = vocabulary;
        const TokenId end = withEnd.add("<|endoftext|>", true);
        const CharTokenizer charsWithEnd(withEnd);
        QCOMPARE(PromptPreparation::startToken(charsWithEnd).value_or(-1), end);
        p = PromptPreparation::prepare(charsWithEnd, "");
        QCOMPARE(p.ids, (std::vector<TokenId>{end}));
        QVERIFY(p.startedFromStartToken);
        p = PromptPreparation::prepare(charsWithEnd, "b");
        QCOMPARE(p.ids, (std::vector<TokenId>{2}));
        QVERIFY(!p.startedFromStartToken);

        // The end token: GPT-2's <|endoftext|> ends a document; an n-gram's </s> a sentence.
        QCOMPARE(PromptPreparation::endToken(charsWithEnd).value_or(-1), end);
        QVERIFY(!PromptPreparation::endToken(chars));
        Vocabulary sentenceMarkers = vocabulary;
        const TokenId sentenceStart = sentenceMarkers.add("<s>", true);
        const TokenId sentenceEnd = sentenceMarkers.add("</s>", true);
        const CharTokenizer charsWithMarkers(sentenceMarkers);
        QCOMPARE(PromptPreparation::startToken(charsWithMarkers).value_or(-1), sentenceStart);
        QCOMPARE(PromptPreparation::endToken(charsWithMarkers).value_or(-1), sentenceEnd);
        Vocabulary plainEnd = vocabulary;
        plainEnd.add("</s>");
        QVERIFY(!PromptPreparation::endToken(CharTokenizer(plainEnd)));

        // The sliding window: 10 tokens in a context of 4 leave 6 unseen.
        QCOMPARE(PromptPreparation::tokensOutsideWindow(10, 4), std::size_t(6));
        QCOMPARE(PromptPreparation::tokensOutsideWindow(4, 4), std::size_t(0));
        QCOMPARE(PromptPreparation::tokensOutsideWindow(3, 4), std::size_t(0));
        QCOMPARE(PromptPreparation::tokensOutsideWindow(10, 0), std::size_t(0));
    }

    void ngramGenerationStopsAtSentenceEnd()
    {
        // One training sentence, "el chalet": under MLE a trigram's only choices are
        // P(el | <s> <s>) = 1, P(chalet | <s> el) = 1, P(</s> | el chalet) = 1, so every
        // seed and temperature writes "el chalet </s>" and stops there.
        NgramSettings settings;
        settings.order = 3;
        settings.smoothing = NgramSmoothing::Mle;
        const auto model = NgramModel::train({{"el", "chalet"}}, settings);
        const NamedLanguageModel named = NgramLanguageModel::wrap(model, true);
        const auto start = PromptPreparation::startToken(*named.tokenizer);
        const auto end = PromptPreparation::endToken(*named.tokenizer);
        QVERIFY(start && end);
        QCOMPARE(*start, NgramVocabulary::sentenceStartId);
        QCOMPARE(*end, NgramVocabulary::sentenceEndId);
        // The empty prompt is the start of a sentence: { <s> }.
        const PreparedPrompt prompt = PromptPreparation::prepare(*named.tokenizer, "");
        QCOMPARE(prompt.ids, (std::vector<TokenId>{*start}));
        for (const double temperature : {0.5, 1.0, 2.0}) {
            SamplingSettings sampling;
            sampling.temperature = temperature;
            sampling.seed = 7;
            sampling.stopTokens = {*end};
            JobContext context;
            const GenerationResult result =
                Generator::generate(*model, prompt.ids, sampling, context);
            QCOMPARE(result.tokens, (std::vector<TokenId>{model->vocabulary().id("el"),
                                                          model->vocabulary().id("chalet"), *end}));
            QCOMPARE(named.tokenizer->decode(std::span(result.tokens).first(2)), std::string("el chalet"));
        }
        // Smoothed (Kneser–Ney, two sentences): sampling still ends at </s> within the limit
        // for most seeds, and every sampled id is a word of the vocabulary, never <s>.
        settings.smoothing = NgramSmoothing::KneserNey;
        const auto smoothed = NgramModel::train({{"el", "chalet"}, {"la", "escuela"}}, settings);
        int stopped = 0;
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            SamplingSettings sampling;
            sampling.seed = seed;
            sampling.maxNewTokens = 40;
            sampling.stopTokens = {NgramVocabulary::sentenceEndId};
            JobContext context;
            const std::vector<TokenId> startOnly{NgramVocabulary::sentenceStartId};
            const GenerationResult result = Generator::generate(*smoothed, startOnly, sampling, context);
            for (const TokenId id : result.tokens)
                QVERIFY(id != NgramVocabulary::sentenceStartId);
            if (!result.tokens.empty() && result.tokens.back() == NgramVocabulary::sentenceEndId)
                ++stopped;
        }
        QVERIFY(stopped >= 15);
    }

    void samplingFrequenciesMatch()
    {
        // Top-k 3 on 0.4, 0.3, 0.2, 0.1 -> 4/9, 3/9, 2/9, 0. With 20,000 draws the
        // standard deviation of a frequency is at most sqrt(0.25 / 20000) = 0.0035, so
        // 0.01 is about three of them; the seed is fixed, so the test is repeatable.
        const auto logits = logitsOf({0.4, 0.3, 0.2, 0.1});
        const NextTokenDistribution d(logits, sampling(1.0, 3));
        Sampler sampler(1234);
        std::vector<int> counts(4, 0);
        const int draws = 20000;
        for (int i = 0; i < draws; ++i)
            ++counts[sampler.sample(d)];
        QCOMPARE(counts[3], 0);
        QVERIFY(near(counts[0] / double(draws), 4.0 / 9.0, 0.01));
        QVERIFY(near(counts[1] / double(draws), 3.0 / 9.0, 0.01));
        QVERIFY(near(counts[2] / double(draws), 2.0 / 9.0, 0.01));
    }
};

QTEST_GUILESS_MAIN(TestGeneration)
#include "tst_generation.moc"
