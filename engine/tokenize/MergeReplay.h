// The merge replay of the tokenization lesson: how a text is segmented after only the
// first k merges of a trained subword tokenizer, from single bytes or characters (k = 0)
// to the full vocabulary (k = mergeCount()). Byte-level BPE replays its ranked merges;
// WordPiece replays the merges its trainer recorded, as greedy longest-match over the
// vocabulary that existed after k merges.
#pragma once

#include "ByteLevelBpe.h"
#include "WordPiece.h"
#include "WordPieceTrainer.h"

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class MergeReplay {
public:
    // One merge, its tokens written as in the vocabulary ("Ġ" + "t" -> "Ġt", "un" + "##a" -> "una").
    struct Step {
        std::string left;
        std::string right;
        std::string merged;
    };

    explicit MergeReplay(std::shared_ptr<const ByteLevelBpe> bpe);
    // merges: WordPieceTrainer::merges() of the run that built wordPiece. Throws Error when a
    // merged token is missing from the vocabulary (the merges belong to another tokenizer).
    MergeReplay(std::shared_ptr<const WordPiece> wordPiece, const std::vector<WordPieceMerge>& merges);

    std::size_t mergeCount() const { return m_steps.size(); }
    const Step& step(std::size_t index) const { return m_steps.at(index); }
    const Tokenizer& tokenizer() const;

    // The segmentation after the first merges merges (clamped to mergeCount()); token ids
    // are ids of the full tokenizer. Safe from several threads.
    Encoding encode(std::string_view text, std::size_t merges) const;

private:
    std::shared_ptr<const ByteLevelBpe> m_bpe;
    std::shared_ptr<const WordPiece> m_wordPiece;
    std::vector<Step> m_steps;
    // WordPiece: the vocabulary size after k merges is m_vocabularyAfter[k].
    std::vector<std::size_t> m_vocabularyAfter;
    // The last truncated WordPiece built (a slider asks for neighbouring k again and again).
    mutable std::mutex m_mutex;
    mutable std::size_t m_cachedSize = 0;
    mutable std::shared_ptr<const WordPiece> m_cached;
};

} // namespace lengua
