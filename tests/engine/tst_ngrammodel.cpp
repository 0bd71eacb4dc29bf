// NgramModel: normalisation of every estimator over seen and unseen contexts, the relation
// between probability(), estimate(), distribution(), score() and perplexity(), the
// vocabulary (<unk>, minCount), the fromCounts() round trip, NextTokenModel, bad input.
#include "count/NgramModel.h"
#include "core/Error.h"

#include <QtTest/QtTest>

#include <cmath>
#include <map>
#include <set>
#include <sstream>

using namespace lengua;

namespace {

using Sentences = NgramModel::Sentences;

std::vector<std::string> split(const std::string& text)
{
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

Sentences fixture()
{
    Sentences sentences;
    for (const char* line : {
             "el señorial chalet se encontraba a la izquierda de la plaza",
             "la casa se encontraba a la derecha de la iglesia",
             "el perro de la casa duerme a la izquierda",
             "el gato duerme",
             "la plaza de la iglesia es grande",
             "the cat sat on the mat",
             "the dog sat on the log",
             "the cat saw the dog",
             "a cat is a cat",
         })
        sentences.push_back(split(line));
    return sentences;
}

constexpr NgramSmoothing allSmoothings[] = {
    NgramSmoothing::Mle,          NgramSmoothing::AddK,      NgramSmoothing::Interpolated,
    NgramSmoothing::StupidBackoff, NgramSmoothing::KneserNey, NgramSmoothing::ModifiedKneserNey};

NgramSettings settingsFor(NgramSmoothing smoothing, int order)
{
    NgramSettings settings;
    settings.order = order;
    settings.smoothing = smoothing;
    settings.k = 0.5;
    return settings;
}

std::vector<TokenId> ids(const NgramModel& model, const std::string& text)
{
    std::vector<TokenId> result;
    for (const std::string& word : split(text))
        result.push_back(model.vocabulary().id(word));
    return result;
}

// Every context of the training text (each prefix, cropped to order−1 by the model), plus
// contexts the model never saw, plus the empty one.
std::vector<std::vector<TokenId>> contextsToCheck(const NgramModel& model)
{
    std::vector<std::vector<TokenId>> contexts{{}};
    for (const auto& sentence : fixture()) {
        std::vector<TokenId> prefix;
        for (const std::string& word : sentence) {
            prefix.push_back(model.vocabulary().id(word));
            contexts.push_back(prefix);
        }
    }
    for (const char* unseen : {"iglesia chalet", "mat log", "zzz", "zzz yyy", "cat the",
                               "la zzz", "zzz la", "perro"})
        contexts.push_back(ids(model, unseen));
    return contexts;
}

} // namespace

class TestNgramModel : public QObject {
    Q_OBJECT
private slots:
    void smoothingNames()
    {
        for (NgramSmoothing smoothing : allSmoothings)
            QCOMPARE(parseNgramSmoothing(ngramSmoothingName(smoothing)), smoothing);
        QVERIFY(!parseNgramSmoothing("kneser"));
        QVERIFY(!ngramSmoothingIsNormalised(NgramSmoothing::StupidBackoff));
        QVERIFY(ngramSmoothingIsNormalised(NgramSmoothing::ModifiedKneserNey));
    }

    void vocabularyOrderAndMarkers()
    {
        const NgramVocabulary vocabulary = NgramVocabulary::build({{"b", "a", "b", "c"}, {}, {"c", "b"}}, 1);
        QCOMPARE(vocabulary.words(), (std::vector<std::string>{"<unk>", "<s>", "</s>", "b", "c", "a"}));
        QCOMPARE(vocabulary.count(vocabulary.id("b")), std::uint64_t(3));
        QCOMPARE(vocabulary.count(NgramVocabulary::sentenceStartId), std::uint64_t(2)); // blank line skipped
        QCOMPARE(vocabulary.id("zzz"), NgramVocabulary::unknownId);
        QVERIFY(!vocabulary.find("zzz"));
        QCOMPARE(vocabulary.encode({"a", "zzz"}, true), (std::vector<TokenId>{1, 5, 0, 2}));
        QVERIFY_THROWS_EXCEPTION(Error, vocabulary.word(6));
    }

