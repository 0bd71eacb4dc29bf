// Word vocabulary training; see WordLevelTrainer.h.
#include "WordLevelTrainer.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace lengua {

WordLevelTrainer::WordLevelTrainer(WordLevelTrainerOptions options) : m_options(std::move(options)) {}

void WordLevelTrainer::addText(std::string_view text)
{
    for (const auto& [begin, end] : WordLevelTokenizer::split(text)) {
        const std::string_view token = text.substr(begin, end - begin);
        // Invalid UTF-8 (split gives each bad sequence alone) never enters the vocabulary.
        if (static_cast<unsigned char>(token[0]) >= 0x80) {
            std::int32_t i = 0;
            UChar32 c;
            U8_NEXT(reinterpret_cast<const std::uint8_t*>(token.data()), i, std::int32_t(token.size()), c);
            if (c < 0)
                continue;
        }
        ++m_counts[WordLevelTokenizer::normalise(token, m_options.lowercase)];
    }
}

void WordLevelTrainer::addWord(std::string_view word, std::uint64_t count)
{
    if (!word.empty() && count > 0)
        m_counts[std::string(word)] += count;
}

WordLevelTokenizer WordLevelTrainer::train(JobContext& context) const
{
    if (m_counts.empty())
        throw Error("WordLevelTrainer: the corpus is empty (there are no words to train on)");
    Vocabulary vocabulary;
    for (const auto& token : m_options.specialTokens)
        vocabulary.add(token, true);
    vocabulary.add(m_options.unknownToken, true);
    if (m_options.vocabularySize <= vocabulary.size())
        throw Error("WordLevelTrainer: a vocabulary of " + std::to_string(m_options.vocabularySize) +
                    " tokens leaves no room for words after the " + std::to_string(vocabulary.size()) +
                    " special tokens");
    std::vector<std::pair<std::string_view, std::uint64_t>> words;
    words.reserve(m_counts.size());
    for (const auto& [word, count] : m_counts)
        if (count >= m_options.minimumFrequency)
            words.emplace_back(word, count);
    context.throwIfStopped();
    std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (std::size_t i = 0; i < words.size() && vocabulary.size() < m_options.vocabularySize; ++i)
        vocabulary.add(std::string(words[i].first));
    context.reportProgress(1.0, std::to_string(vocabulary.size()) + " tokens");
    return WordLevelTokenizer(std::move(vocabulary), m_options.lowercase, m_options.unknownToken);
}

} // namespace lengua
