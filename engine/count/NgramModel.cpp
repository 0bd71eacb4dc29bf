#include "NgramModel.h"

#include "NgramCounts.h"
#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lengua {

// Decisions (see also NgramCounts.h):
// - Every sentence is padded with order−1 <s> and ends with </s>; <s> is never predicted
//   (probability 0), </s> and <unk> are: <unk> takes the mass of the words below minCount and,
//   through the smoothing, of every word the model never saw.
// - V in the formulas is the vocabulary without <s> (the words that can be predicted).
// - A context never seen backs off to the next shorter one (MLE, add-k, the interpolation
//   terms, Kneser–Ney), so every normalised estimator sums to 1 over the vocabulary.
// - Linear interpolation's unigram term and stupid backoff's last resort for a word never
//   seen are the add-one unigram (C(w) + 1) / (N + V): a word never seen keeps a finite
//   cost (the lecture's uniform floor).
// - Kneser–Ney (J&M §3.7, eqs. 3.35–3.38; Chen & Goodman 1998 for the modified one): the
//   unigram level discounts the continuation counts and interpolates with the uniform 1/V.

namespace {

constexpr TokenId startId = NgramVocabulary::sentenceStartId;
constexpr TokenId endId = NgramVocabulary::sentenceEndId;
constexpr TokenId unknownId = NgramVocabulary::unknownId;
constexpr int maximumOrder = 5;

// Chen & Goodman's D1, D2, D3+ from n1..n4. A discount whose counts of counts are missing
// or that falls outside (0, i) takes the previous one (D1: the fixed discount).
std::array<double, 3> modifiedDiscounts(const std::array<std::uint64_t, 4>& n, double fixed)
{
    const double n1 = double(n[0]), n2 = double(n[1]), n3 = double(n[2]), n4 = double(n[3]);
    std::array<double, 3> d{fixed, fixed, fixed};
    if (n1 <= 0.0)
        return d;
    const double y = n1 / (n1 + 2.0 * n2);
    const double d1 = 1.0 - 2.0 * y * n2 / n1;
    d[0] = n2 > 0.0 && d1 > 0.0 && d1 < 1.0 ? d1 : fixed;
    const double d2 = n2 > 0.0 ? 2.0 - 3.0 * y * n3 / n2 : 0.0;
    d[1] = n2 > 0.0 && n3 > 0.0 && d2 > 0.0 && d2 < 2.0 ? d2 : d[0];
    const double d3 = n3 > 0.0 ? 3.0 - 4.0 * y * n4 / n3 : 0.0;
    d[2] = n3 > 0.0 && n4 > 0.0 && d3 > 0.0 && d3 < 3.0 ? d3 : d[1];
    return d;
}

std::vector<double> uniformLambdas(int order)
{
    return std::vector<double>(std::size_t(order), 1.0 / double(order));
}

} // namespace

NgramModel::NgramModel() = default;
NgramModel::~NgramModel() = default;

std::shared_ptr<const NgramModel> NgramModel::train(const Sentences& sentences,
                                                    const NgramSettings& settings,
                                                    const Sentences& heldOut, JobContext* context)
{
    settings.validate();
    if (context)
        context->reportProgress(0.0, "building the vocabulary");
    std::shared_ptr<NgramModel> model(new NgramModel());
    model->m_settings = settings;
    std::vector<TokenId> encoded;
    model->m_vocabulary = NgramVocabulary::build(sentences, settings.minCount, encoded);
    if (model->m_vocabulary.count(endId) == 0)
        throw Error("there is no word to count: the training sentences are empty");
    model->m_counts = std::make_unique<NgramCounts>(settings.order);
    std::size_t sentence = 0;
    for (std::size_t start = 0; start < encoded.size(); ++sentence) {
        if (context && sentence % 1024 == 0) {
            context->throwIfStopped();
            context->reportProgress(0.2 + 0.6 * double(start) / double(encoded.size()),
                                    "counting n-grams");
        }
        const std::size_t end = std::size_t(
            std::find(encoded.begin() + std::ptrdiff_t(start), encoded.end(), endId) - encoded.begin());
        model->m_counts->addSentence(std::span<const TokenId>(encoded).subspan(start, end - start));
        start = end + 1;
    }
    if (context) {
        context->throwIfStopped();
        context->reportProgress(0.8, "continuation counts");
    }
    model->m_counts->finish();
    model->prepare();
    if (settings.smoothing == NgramSmoothing::Interpolated) {
        if (!settings.lambdas.empty())
            model->m_lambdas = settings.lambdas;
        else if (!heldOut.empty()) {
            if (context)
                context->reportProgress(0.9, "tuning the interpolation weights");
            model->m_lambdas = model->tunedLambdas(heldOut);
        }
    }
    if (context)
        context->reportProgress(1.0, "done");
    return model;
}