    void minCountMakesUnknownWords()
    {
        NgramSettings settings = settingsFor(NgramSmoothing::Mle, 2);
        settings.minCount = 2;
        const auto model = NgramModel::train({{"a", "b", "a"}, {"a", "c", "d"}}, settings);
        // a: 3 times; b, c, d once → <unk> (count 3).
        QCOMPARE(model->vocabulary().size(), std::size_t(4));
        QCOMPARE(model->vocabulary().count(NgramVocabulary::unknownId), std::uint64_t(3));
        const TokenId a = model->vocabulary().id("a");
        const TokenId unk = NgramVocabulary::unknownId;
        // Bigrams "a <unk>" twice, "<unk> a" once, "<unk> <unk>" once: P(<unk> | a) = 2/3.
        QCOMPARE(model->probability(unk, std::vector<TokenId>{a}), 2.0 / 3.0);
        QCOMPARE(model->count(std::vector<TokenId>{unk, unk}), std::uint64_t(1));
        const SentenceScore score = model->score({"a", "qqq"});
        QCOMPARE(score.unknownWords, std::size_t(1));
        QCOMPARE(score.factors[1].word, std::string("<unk>"));
        QCOMPARE(score.factors[1].original, std::string("qqq"));
    }

    void everyNormalisedEstimatorSumsToOne_data()
    {
        QTest::addColumn<int>("smoothing");
        QTest::addColumn<int>("order");
        for (NgramSmoothing smoothing : allSmoothings) {
            if (!ngramSmoothingIsNormalised(smoothing))
                continue;
            for (int order = 1; order <= 5; ++order)
                QTest::addRow("%s-%d", ngramSmoothingName(smoothing).c_str(), order) << int(smoothing) << order;
        }
    }
    void everyNormalisedEstimatorSumsToOne()
    {
        QFETCH(int, smoothing);
        QFETCH(int, order);
        Sentences training = fixture();
        const Sentences heldOut{training.back(), split("the dog is a dog")};
        training.pop_back();
        const auto model = NgramModel::train(training, settingsFor(NgramSmoothing(smoothing), order), heldOut);
        const std::size_t size = model->vocabulary().size();
        for (const auto& context : contextsToCheck(*model)) {
            double sum = 0.0;
            const std::vector<double> distribution = model->distribution(context);
            QCOMPARE(distribution.size(), size);
            for (TokenId w = 0; w < TokenId(size); ++w) {
                const double p = model->probability(w, context);
                sum += p;
                QVERIFY2(std::abs(p - distribution[std::size_t(w)]) < 1e-12, "distribution() ≠ probability()");
                QVERIFY(p >= 0.0);
            }
            QCOMPARE(model->probability(NgramVocabulary::sentenceStartId, context), 0.0);
            QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(QString("sum %1").arg(sum, 0, 'g', 17)));
        }
    }

    void stupidBackoffScoresAreConsistent()
    {
        const auto model = NgramModel::train(fixture(), settingsFor(NgramSmoothing::StupidBackoff, 3));
        for (const auto& context : contextsToCheck(*model)) {
            const std::vector<double> distribution = model->distribution(context);
            for (TokenId w = 0; w < TokenId(distribution.size()); ++w)
                QVERIFY(std::abs(model->probability(w, context) - distribution[std::size_t(w)]) < 1e-12);
        }
    }

    void mleIsRelativeFrequency()
    {
        const auto model = NgramModel::train(fixture(), settingsFor(NgramSmoothing::Mle, 2));
        // Counted by hand in fixture(): "la" is followed by izquierda 2, plaza 2, casa 2,
        // derecha 1, iglesia 2 → C(la) as a context = 9.
        const std::vector<TokenId> la = ids(*model, "la");
        QCOMPARE(model->probability(model->vocabulary().id("izquierda"), la), 2.0 / 9.0);
        QCOMPARE(model->probability(model->vocabulary().id("derecha"), la), 1.0 / 9.0);
        QCOMPARE(model->probability(model->vocabulary().id("gato"), la), 0.0);
        // Unigram relative frequencies: "la" 9 times among 62 words + 9 </s> = 71 tokens
        // (sentence lengths 11 + 10 + 9 + 3 + 7 + 6 + 6 + 5 + 5).
        const auto unigram = NgramModel::train(fixture(), settingsFor(NgramSmoothing::Mle, 1));
        QCOMPARE(unigram->trainingTokens(), std::uint64_t(71));
        QCOMPARE(unigram->probability(unigram->vocabulary().id("la"), {}), 9.0 / 71.0);
        QCOMPARE(unigram->probability(NgramVocabulary::sentenceEndId, {}), 9.0 / 71.0);
    }

