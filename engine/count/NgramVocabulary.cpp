#include "NgramVocabulary.h"

#include "core/Error.h"

#include <algorithm>
#include <numeric>

namespace lengua {

namespace {

constexpr const char* unknownWord = "<unk>";
constexpr const char* startWord = "<s>";
constexpr const char* endWord = "</s>";

// Ids are packed 21 bits each into the count tables' keys (NgramKey).
constexpr std::size_t maximumWords = (std::size_t(1) << 21) - 1;

bool isMarker(std::string_view word)
{
    return word == unknownWord || word == startWord || word == endWord;
}

} // namespace

NgramVocabulary::NgramVocabulary()
    : m_words{unknownWord, startWord, endWord}
    , m_counts{0, 0, 0}
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
        m_ids.emplace(m_words[i], TokenId(i));
}

NgramVocabulary NgramVocabulary::build(const std::vector<std::vector<std::string>>& sentences,
                                       std::size_t minCount)
{
    std::vector<TokenId> encoded;
    return build(sentences, minCount, encoded);
}

NgramVocabulary NgramVocabulary::build(const std::vector<std::vector<std::string>>& sentences,
                                       std::size_t minCount, std::vector<TokenId>& encoded)
{
    // One pass: a provisional id per distinct word in order of first sight (the end of a
    // sentence as -1), renumbered once the final order is known.
    StringMap<std::uint32_t> firstSight;
    std::vector<const std::string*> provisionalWords;
    std::vector<std::uint64_t> provisionalCounts;
    std::vector<std::int64_t> provisional;
    std::uint64_t sentenceCount = 0;
    for (const auto& sentence : sentences) {
        if (sentence.empty())
            continue; // a blank line is not a sentence
        ++sentenceCount;
        for (const std::string& word : sentence) {
            auto [it, inserted] = firstSight.try_emplace(word, std::uint32_t(provisionalWords.size()));
            if (inserted) {
                provisionalWords.push_back(&it->first);
                provisionalCounts.push_back(0);
            }
            ++provisionalCounts[it->second];
            provisional.push_back(it->second);
        }
        provisional.push_back(-1);
    }

    std::vector<std::uint32_t> kept;
    std::uint64_t unknownCount = 0;
    for (std::uint32_t i = 0; i < provisionalWords.size(); ++i) {
        // A literal "<s>" in the text must not become the marker: it is an unknown word.
        if (provisionalCounts[i] >= std::max<std::size_t>(minCount, 1) && !isMarker(*provisionalWords[i]))
            kept.push_back(i);
        else
            unknownCount += provisionalCounts[i];
    }
    std::sort(kept.begin(), kept.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (provisionalCounts[a] != provisionalCounts[b])
            return provisionalCounts[a] > provisionalCounts[b];
        return *provisionalWords[a] < *provisionalWords[b];
    });
    if (kept.size() + 3 > maximumWords)
        throw Error("the vocabulary has " + std::to_string(kept.size() + 3)
                    + " words, more than an n-gram model can hold (" + std::to_string(maximumWords)
                    + "): raise the minimum count");

    NgramVocabulary vocabulary;
    vocabulary.m_counts = {unknownCount, sentenceCount, sentenceCount};
    vocabulary.m_words.reserve(kept.size() + 3);
    vocabulary.m_counts.reserve(kept.size() + 3);
    vocabulary.m_ids.reserve(kept.size() + 3);
    std::vector<TokenId> finalId(provisionalWords.size(), unknownId);
    for (std::uint32_t i : kept) {
        finalId[i] = TokenId(vocabulary.m_words.size());
        vocabulary.m_ids.emplace(*provisionalWords[i], finalId[i]);
        vocabulary.m_words.push_back(*provisionalWords[i]);
        vocabulary.m_counts.push_back(provisionalCounts[i]);
    }
    encoded.resize(provisional.size());
    for (std::size_t i = 0; i < provisional.size(); ++i)
        encoded[i] = provisional[i] < 0 ? sentenceEndId : finalId[std::size_t(provisional[i])];
    return vocabulary;
}

NgramVocabulary NgramVocabulary::fromWords(std::vector<std::string> words,
                                           std::vector<std::uint64_t> counts)
{
    if (words.size() != counts.size())
        throw Error("the n-gram vocabulary has " + std::to_string(words.size()) + " words but "
                    + std::to_string(counts.size()) + " counts");
    if (words.size() < 3 || words[0] != unknownWord || words[1] != startWord || words[2] != endWord)
        throw Error("the n-gram vocabulary must start with <unk>, <s> and </s>");
    if (words.size() > maximumWords)
        throw Error("the n-gram vocabulary has " + std::to_string(words.size())
                    + " words, more than an n-gram model can hold (" + std::to_string(maximumWords) + ")");
    NgramVocabulary vocabulary;
    vocabulary.m_ids.clear();
    vocabulary.m_ids.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].empty())
            throw Error("the n-gram vocabulary has an empty word (id " + std::to_string(i) + ")");
        if (!vocabulary.m_ids.emplace(words[i], TokenId(i)).second)
            throw Error("the n-gram vocabulary has the word \"" + words[i] + "\" twice");
    }
    vocabulary.m_words = std::move(words);
    vocabulary.m_counts = std::move(counts);
    return vocabulary;
}

TokenId NgramVocabulary::id(std::string_view word) const
{
    auto it = m_ids.find(word);
    return it == m_ids.end() ? unknownId : it->second;
}

std::optional<TokenId> NgramVocabulary::find(std::string_view word) const
{
    auto it = m_ids.find(word);
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

const std::string& NgramVocabulary::word(TokenId id) const
{
    if (id < 0 || std::size_t(id) >= m_words.size())
        throw Error("word id " + std::to_string(id) + " is out of range (vocabulary of "
                    + std::to_string(m_words.size()) + ")");
    return m_words[std::size_t(id)];
}

std::uint64_t NgramVocabulary::count(TokenId id) const
{
    if (id < 0 || std::size_t(id) >= m_counts.size())
        return 0;
    return m_counts[std::size_t(id)];
}

std::vector<TokenId> NgramVocabulary::encode(const std::vector<std::string>& sentence,
                                             bool withMarkers) const
{
    std::vector<TokenId> ids;
    ids.reserve(sentence.size() + 2);
    if (withMarkers)
        ids.push_back(sentenceStartId);
    for (const std::string& word : sentence) {
        TokenId id = this->id(word);
        // Markers written in the text are words the model never saw as words.
        if (id == sentenceStartId || id == sentenceEndId)
            id = unknownId;
        ids.push_back(id);
    }
    if (withMarkers)
        ids.push_back(sentenceEndId);
    return ids;
}

} // namespace lengua