std::shared_ptr<const NgramModel> NgramModel::fromCounts(NgramVocabulary vocabulary,
                                                         const NgramSettings& settings,
                                                         std::vector<double> lambdas,
                                                         const std::vector<StoredNgram>& ngrams)
{
    settings.validate();
    std::shared_ptr<NgramModel> model(new NgramModel());
    model->m_settings = settings;
    model->m_vocabulary = std::move(vocabulary);
    const std::size_t size = model->m_vocabulary.size();
    model->m_counts = std::make_unique<NgramCounts>(settings.order);
    for (const StoredNgram& stored : ngrams) {
        const std::size_t n = stored.ids.size();
        if (n < 1 || n > std::size_t(settings.order))
            throw Error("a stored n-gram has " + std::to_string(n) + " words; the model's order is "
                        + std::to_string(settings.order));
        if (stored.count == 0)
            throw Error("a stored n-gram has a count of 0");
        bool words = false;
        for (std::size_t i = 0; i < n; ++i) {
            const TokenId id = stored.ids[i];
            if (id < 0 || std::size_t(id) >= size)
                throw Error("a stored n-gram has the word id " + std::to_string(id)
                            + ", outside the vocabulary of " + std::to_string(size));
            if (id == startId && (words || i + 1 == n))
                throw Error("a stored n-gram has <s> after a word or at its end");
            if (id == endId && i + 1 != n)
                throw Error("a stored n-gram has </s> before its end");
            words = words || id != startId;
        }
        if (!model->m_counts->add(stored.ids, stored.count))
            throw Error("a stored n-gram is listed twice");
    }
    model->m_counts->finish();
    if (model->m_counts->tokens() == 0)
        throw Error("the stored model has no unigram counts");
    model->prepare();
    if (settings.smoothing == NgramSmoothing::Interpolated) {
        if (lambdas.empty())
            lambdas = settings.lambdas; // (validated above; empty: uniform)
        if (!lambdas.empty()) {
            NgramSettings check = settings;
            check.lambdas = lambdas;
            check.validate();
            model->m_lambdas = std::move(lambdas);
        }
    }
    return model;
}

void NgramModel::prepare()
{
    const int order = m_settings.order;
    m_discounts.clear();
    if (m_settings.smoothing == NgramSmoothing::KneserNey) {
        const double d = m_settings.discount;
        m_discounts.assign(std::size_t(order), {d, d, d});
    } else if (m_settings.smoothing == NgramSmoothing::ModifiedKneserNey) {
        for (int n = 1; n <= order; ++n)
            m_discounts.push_back(modifiedDiscounts(m_counts->level(n).adjustedCountsOfCounts,
                                                    m_settings.discount));
    }
    m_lambdas.clear();
    if (m_settings.smoothing == NgramSmoothing::Interpolated)
        m_lambdas = uniformLambdas(order);
}

void NgramModel::forEachNgram(
    const std::function<void(std::span<const TokenId>, std::uint64_t)>& visit) const
{
    for (int n = 1; n <= m_settings.order; ++n) {
        const NgramCounts::Level& level = m_counts->level(n);
        for (std::uint32_t i = 0; i < level.counts.size(); ++i)
            visit(level.ngram(i), level.counts[i]);
    }
}

std::uint64_t NgramModel::distinctNgrams(int n) const
{
    if (n < 1 || n > m_settings.order)
        return 0;
    return m_counts->level(n).counts.size();
}

std::uint64_t NgramModel::distinctNgrams() const
{
    std::uint64_t total = 0;
    for (int n = 1; n <= m_settings.order; ++n)
        total += distinctNgrams(n);
    return total;
}

std::uint64_t NgramModel::trainingTokens() const
{
    return m_counts->tokens();
}