    void estimateMatchesProbability()
    {
        for (NgramSmoothing smoothing : allSmoothings) {
            for (int order : {1, 2, 3, 5}) {
                const auto model = NgramModel::train(fixture(), settingsFor(smoothing, order), {split("the cat sat")});
                for (const auto& context : contextsToCheck(*model)) {
                    for (const char* word : {"la", "izquierda", "cat", "</s>", "<unk>"}) {
                        const TokenId id = model->vocabulary().id(word);
                        const NgramEstimate estimate = model->estimate(id, context);
                        QCOMPARE(estimate.probability, model->probability(id, context));
                        QVERIFY(!estimate.levels.empty());
                        QCOMPARE(estimate.word, std::string(word));
                        QVERIFY(estimate.levels.front().order <= order);
                        if (smoothing == NgramSmoothing::Interpolated) {
                            // Σ λ_n · term_n, every order listed.
                            QCOMPARE(estimate.levels.size(), std::size_t(order));
                            double sum = 0.0;
                            for (const NgramEstimate::Level& level : estimate.levels)
                                sum += level.lambda * level.probability;
                            QVERIFY(std::abs(sum - estimate.probability) < 1e-12);
                        } else {
                            QVERIFY(std::abs(estimate.levels.front().probability - estimate.probability) < 1e-12);
                        }
                        if (smoothing == NgramSmoothing::KneserNey || smoothing == NgramSmoothing::ModifiedKneserNey) {
                            // Each level: (c − D) / total + λ · the level below (1/V under the unigram).
                            for (std::size_t i = 0; i < estimate.levels.size(); ++i) {
                                const NgramEstimate::Level& level = estimate.levels[i];
                                const double lower = i + 1 < estimate.levels.size()
                                                         ? estimate.levels[i + 1].probability
                                                         : 1.0 / double(estimate.vocabularySize);
                                if (level.contextCount == 0) {
                                    QCOMPARE(level.probability, lower);
                                    continue;
                                }
                                const double c = double(level.order == order ? level.ngramCount : level.continuationCount);
                                const double expected = (c > 0 ? c - level.discount : 0.0) / double(level.contextCount)
                                                        + level.lambda * lower;
                                QVERIFY(std::abs(expected - level.probability) < 1e-12);
                            }
                        }
                    }
                }
            }
        }
    }

    void scoreFactorsMultiplyToTheSentence()
    {
        for (NgramSmoothing smoothing : allSmoothings) {
            const auto model = NgramModel::train(fixture(), settingsFor(smoothing, 3));
            const std::vector<std::string> sentence = split("el gato se encontraba a la izquierda de zzz");
            const SentenceScore score = model->score(sentence);
            QCOMPARE(score.factors.size(), sentence.size() + 1);
            QCOMPARE(score.factors.back().word, std::string("</s>"));
            QCOMPARE(score.factors.front().context, (std::vector<std::string>{"<s>", "<s>"}));
            QCOMPARE(score.unknownWords, std::size_t(1));
            double product = 1.0;
            std::vector<TokenId> context;
            for (std::size_t i = 0; i < score.factors.size(); ++i) {
                const SentenceScore::Factor& factor = score.factors[i];
                const TokenId id = model->vocabulary().id(factor.word);
                QCOMPARE(factor.probability, model->probability(id, context));
                context.push_back(id);
                product *= factor.probability;
            }
            if (product > 0.0)
                QVERIFY(std::abs(std::log10(product) - score.log10Probability) < 1e-9);
            else
                QVERIFY(std::isinf(score.log10Probability));
        }
    }

