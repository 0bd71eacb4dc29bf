// GPT-2 style byte-level BPE: text is pre-tokenized with GPT-2's pattern, every
// byte is mapped to a printable character (bytes_to_unicode), and ranked merges
// are applied lowest rank first. No unknown token: any byte string round-trips.
// (Owned by the BPE work; the public API below is what other parts rely on.)
#pragma once

#include "Tokenizer.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lengua {

// Encoding applies, inside every pre-token, the lowest-ranked merge present, leftmost
// occurrence first, until none applies (exactly GPT-2's encoder.py); a heap of candidate
// merges over a linked list of symbols keeps a long word O(n log n) (short words use a
// plain scan, which is faster at that size). Results for each
// pre-token are cached (sharded, mutex-protected), so encode() is safe from several
// threads. Special tokens are vocabulary entries only: text that spells "<|endoftext|>"
// is encoded as ordinary bytes, as GPT-2's encoder does. decode() writes a special token
// (or any token that is not made of byte symbols) as its own text.
class ByteLevelBpe : public Tokenizer {
public:
    using Merge = std::pair<std::string, std::string>; // in byte-to-unicode form, e.g. {"Ġ", "t"}

    // vocabulary: every token in byte-to-unicode form (as in GPT-2's vocab.json);
    // merges: in rank order (as in merges.txt). Throws Error when a merge names a token
    // that is not in the vocabulary or its result is missing, or when one of the 256
    // byte symbols is missing (a byte could not be encoded).
    ByteLevelBpe(Vocabulary vocabulary, std::vector<Merge> merges);
    ~ByteLevelBpe() override;
    ByteLevelBpe(const ByteLevelBpe&);
    ByteLevelBpe(ByteLevelBpe&&) noexcept;
    ByteLevelBpe& operator=(const ByteLevelBpe&);
    ByteLevelBpe& operator=(ByteLevelBpe&&) noexcept;

    std::string kind() const override { return "bpe"; }
    const Vocabulary& vocabulary() const override { return m_vocabulary; }
    Encoding encode(std::string_view text) const override;
    std::string decode(std::span<const TokenId> ids) const override;

    const std::vector<Merge>& merges() const { return m_merges; }
    // The segmentation after only the first maxMerges merges (merge replay): 0 gives one
    // token per byte, merges().size() (or more) gives encode(text).
    Encoding encodeWithMerges(std::string_view text, std::size_t maxMerges) const;

    // Only the ids of encode(text) (no strings, no offsets): the fast path for counting.
    std::vector<TokenId> encodeIds(std::string_view text) const;
    // The bytes a token stands for ("Ġthe" -> " the"); a special token gives its text.
    const std::string& tokenBytes(TokenId id) const;

private:
    struct Model;
    struct Cache;

    Vocabulary m_vocabulary;
    std::vector<Merge> m_merges;
    std::shared_ptr<const Model> m_model;
    std::unique_ptr<Cache> m_cache;
};

} // namespace lengua