std::uint64_t NgramModel::count(std::span<const TokenId> ngram) const
{
    if (ngram.empty() || ngram.size() > std::size_t(m_settings.order))
        return 0;
    for (TokenId id : ngram) {
        if (id < 0 || std::size_t(id) >= m_vocabulary.size())
            return 0;
    }
    // "<s>", "<s> <s>": the padding that starts every sentence, counted as contexts.
    if (std::all_of(ngram.begin(), ngram.end(), [](TokenId id) { return id == startId; }))
        return ngram.size() < std::size_t(m_settings.order) ? m_counts->sentences() : 0;
    const NgramCounts::Level& level = m_counts->level(int(ngram.size()));
    const std::uint32_t index = level.ngrams.find(NgramKey::pack(ngram));
    return index == NgramKeyTable::absent ? 0 : level.counts[index];
}

void NgramModel::fillWindow(std::span<const TokenId> context, TokenId* window) const
{
    // A </s> in the context ends a sentence: what follows starts a new one.
    for (std::size_t i = context.size(); i-- > 0;) {
        if (context[i] == endId) {
            context = context.subspan(i + 1);
            break;
        }
    }
    const std::size_t length = std::size_t(m_settings.order - 1);
    if (context.size() > length)
        context = context.subspan(context.size() - length);
    const std::size_t padding = length - context.size();
    for (std::size_t i = 0; i < padding; ++i)
        window[i] = startId;
    for (std::size_t i = 0; i < context.size(); ++i) {
        const TokenId id = context[i];
        window[padding + i] = id >= 0 && std::size_t(id) < m_vocabulary.size() ? id : unknownId;
    }
}

double NgramModel::laplaceUnigram(TokenId word) const
{
    const NgramCounts::Level& unigrams = m_counts->level(1);
    const std::uint32_t index = unigrams.ngrams.find(NgramKey::pack({&word, 1}));
    const double count = index == NgramKeyTable::absent ? 0.0 : double(unigrams.counts[index]);
    return (count + 1.0) / (double(m_counts->tokens()) + double(m_vocabulary.size() - 1));
}

double NgramModel::kneserNeyDiscount(int n, std::uint64_t count) const
{
    if (count == 0)
        return 0.0;
    return m_discounts[std::size_t(n - 1)][std::size_t(std::min<std::uint64_t>(count, 3) - 1)];
}

double NgramModel::kneserNeyGamma(int n, std::uint32_t context) const
{
    const NgramCounts::ContextStats& stats = m_counts->level(n).contextStats[context];
    const std::array<double, 3>& d = m_discounts[std::size_t(n - 1)];
    const double discounted = d[0] * stats.adjustedFollowers[0] + d[1] * stats.adjustedFollowers[1]
                              + d[2] * stats.adjustedFollowers[2];
    return discounted / double(stats.adjustedTotal);
}

void NgramModel::interpolationTerms(const TokenId* window, double* terms) const
{
    const int order = m_settings.order;
    terms[0] = laplaceUnigram(window[order - 1]);
    for (int n = 2; n <= order; ++n) {
        const NgramCounts::Level& level = m_counts->level(n);
        const TokenId* start = window + (order - n);
        const std::uint32_t context = level.contexts.find(NgramKey::pack({start, std::size_t(n - 1)}));
        if (context == NgramKeyTable::absent) {
            terms[n - 1] = terms[n - 2];
            continue;
        }
        const std::uint32_t ngram = level.ngrams.find(NgramKey::pack({start, std::size_t(n)}));
        terms[n - 1] = ngram == NgramKeyTable::absent
                           ? 0.0
                           : double(level.counts[ngram]) / double(level.contextStats[context].total);
    }
}

