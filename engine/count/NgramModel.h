// An n-gram language model of order 1–5 over words, with <s>/</s> sentence markers and
// <unk>, and the estimators of NgramSmoothing. Counts are kept over integer ids in hash
// tables (memory grows with the distinct n-grams, not V^n). Immutable once trained, so
// panels and jobs share it; it is a NextTokenModel, so the generation panel and
// `lengua-cli generate` sample from it like from a GPT.
//
// Conventions (NgramModel.cpp has the details):
// - A sentence is padded with order−1 <s> ("<s> <s> w1" for trigrams) and ends with </s>;
//   <s> is never predicted (probability 0); </s> and <unk> are ordinary predictable words:
//   <unk> counts the training words below minCount and gets mass from every smoothed
//   estimator, so held-out text of unknown words has a finite perplexity (not under MLE).
// - V in the formulas = vocabulary().size() − 1 (everything but <s>). Every normalised
//   estimator sums to 1 over the vocabulary, for any context: a context never seen backs
//   off to the next shorter one.
// - Linear interpolation's unigram term is add-one, (C(w) + 1) / (N + V); stupid backoff
//   scores a word never seen α^(n−1) / (N + V). Kneser–Ney's unigram level discounts the
//   continuation counts and interpolates with 1/V (J&M eq. 3.38); below the highest order an
//   n-gram starting with <s> keeps its raw count (nothing precedes <s>, as in KenLM).
// - Modified Kneser–Ney: a discount whose counts of counts are missing (or that leaves
//   (0, i)) falls back: D1 → settings.discount, D2 → D1, D3+ → D2.
// - Contexts: only the last order−1 ids count; ids up to the last </s> are dropped (a new
//   sentence starts); ids out of range read as <unk>.
#pragma once

#include "NgramEstimate.h"
#include "NgramSettings.h"
#include "NgramVocabulary.h"
#include "PerplexityReport.h"
#include "SentenceScore.h"
#include "generate/NextTokenModel.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace lengua {

class JobContext;
class NgramCounts;

class NgramModel : public NextTokenModel {
public:
    using Sentences = std::vector<std::vector<std::string>>;

    // Counts every order up to settings.order. heldOut tunes the interpolation weights when
    // settings.lambdas is empty (it is not counted). Throws Error on bad settings or when
    // there is no word to count; reports progress and stops through context when given.
    static std::shared_ptr<const NgramModel> train(const Sentences& sentences,
                                                   const NgramSettings& settings,
                                                   const Sentences& heldOut = {},
                                                   JobContext* context = nullptr);
    // One stored n-gram: the ids (1..order of them) and its count in the training text.
    struct StoredNgram {
        std::vector<TokenId> ids;
        std::uint64_t count = 0;
    };
    // Rebuilds a trained model from what forEachNgram() listed (for the workspace file):
    // the continuation counts and counts of counts are derived again, so the result gives
    // exactly the probabilities of the original. lambdas are used as given (interpolation).
    // Throws Error for anything inconsistent (ids out of range, a count of 0, an n-gram
    // longer than the order, a lower order that does not cover a higher one, bad settings).
    static std::shared_ptr<const NgramModel> fromCounts(NgramVocabulary vocabulary,
                                                        const NgramSettings& settings,
                                                        std::vector<double> lambdas,
                                                        const std::vector<StoredNgram>& ngrams);
    ~NgramModel() override;

    // Every stored n-gram of every order with its count, in an unspecified order.
    void forEachNgram(const std::function<void(std::span<const TokenId>, std::uint64_t)>& visit) const;

    // As given to train() (lambdas: the ones given, empty when tuned or uniform).
    const NgramSettings& settings() const { return m_settings; }
    const NgramVocabulary& vocabulary() const { return m_vocabulary; }
    // The interpolation weights in use (λ_1..λ_order), tuned or given; empty for the others.
    const std::vector<double>& lambdas() const { return m_lambdas; }
    // Kneser–Ney's D1, D2, D3+ per order (index n-1 = order n; the unigram level discounts
    // its continuation counts too, J&M eq. 3.38); fixed KN: {D, D, D}; empty for the others.
    const std::vector<std::array<double, 3>>& discounts() const { return m_discounts; }
    // Distinct n-grams of order n (1..order), and of all orders together.
    std::uint64_t distinctNgrams(int n) const;
    std::uint64_t distinctNgrams() const;
    std::uint64_t trainingTokens() const; // words plus </s>

    // C(w_1 … w_n) for 1 <= n <= order (ids; <s> may start it).
    std::uint64_t count(std::span<const TokenId> ngram) const;

    // P(word | context): context may be longer or shorter than order-1 (the last order-1
    // ids are used; a short one is padded on the left with <s>). Stupid backoff returns its
    // score. Never throws for ids in range.
    double probability(TokenId word, std::span<const TokenId> context) const;
    // The same, with the counts behind it.
    NgramEstimate estimate(TokenId word, std::span<const TokenId> context) const;
    // P(w | context) for every id (V values, <unk> included, <s> always 0).
    std::vector<double> distribution(std::span<const TokenId> context) const;

    SentenceScore score(const std::vector<std::string>& sentence) const;
    // Throws Error for an empty set (no sentence with a word in it).
    PerplexityReport perplexity(const Sentences& sentences) const;

    // NextTokenModel: ids are the vocabulary's; the logits are ln P (−inf for probability 0,
    // and always for <s>). An empty context means the start of a sentence. contextLength()
    // is order − 1, but 1 for a unigram model (0 would mean "no limit" to the session, which
    // would then keep a growing context the model never reads).
    std::size_t vocabularySize() const override { return m_vocabulary.size(); }
    std::size_t contextLength() const override;
    std::vector<float> nextTokenLogits(std::span<const TokenId> context) const override;

private:
    NgramModel();

    // Derives the discounts (and uniform λ when none) once the counts are finished.
    void prepare();
    // window: order ids, the context (padded, cropped) then the word.
    void fillWindow(std::span<const TokenId> context, TokenId* window) const;
    double windowProbability(const TokenId* window) const;
    double laplaceUnigram(TokenId word) const;
    double kneserNeyDiscount(int n, std::uint64_t count) const;
    double kneserNeyGamma(int n, std::uint32_t context) const;
    // Each order's (backed-off) MLE term of linear interpolation, unigram first.
    void interpolationTerms(const TokenId* window, double* terms) const;
    std::vector<double> tunedLambdas(const Sentences& heldOut) const;

    NgramSettings m_settings;
    NgramVocabulary m_vocabulary;
    std::vector<double> m_lambdas;
    std::vector<std::array<double, 3>> m_discounts;
    std::unique_ptr<NgramCounts> m_counts;
};

} // namespace lengua
