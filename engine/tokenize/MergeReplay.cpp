#include "MergeReplay.h"

#include "core/Error.h"

#include <algorithm>

namespace lengua {

MergeReplay::MergeReplay(std::shared_ptr<const ByteLevelBpe> bpe) : m_bpe(std::move(bpe))
{
    if (!m_bpe)
        throw Error("MergeReplay: no tokenizer");
    m_steps.reserve(m_bpe->merges().size());
    for (const auto& [left, right] : m_bpe->merges())
        m_steps.push_back(Step{left, right, left + right});
}

MergeReplay::MergeReplay(std::shared_ptr<const WordPiece> wordPiece,
                         const std::vector<WordPieceMerge>& merges)
    : m_wordPiece(std::move(wordPiece))
{
    if (!m_wordPiece)
        throw Error("MergeReplay: no tokenizer");
    const Vocabulary& vocabulary = m_wordPiece->vocabulary();
    // Tokens are added in merge order after the alphabet; a merge whose result already
    // exists adds nothing, so the size after k merges is the largest merged id so far + 1.
    std::size_t alphabet = vocabulary.size();
    std::vector<std::size_t> ids;
    ids.reserve(merges.size());
    for (const WordPieceMerge& merge : merges) {
        const auto id = vocabulary.find(merge.merged);
        if (!id)
            throw Error("MergeReplay: the merge \"" + merge.left + "\" + \"" + merge.right
                        + "\" gives \"" + merge.merged + "\", which is not in the vocabulary");
        ids.push_back(std::size_t(*id));
        m_steps.push_back(Step{merge.left, merge.right, merge.merged});
    }
    if (!ids.empty())
        alphabet = ids.front();
    m_vocabularyAfter.push_back(alphabet);
    for (const std::size_t id : ids)
        m_vocabularyAfter.push_back(std::max(m_vocabularyAfter.back(), id + 1));
}

const Tokenizer& MergeReplay::tokenizer() const
{
    if (m_bpe)
        return *m_bpe;
    return *m_wordPiece;
}

Encoding MergeReplay::encode(std::string_view text, std::size_t merges) const
{
    merges = std::min(merges, m_steps.size());
    if (m_bpe)
        return m_bpe->encodeWithMerges(text, merges);

    const std::size_t size = m_vocabularyAfter[merges];
    if (size >= m_wordPiece->vocabulary().size())
        return m_wordPiece->encode(text);
    std::shared_ptr<const WordPiece> truncated;
    {
        std::lock_guard lock(m_mutex);
        if (m_cached && m_cachedSize == size)
            truncated = m_cached;
    }
    if (!truncated) {
        // Ids are dense and in insertion order, so the prefix keeps every id unchanged.
        const Vocabulary& full = m_wordPiece->vocabulary();
        Vocabulary prefix;
        for (std::size_t id = 0; id < size; ++id)
            prefix.add(full.token(TokenId(id)), full.isSpecial(TokenId(id)));
        truncated = std::make_shared<const WordPiece>(std::move(prefix), m_wordPiece->options());
        std::lock_guard lock(m_mutex);
        m_cached = truncated;
        m_cachedSize = size;
    }
    return truncated->encode(text);
}

} // namespace lengua