double NgramModel::windowProbability(const TokenId* window) const
{
    const int order = m_settings.order;
    const TokenId word = window[order - 1];
    if (word == startId)
        return 0.0;
    const double predictable = double(m_vocabulary.size() - 1);
    switch (m_settings.smoothing) {
    case NgramSmoothing::Mle:
    case NgramSmoothing::AddK: {
        const bool addK = m_settings.smoothing == NgramSmoothing::AddK;
        for (int n = order; n >= 1; --n) {
            const NgramCounts::Level& level = m_counts->level(n);
            const TokenId* start = window + (order - n);
            const std::uint32_t context = level.contexts.find(NgramKey::pack({start, std::size_t(n - 1)}));
            if (context == NgramKeyTable::absent)
                continue;
            const std::uint32_t ngram = level.ngrams.find(NgramKey::pack({start, std::size_t(n)}));
            const double count = ngram == NgramKeyTable::absent ? 0.0 : double(level.counts[ngram]);
            const double total = double(level.contextStats[context].total);
            if (addK)
                return (count + m_settings.k) / (total + m_settings.k * predictable);
            return count / total;
        }
        return 0.0;
    }
    case NgramSmoothing::Interpolated: {
        std::array<double, maximumOrder> terms{};
        interpolationTerms(window, terms.data());
        double sum = 0.0;
        for (int n = 0; n < order; ++n)
            sum += m_lambdas[std::size_t(n)] * terms[std::size_t(n)];
        return sum;
    }
    case NgramSmoothing::StupidBackoff: {
        double weight = 1.0;
        for (int n = order; n >= 1; --n) {
            const NgramCounts::Level& level = m_counts->level(n);
            const TokenId* start = window + (order - n);
            const std::uint32_t ngram = level.ngrams.find(NgramKey::pack({start, std::size_t(n)}));
            if (ngram != NgramKeyTable::absent) {
                const std::uint32_t context = level.contextOf[ngram];
                return weight * double(level.counts[ngram]) / double(level.contextStats[context].total);
            }
            if (n > 1)
                weight *= m_settings.backoffFactor;
        }
        return weight * laplaceUnigram(word);
    }
    case NgramSmoothing::KneserNey:
    case NgramSmoothing::ModifiedKneserNey: {
        double p = 1.0 / predictable;
        for (int n = 1; n <= order; ++n) {
            const NgramCounts::Level& level = m_counts->level(n);
            const TokenId* start = window + (order - n);
            const std::uint32_t context = level.contexts.find(NgramKey::pack({start, std::size_t(n - 1)}));
            if (context == NgramKeyTable::absent)
                continue;
            const std::uint32_t ngram = level.ngrams.find(NgramKey::pack({start, std::size_t(n)}));
            const std::uint64_t count = ngram == NgramKeyTable::absent ? 0 : level.adjusted[ngram];
            const double total = double(level.contextStats[context].adjustedTotal);
            p = (double(count) - kneserNeyDiscount(n, count)) / total + kneserNeyGamma(n, context) * p;
        }
        return p;
    }
    }
    return 0.0;
}

double NgramModel::probability(TokenId word, std::span<const TokenId> context) const
{
    if (word < 0 || std::size_t(word) >= m_vocabulary.size())
        throw Error("word id " + std::to_string(word) + " is out of range (vocabulary of "
                    + std::to_string(m_vocabulary.size()) + ")");
    std::array<TokenId, maximumOrder> window{};
    fillWindow(context, window.data());
    window[std::size_t(m_settings.order - 1)] = word;
    return windowProbability(window.data());
}

