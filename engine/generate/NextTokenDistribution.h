// One decoding step seen whole: the next-token probabilities before temperature,
// after it, and after top-k/top-p truncation, with the kept set and the cut-off.
#pragma once

#include "SamplingSettings.h"
#include "tokenize/Encoding.h"

#include <cstddef>
#include <span>
#include <vector>

namespace lengua {

// The order is Hugging Face's generate(): temperature, then top-k, then top-p, and
// top-p is applied to the distribution renormalised over the top-k survivors.
// Softmaxes are computed in double with the maximum subtracted (stable for any
// finite logits). Ties are broken by token id, lower first, so that the ranking,
// the top-k boundary, greedy choice and sampling are deterministic.
// Logit -inf means "impossible" (probability 0); NaN and +inf are refused.
class NextTokenDistribution {
public:
    NextTokenDistribution() = default;
    // Throws Error for empty logits, NaN, +inf, all -inf, or invalid settings.
    NextTokenDistribution(std::span<const float> logits, const SamplingSettings& settings);

    std::size_t vocabularySize() const { return m_probabilities.size(); }

    // All three are indexed by token id and sum to 1.
    // softmax(logits): the model's own distribution (temperature 1).
    const std::vector<double>& probabilities() const { return m_probabilities; }
    // softmax(logits / T); one-hot on the top token when T = 0.
    const std::vector<double>& temperatureProbabilities() const { return m_temperature; }
    // After top-k and top-p, renormalised over the kept set (0 outside it); one-hot
    // on the top token for greedy settings. This is what the Sampler draws from.
    const std::vector<double>& finalProbabilities() const { return m_final; }

    // Every token id, most probable first (ties: lower id first). Temperature T > 0
    // does not change this order.
    const std::vector<TokenId>& ranking() const { return m_ranking; }
    // The kept set is ranking()[0 .. keptCount()).
    std::size_t keptCount() const { return m_keptCount; }
    std::span<const TokenId> keptTokens() const
    {
        return std::span<const TokenId>(m_ranking).first(m_keptCount);
    }
    bool isKept(TokenId id) const;
    // How many tokens survived top-k alone (V when top-k is off).
    std::size_t topKCount() const { return m_topKCount; }
    // Rank of the last token kept by top-p (the cumulative-p cut-off; the panel draws
    // its line after this bar): keptCount() - 1.
    std::size_t cutoffRank() const { return m_keptCount - 1; }
    // Cumulative probability by rank of the distribution top-p looked at (after
    // temperature, renormalised over the top-k survivors; 1 past them).
    const std::vector<double>& cumulativeProbabilities() const { return m_cumulative; }
    // The token greedy decoding takes: ranking()[0].
    TokenId mostProbable() const { return m_ranking.front(); }

private:
    std::vector<double> m_probabilities;
    std::vector<double> m_temperature;
    std::vector<double> m_final;
    std::vector<TokenId> m_ranking;
    std::vector<double> m_cumulative;
    std::size_t m_topKCount = 0;
    std::size_t m_keptCount = 0;
};

} // namespace lengua
