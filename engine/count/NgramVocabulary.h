// The words an n-gram model knows, as dense ids: 0 is <unk>, 1 is <s>, 2 is </s>, then
// the words seen at least minCount times, most frequent first (ties alphabetical).
#pragma once

#include "core/StringHash.h"
#include "tokenize/Encoding.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class NgramVocabulary {
public:
    static constexpr TokenId unknownId = 0;
    static constexpr TokenId sentenceStartId = 1;
    static constexpr TokenId sentenceEndId = 2;

    NgramVocabulary(); // only the three markers
    static NgramVocabulary build(const std::vector<std::vector<std::string>>& sentences,
                                 std::size_t minCount);
    // The same, and the text as ids in the same pass (one hash lookup per word): each
    // non-empty sentence's words followed by sentenceEndId, as encode() would give them.
    static NgramVocabulary build(const std::vector<std::vector<std::string>>& sentences,
                                 std::size_t minCount, std::vector<TokenId>& encoded);

    // From stored words and counts (the first three must be the markers; no word twice).
    // Throws Error otherwise.
    static NgramVocabulary fromWords(std::vector<std::string> words,
                                     std::vector<std::uint64_t> counts);

    std::size_t size() const { return m_words.size(); }
    // The word's id, or unknownId.
    TokenId id(std::string_view word) const;
    std::optional<TokenId> find(std::string_view word) const;
    const std::string& word(TokenId id) const; // throws Error when out of range
    // Training occurrences (for <unk>: of the words it replaced; <s> and </s>: sentences).
    std::uint64_t count(TokenId id) const;
    const std::vector<std::string>& words() const { return m_words; }
    // The sentence as ids, wrapped in <s> … </s> when withMarkers.
    std::vector<TokenId> encode(const std::vector<std::string>& sentence, bool withMarkers) const;

private:
    std::vector<std::string> m_words;
    std::vector<std::uint64_t> m_counts;
    StringMap<TokenId> m_ids;
};

} // namespace lengua