    void perplexityOnAHandExample()
    {
        // Unigram MLE on "a b" and "a": tokens a a b </s> </s> → P(a) = 2/5, P(b) = 1/5,
        // P(</s>) = 2/5. Held out "a b": a, b, </s> → PP = (2/5 · 1/5 · 2/5)^(-1/3).
        const auto model = NgramModel::train({{"a", "b"}, {"a"}}, settingsFor(NgramSmoothing::Mle, 1));
        const PerplexityReport report = model->perplexity({{"a", "b"}, {}});
        QCOMPARE(report.sentences, std::size_t(1));
        QCOMPARE(report.tokens, std::size_t(3));
        const double expected = std::pow(2.0 / 5 * 1.0 / 5 * 2.0 / 5, -1.0 / 3.0);
        QVERIFY(std::abs(report.perplexity - expected) < 1e-12);
        QVERIFY(std::abs(report.crossEntropyBits - std::log2(expected)) < 1e-12);

        // An unseen word: MLE's perplexity is infinite, and counted.
        const PerplexityReport infinite = model->perplexity({{"a", "zzz"}});
        QVERIFY(std::isinf(infinite.perplexity));
        QCOMPARE(infinite.zeroProbabilityTokens, std::size_t(1));
        QCOMPARE(infinite.unknownTokens, std::size_t(1));
        QVERIFY(std::abs(infinite.oovRate() - 1.0 / 3.0) < 1e-12);
    }

    void unknownOnlyHeldOutIsFiniteForSmoothedModels()
    {
        for (NgramSmoothing smoothing : allSmoothings) {
            if (smoothing == NgramSmoothing::Mle)
                continue;
            for (int order = 1; order <= 5; ++order) {
                const auto model = NgramModel::train(fixture(), settingsFor(smoothing, order), {split("zzz yyy")});
                const PerplexityReport report = model->perplexity({split("zzz yyy xxx"), split("qqq")});
                QVERIFY2(std::isfinite(report.perplexity) && report.perplexity > 1.0,
                         qPrintable(QString::fromStdString(ngramSmoothingName(smoothing)) + QString::number(order)));
                QCOMPARE(report.unknownTokens, std::size_t(4));
                QCOMPARE(report.zeroProbabilityTokens, std::size_t(0));
            }
        }
    }

    void fiveGramModelWorks()
    {
        const auto model = NgramModel::train(fixture(), settingsFor(NgramSmoothing::ModifiedKneserNey, 5));
        QCOMPARE(model->contextLength(), std::size_t(4));
        // "a la izquierda de" is always followed by "la" in the training text.
        const TokenId la = model->vocabulary().id("la");
        const double p = model->probability(la, ids(*model, "encontraba a la izquierda de"));
        QVERIFY(p > 0.5);
        QCOMPARE(model->count(ids(*model, "a la izquierda de la")), std::uint64_t(1));
        QCOMPARE(model->count(std::vector<TokenId>{1, 1, 1, 1}), std::uint64_t(9)); // <s>×4: every sentence
        QVERIFY(model->distinctNgrams(5) > 0);
        QCOMPARE(model->distinctNgrams(),
                 model->distinctNgrams(1) + model->distinctNgrams(2) + model->distinctNgrams(3)
                     + model->distinctNgrams(4) + model->distinctNgrams(5));
        QVERIFY(std::isfinite(model->perplexity({split("la casa de la plaza")}).perplexity));
    }

    void roundTripThroughCountsGivesTheSameProbabilities()
    {
        for (NgramSmoothing smoothing : allSmoothings) {
            for (int order : {1, 2, 3, 4}) {
                const auto model = NgramModel::train(fixture(), settingsFor(smoothing, order),
                                                     {split("the cat sat on the log")});
                std::vector<NgramModel::StoredNgram> stored;
                model->forEachNgram([&](std::span<const TokenId> ngram, std::uint64_t count) {
                    stored.push_back({std::vector<TokenId>(ngram.begin(), ngram.end()), count});
                });
                std::reverse(stored.begin(), stored.end()); // any order must do
                QCOMPARE(std::uint64_t(stored.size()), model->distinctNgrams());
                const auto copy = NgramModel::fromCounts(
                    NgramVocabulary::fromWords(model->vocabulary().words(),
                                               [&] {
                                                   std::vector<std::uint64_t> counts;
                                                   for (TokenId i = 0; i < TokenId(model->vocabulary().size()); ++i)
                                                       counts.push_back(model->vocabulary().count(i));
                                                   return counts;
                                               }()),
                    model->settings(), model->lambdas(), stored);
                QCOMPARE(copy->lambdas(), model->lambdas());
                QCOMPARE(copy->discounts(), model->discounts());
                QCOMPARE(copy->trainingTokens(), model->trainingTokens());
                for (const auto& context : contextsToCheck(*model))
                    QCOMPARE(copy->distribution(context), model->distribution(context));
            }
        }
    }

