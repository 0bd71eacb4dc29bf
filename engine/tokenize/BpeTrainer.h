// Learns a byte-level BPE tokenizer (GPT-2 style) from a corpus: the 256 byte symbols
// to start with, then the most frequent adjacent pair merged, again and again.
#pragma once

#include "ByteLevelBpe.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class JobContext;

// Algorithm (Sennrich et al. 2016, "Neural Machine Translation of Rare Words with Subword
// Units", sec. 3.2, with the incremental bookkeeping of production trainers such as Hugging
// Face tokenizers): the corpus is split into words by Gpt2PreTokenizer and counted; each
// distinct word becomes a linked list of symbols. Every adjacent pair keeps its count
// (weighted by word frequency) and the positions where it occurs. A max-heap orders pairs
// by count; an entry whose count has gone stale is refreshed when it reaches the top
// (lazy invalidation). Merging a pair visits only its own occurrences and updates the
// counts of their neighbours, so training costs about O(N log N) in the number of
// symbols, not a full recount per merge: a 1 MB word without spaces stays linear-ish.
//
// Tie rule (deterministic): the highest count wins; among equal counts, the pair whose
// left token has the lexicographically smallest bytes, then whose right token does.
// Within a word, overlapping occurrences ("a a a") merge leftmost first, as encoding does.
//
// The vocabulary is: the special tokens (in the order given), the 256 byte symbols in
// byte order (0x00 "Ā" ... 0x20 "Ġ" ... 0xFF "ÿ"), then one token per merge in merge order.
// Training stops at vocabularySize tokens, or earlier when no pair occurs at least
// minimumFrequency times.
class BpeTrainer {
public:
    struct Options {
        std::size_t vocabularySize = 8000; // special tokens + 256 bytes + merges
        std::size_t minimumFrequency = 2;  // a pair seen fewer times is never merged
        std::vector<std::string> specialTokens; // e.g. "<|endoftext|>"; never split, never merged
    };

    // Calls its argument once per text of the corpus (so a corpus need not be copied
    // into a list of views; the texts may be temporaries, they are not kept).
    using TextSource = std::function<void(const std::function<void(std::string_view)>&)>;

    explicit BpeTrainer(Options options);

    // Throws Error when the vocabulary size cannot hold the specials and the 256 bytes,
    // or when the corpus has no text; JobCancelled when the context is stopped.
    // Progress is merges done / merges wanted.
    ByteLevelBpe train(std::span<const std::string_view> texts, JobContext& context) const;
    ByteLevelBpe train(const TextSource& texts, JobContext& context) const;

    const Options& options() const { return m_options; }

private:
    Options m_options;
};

} // namespace lengua