std::vector<double> NgramModel::distribution(std::span<const TokenId> context) const
{
    const int order = m_settings.order;
    const std::size_t size = m_vocabulary.size();
    const double predictable = double(size - 1);
    std::array<TokenId, maximumOrder> window{};
    fillWindow(context, window.data());
    std::vector<double> result(size, 0.0);

    // The context of level n and its index (absent when never seen).
    auto contextAt = [&](int n) {
        const NgramCounts::Level& level = m_counts->level(n);
        return level.contexts.find(NgramKey::pack({window.data() + (order - n), std::size_t(n - 1)}));
    };
    auto addFollowers = [&](int n, std::uint32_t context, std::vector<double>& into, auto value) {
        const NgramCounts::Level& level = m_counts->level(n);
        for (std::uint32_t f = level.followerOffsets[context]; f < level.followerOffsets[context + 1]; ++f) {
            const std::uint32_t ngram = level.followers[f];
            value(into[std::size_t(level.lastWord(ngram))], ngram);
        }
    };
    auto laplaceVector = [&](std::vector<double>& into) {
        const NgramCounts::Level& unigrams = m_counts->level(1);
        const double denominator = double(m_counts->tokens()) + predictable;
        std::fill(into.begin(), into.end(), 1.0 / denominator);
        for (std::uint32_t i = 0; i < unigrams.counts.size(); ++i)
            into[std::size_t(unigrams.ids[i])] += double(unigrams.counts[i]) / denominator;
        into[std::size_t(startId)] = 0.0;
    };

    switch (m_settings.smoothing) {
    case NgramSmoothing::Mle:
    case NgramSmoothing::AddK: {
        for (int n = order; n >= 1; --n) {
            const std::uint32_t context = contextAt(n);
            if (context == NgramKeyTable::absent)
                continue;
            const NgramCounts::Level& level = m_counts->level(n);
            double total = double(level.contextStats[context].total);
            if (m_settings.smoothing == NgramSmoothing::AddK) {
                total += m_settings.k * predictable;
                std::fill(result.begin(), result.end(), m_settings.k / total);
                result[std::size_t(startId)] = 0.0;
            }
            addFollowers(n, context, result, [&](double& p, std::uint32_t ngram) {
                p += double(level.counts[ngram]) / total;
            });
            break;
        }
        break;
    }
    case NgramSmoothing::Interpolated: {
        std::vector<double> term(size);
        laplaceVector(term);
        for (std::size_t w = 0; w < size; ++w)
            result[w] = m_lambdas[0] * term[w];
        for (int n = 2; n <= order; ++n) {
            const std::uint32_t context = contextAt(n);
            if (context != NgramKeyTable::absent) {
                const NgramCounts::Level& level = m_counts->level(n);
                const double total = double(level.contextStats[context].total);
                std::fill(term.begin(), term.end(), 0.0);
                addFollowers(n, context, term, [&](double& p, std::uint32_t ngram) {
                    p = double(level.counts[ngram]) / total;
                });
            }
            const double lambda = m_lambdas[std::size_t(n - 1)];
            for (std::size_t w = 0; w < size; ++w)
                result[w] += lambda * term[w];
        }
        break;
    }
    case NgramSmoothing::StupidBackoff: {
        // Lowest order first, each higher order overwriting the words it has seen.
        const double alpha = m_settings.backoffFactor;
        double weight = std::pow(alpha, order - 1);
        const NgramCounts::Level& unigrams = m_counts->level(1);
        const double denominator = double(m_counts->tokens()) + predictable;
        std::fill(result.begin(), result.end(), weight / denominator);
        result[std::size_t(startId)] = 0.0;
        for (std::uint32_t i = 0; i < unigrams.counts.size(); ++i)
            result[std::size_t(unigrams.ids[i])] = weight * double(unigrams.counts[i]) / double(m_counts->tokens());
        for (int n = 2; n <= order; ++n) {
            weight /= alpha;
            const std::uint32_t context = contextAt(n);
            if (context == NgramKeyTable::absent)
                continue;
            const NgramCounts::Level& level = m_counts->level(n);
            const double total = double(level.contextStats[context].total);
            addFollowers(n, context, result, [&](double& p, std::uint32_t ngram) {
                p = weight * double(level.counts[ngram]) / total;
            });
        }
        break;
    }
    case NgramSmoothing::KneserNey:
    case NgramSmoothing::ModifiedKneserNey: {
        std::fill(result.begin(), result.end(), 1.0 / predictable);
        result[std::size_t(startId)] = 0.0;
        for (int n = 1; n <= order; ++n) {
            const std::uint32_t context = contextAt(n);
            if (context == NgramKeyTable::absent)
                continue;
            const NgramCounts::Level& level = m_counts->level(n);
            const double gamma = kneserNeyGamma(n, context);
            const double total = double(level.contextStats[context].adjustedTotal);
            for (double& p : result)
                p *= gamma;
            addFollowers(n, context, result, [&](double& p, std::uint32_t ngram) {
                const std::uint64_t count = level.adjusted[ngram];
                p += (double(count) - kneserNeyDiscount(n, count)) / total;
            });
        }
        break;
    }
    }
    return result;
}

std::size_t NgramModel::contextLength() const
{
    // The model reads the last order−1 ids. A unigram model reads none, but 0 would mean
    // "no limit" to NextTokenSession, which would keep a growing context for nothing: 1.
    return std::size_t(std::max(1, m_settings.order - 1));
}

std::vector<float> NgramModel::nextTokenLogits(std::span<const TokenId> context) const
{
    const std::vector<double> p = distribution(context);
    std::vector<float> logits(p.size());
    for (std::size_t i = 0; i < p.size(); ++i)
        logits[i] = p[i] > 0.0 ? float(std::log(p[i])) : -std::numeric_limits<float>::infinity();
    logits[std::size_t(startId)] = -std::numeric_limits<float>::infinity();
    return logits;
}