    void fromCountsRejectsInconsistentInput()
    {
        const NgramVocabulary vocabulary = NgramVocabulary::fromWords({"<unk>", "<s>", "</s>", "a"}, {0, 1, 1, 1});
        NgramSettings settings = settingsFor(NgramSmoothing::KneserNey, 2);
        using Stored = std::vector<NgramModel::StoredNgram>;
        const Stored good{{{3}, 1}, {{2}, 1}, {{1, 3}, 1}, {{3, 2}, 1}};
        QVERIFY(NgramModel::fromCounts(vocabulary, settings, {}, good));
        auto rejects = [&](Stored ngrams) {
            try {
                NgramModel::fromCounts(vocabulary, settings, {}, ngrams);
            } catch (const Error&) {
                return true;
            }
            return false;
        };
        Stored bad = good;
        bad.push_back({{3, 9}, 1}); // id out of range
        QVERIFY(rejects(bad));
        bad = good;
        bad[0].count = 0;
        QVERIFY(rejects(bad));
        bad = good;
        bad.push_back({{3, 3, 2}, 1}); // longer than the order
        QVERIFY(rejects(bad));
        bad = good;
        bad.erase(bad.begin()); // "a" missing under "<s> a"
        QVERIFY(rejects(bad));
        bad = good;
        bad.push_back({{3, 2}, 1}); // twice
        QVERIFY(rejects(bad));
        bad = good;
        bad.push_back({{3, 1}, 1}); // <s> predicted
        QVERIFY(rejects(bad));
        bad = good;
        bad.push_back({{2, 3}, 1}); // </s> in the middle
        QVERIFY(rejects(bad));
        QVERIFY(rejects({}));

        QVERIFY_THROWS_EXCEPTION(Error, NgramVocabulary::fromWords({"<s>", "<unk>", "</s>"}, {0, 0, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, NgramVocabulary::fromWords({"<unk>", "<s>", "</s>", "a", "a"}, {0, 0, 0, 1, 1}));
        QVERIFY_THROWS_EXCEPTION(Error, NgramVocabulary::fromWords({"<unk>", "<s>", "</s>", ""}, {0, 0, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(Error, NgramVocabulary::fromWords({"<unk>", "<s>", "</s>"}, {0, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, NgramVocabulary::fromWords({"<unk>"}, {0}));
    }

    void badSettingsNameTheField()
    {
        auto message = [](NgramSettings settings) {
            try {
                NgramModel::train(fixture(), settings);
            } catch (const Error& error) {
                return std::string(error.what());
            }
            return std::string();
        };
        NgramSettings settings;
        settings.order = 0;
        QVERIFY(message(settings).find("order") != std::string::npos);
        settings.order = 6;
        QVERIFY(message(settings).find("order") != std::string::npos);
        settings = {};
        settings.discount = 1.5;
        QVERIFY(message(settings).find("discount") != std::string::npos);
        settings.discount = 0.0;
        QVERIFY(message(settings).find("discount") != std::string::npos);
        settings = {};
        settings.k = 0.0;
        QVERIFY(message(settings).find("k ") != std::string::npos);
        settings = {};
        settings.minCount = 0;
        QVERIFY(message(settings).find("minCount") != std::string::npos);
        settings = {};
        settings.smoothing = NgramSmoothing::Interpolated;
        settings.lambdas = {0.5, 0.5};
        QVERIFY(message(settings).find("lambdas") != std::string::npos);
        settings.lambdas = {0.5, 0.6, -0.1};
        QVERIFY(message(settings).find("lambdas") != std::string::npos);

        QVERIFY_THROWS_EXCEPTION(Error, NgramModel::train({}, NgramSettings{}));
        QVERIFY_THROWS_EXCEPTION(Error, NgramModel::train({{}, {}}, NgramSettings{}));
        const auto model = NgramModel::train(fixture(), NgramSettings{});
        QVERIFY_THROWS_EXCEPTION(Error, model->perplexity({}));
        QVERIFY_THROWS_EXCEPTION(Error, model->perplexity({{}}));
        QVERIFY_THROWS_EXCEPTION(Error, model->probability(TokenId(model->vocabulary().size()), {}));
    }

    void interpolationWeightsAreTunedOnHeldOut()
    {
        NgramSettings settings = settingsFor(NgramSmoothing::Interpolated, 3);
        const auto uniform = NgramModel::train(fixture(), settings);
        QCOMPARE(uniform->lambdas(), (std::vector<double>{1.0 / 3, 1.0 / 3, 1.0 / 3}));
        // Held-out text copied from training: the trigram is always right, so EM gives it
        // the largest weight.
        const Sentences heldOut{split("la casa se encontraba a la derecha de la iglesia")};
        const auto tuned = NgramModel::train(fixture(), settings, heldOut);
        const std::vector<double>& lambdas = tuned->lambdas();
        QCOMPARE(lambdas.size(), std::size_t(3));
        QVERIFY(std::abs(lambdas[0] + lambdas[1] + lambdas[2] - 1.0) < 1e-9);
        QVERIFY(lambdas[2] > lambdas[1] && lambdas[2] > lambdas[0]);
        QVERIFY(tuned->perplexity(heldOut).perplexity < uniform->perplexity(heldOut).perplexity);
        // Given weights are used as they are.
        settings.lambdas = {0.1, 0.3, 0.6};
        QCOMPARE(NgramModel::train(fixture(), settings, heldOut)->lambdas(), settings.lambdas);
    }

    void nextTokenLogitsAreLogProbabilities()
    {
        const auto model = NgramModel::train(fixture(), settingsFor(NgramSmoothing::KneserNey, 3));
        const std::vector<TokenId> context = ids(*model, "a la");
        const std::vector<float> logits = model->nextTokenLogits(context);
        const std::vector<double> p = model->distribution(context);
        QCOMPARE(logits.size(), model->vocabularySize());
        QVERIFY(std::isinf(logits[NgramVocabulary::sentenceStartId]) && logits[1] < 0);
        for (std::size_t i = 2; i < p.size(); ++i)
            QVERIFY(std::abs(double(logits[i]) - std::log(p[i])) < 1e-5);
        // Empty context = start of sentence = <s> <s>; a </s> starts a new sentence.
        QCOMPARE(model->distribution({}), model->distribution(std::vector<TokenId>{1, 1}));
        std::vector<TokenId> afterEnd = ids(*model, "la casa");
        afterEnd.push_back(NgramVocabulary::sentenceEndId);
        QCOMPARE(model->distribution(afterEnd), model->distribution({}));
        // Longer contexts are cropped to the last two words.
        QCOMPARE(model->distribution(ids(*model, "el perro de la")), model->distribution(ids(*model, "de la")));
        // MLE: zero probabilities become −inf.
        const auto mle = NgramModel::train(fixture(), settingsFor(NgramSmoothing::Mle, 2));
        const std::vector<float> mleLogits = mle->nextTokenLogits(ids(*mle, "la"));
        QVERIFY(std::isinf(mleLogits[std::size_t(mle->vocabulary().id("gato"))]));
        QCOMPARE(NgramModel::train(fixture(), settingsFor(NgramSmoothing::Mle, 1))->contextLength(), std::size_t(1));
    }

    void literalMarkersInTextAreUnknownWords()
    {
        const auto model = NgramModel::train({{"a", "<s>", "b"}, {"</s>"}}, settingsFor(NgramSmoothing::Mle, 1));
        QCOMPARE(model->vocabulary().size(), std::size_t(5));
        QCOMPARE(model->vocabulary().count(NgramVocabulary::unknownId), std::uint64_t(2));
        QCOMPARE(model->probability(NgramVocabulary::sentenceStartId, {}), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestNgramModel)
#include "tst_ngrammodel.moc"
