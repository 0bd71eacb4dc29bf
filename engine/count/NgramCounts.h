// The counts behind an n-gram model, over word ids, for every order 1..N: the raw counts
// C(h w), Kneser–Ney's counts (continuation counts N1+(• h w) below the highest order),
// and per context h the totals and follower lists every estimator needs.
//
// Every n-gram stored ends at a predicted token (a word or </s>) of a sentence padded with
// N−1 <s>, so the lower orders are exactly the suffixes of the highest one: "<s> <s> w" is
// counted, "<s> <s>" is not, and C(h) is Σ_w C(h w).
#pragma once

#include "NgramKeyTable.h"
#include "tokenize/Encoding.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace lengua {

class NgramCounts {
public:
    struct ContextStats {
        std::uint64_t total = 0;         // Σ_w C(h w)
        std::uint64_t adjustedTotal = 0; // Σ_w C_KN(h w)
        std::uint32_t followers = 0;     // N1+(h •)
        // Followers whose Kneser–Ney count is 1, 2 and 3 or more (modified KN's γ).
        std::array<std::uint32_t, 3> adjustedFollowers{};
    };

    struct Level {
        int order = 0;
        NgramKeyTable ngrams;
        std::vector<TokenId> ids;                // order ids per n-gram, flattened
        std::vector<std::uint64_t> counts;       // C(h w)
        // C_KN: the raw count at the highest order and for n-grams starting with <s> (no
        // word can precede <s>: as KenLM does), N1+(• h w) otherwise.
        std::vector<std::uint64_t> adjusted;
        std::vector<std::uint32_t> contextOf;    // index into contexts
        NgramKeyTable contexts;                  // h: the first order-1 ids
        std::vector<ContextStats> contextStats;
        std::vector<std::uint32_t> followerOffsets; // per context, into followers (+1 at the end)
        std::vector<std::uint32_t> followers;       // n-gram indices grouped by context
        std::array<std::uint64_t, 4> adjustedCountsOfCounts{}; // n1..n4 of C_KN

        std::span<const TokenId> ngram(std::uint32_t index) const
        {
            return {ids.data() + std::size_t(index) * std::size_t(order), std::size_t(order)};
        }
        TokenId lastWord(std::uint32_t index) const
        {
            return ids[std::size_t(index) * std::size_t(order) + std::size_t(order) - 1];
        }
    };

    explicit NgramCounts(int order);

    int order() const { return int(m_levels.size()); }
    // Counts one sentence given as its words' ids, without markers.
    void addSentence(std::span<const TokenId> words);
    // Adds a stored n-gram (1..order ids); false when it was already there. Either count
    // sentences or add stored n-grams, not both.
    bool add(std::span<const TokenId> ngram, std::uint64_t count);
    // Derives the Kneser–Ney counts, contexts and followers. Throws Error when the orders do
    // not fit together (an n-gram whose suffix is missing, or a lower-order n-gram that ends
    // no higher one).
    void finish();

    const Level& level(int n) const { return m_levels[std::size_t(n - 1)]; }
    std::uint64_t tokens() const { return m_tokens; }       // Σ_w C(w): words plus </s>
    std::uint64_t sentences() const { return m_sentences; } // C(</s>)

private:
    std::vector<Level> m_levels;
    std::vector<TokenId> m_padded;
    std::uint64_t m_tokens = 0;
    std::uint64_t m_sentences = 0;
};

} // namespace lengua