SentenceScore NgramModel::score(const std::vector<std::string>& sentence) const
{
    const int order = m_settings.order;
    std::vector<TokenId> padded(std::size_t(order - 1), startId);
    const std::vector<TokenId> ids = m_vocabulary.encode(sentence, false);
    padded.insert(padded.end(), ids.begin(), ids.end());
    padded.push_back(endId);
    SentenceScore score;
    for (std::size_t i = std::size_t(order - 1); i < padded.size(); ++i) {
        const TokenId* window = padded.data() + i + 1 - std::size_t(order);
        SentenceScore::Factor factor;
        factor.word = m_vocabulary.word(padded[i]);
        const std::size_t position = i - std::size_t(order - 1);
        factor.original = position < sentence.size() ? sentence[position] : factor.word;
        for (int c = 0; c < order - 1; ++c)
            factor.context.push_back(m_vocabulary.word(window[c]));
        factor.probability = windowProbability(window);
        factor.log10Probability = factor.probability > 0.0
                                      ? std::log10(factor.probability)
                                      : -std::numeric_limits<double>::infinity();
        score.log10Probability += factor.log10Probability;
        if (padded[i] == unknownId)
            ++score.unknownWords;
        score.factors.push_back(std::move(factor));
    }
    return score;
}

PerplexityReport NgramModel::perplexity(const Sentences& sentences) const
{
    const int order = m_settings.order;
    PerplexityReport report;
    double logSum = 0.0;
    std::vector<TokenId> padded;
    for (const auto& sentence : sentences) {
        if (sentence.empty())
            continue;
        padded.assign(std::size_t(order - 1), startId);
        for (const std::string& word : sentence) {
            TokenId id = m_vocabulary.id(word);
            if (id == startId || id == endId)
                id = unknownId;
            padded.push_back(id);
        }
        padded.push_back(endId);
        ++report.sentences;
        for (std::size_t i = std::size_t(order - 1); i < padded.size(); ++i) {
            ++report.tokens;
            if (padded[i] == unknownId)
                ++report.unknownTokens;
            const double p = windowProbability(padded.data() + i + 1 - std::size_t(order));
            if (p > 0.0)
                logSum += std::log(p);
            else
                ++report.zeroProbabilityTokens;
        }
    }
    if (report.tokens == 0)
        throw Error("perplexity needs at least one held-out sentence with a word in it");
    if (report.zeroProbabilityTokens > 0) {
        report.perplexity = std::numeric_limits<double>::infinity();
        report.crossEntropyBits = std::numeric_limits<double>::infinity();
    } else {
        report.perplexity = std::exp(-logSum / double(report.tokens));
        report.crossEntropyBits = -logSum / double(report.tokens) / std::log(2.0);
    }
    return report;
}

std::vector<double> NgramModel::tunedLambdas(const Sentences& heldOut) const
{
    // EM for the mixture weights (Jelinek & Mercer 1980; J&M §3.5): each held-out token's
    // per-order terms are fixed, so an iteration only re-weighs them.
    const int order = m_settings.order;
    std::vector<double> terms;
    std::vector<TokenId> padded;
    for (const auto& sentence : heldOut) {
        if (sentence.empty())
            continue;
        padded.assign(std::size_t(order - 1), startId);
        const std::vector<TokenId> ids = m_vocabulary.encode(sentence, false);
        padded.insert(padded.end(), ids.begin(), ids.end());
        padded.push_back(endId);
        for (std::size_t i = std::size_t(order - 1); i < padded.size(); ++i) {
            std::array<double, maximumOrder> t{};
            interpolationTerms(padded.data() + i + 1 - std::size_t(order), t.data());
            terms.insert(terms.end(), t.begin(), t.begin() + order);
        }
    }
    const std::size_t tokens = terms.size() / std::size_t(order);
    std::vector<double> lambdas = uniformLambdas(order);
    if (tokens == 0)
        return lambdas;
    std::vector<double> expected(static_cast<std::size_t>(order), 0.0);
    for (int iteration = 0; iteration < 1000; ++iteration) {
        std::fill(expected.begin(), expected.end(), 0.0);
        for (std::size_t t = 0; t < tokens; ++t) {
            const double* term = terms.data() + t * std::size_t(order);
            double mixture = 0.0;
            for (int n = 0; n < order; ++n)
                mixture += lambdas[std::size_t(n)] * term[n];
            for (int n = 0; n < order; ++n)
                expected[std::size_t(n)] += lambdas[std::size_t(n)] * term[n] / mixture;
        }
        double change = 0.0;
        for (int n = 0; n < order; ++n) {
            const double updated = expected[std::size_t(n)] / double(tokens);
            change = std::max(change, std::abs(updated - lambdas[std::size_t(n)]));
            lambdas[std::size_t(n)] = updated;
        }
        if (change < 1e-9)
            break;
    }
    return lambdas;
}

} // namespace lengua
