// Character vocabulary training; see CharTrainer.h.
#include "CharTrainer.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace lengua {

CharTrainer::CharTrainer(CharTrainerOptions options) : m_options(std::move(options)) {}

void CharTrainer::addText(std::string_view text)
{
    std::array<std::uint64_t, 128> ascii{}; // the common case without a map look-up
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto size = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < size;) {
        if (bytes[i] < 0x80) {
            ++ascii[bytes[i++]];
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, size, c);
        if (c >= 0)
            ++m_counts[c];
    }
    for (std::int32_t c = 0; c < 128; ++c)
        if (ascii[std::size_t(c)])
            m_counts[c] += ascii[std::size_t(c)];
}

CharTokenizer CharTrainer::train(JobContext& context) const
{
    if (m_counts.empty())
        throw Error("CharTrainer: the corpus is empty (there are no characters to train on)");
    Vocabulary vocabulary;
    for (const auto& token : m_options.specialTokens)
        vocabulary.add(token, true);
    vocabulary.add(m_options.unknownToken, true);
    if (m_options.vocabularySize <= vocabulary.size())
        throw Error("CharTrainer: a vocabulary of " + std::to_string(m_options.vocabularySize) +
                    " tokens leaves no room for characters after the " + std::to_string(vocabulary.size()) +
                    " special tokens");
    context.throwIfStopped();
    std::vector<std::pair<std::int32_t, std::uint64_t>> characters(m_counts.begin(), m_counts.end());
    std::stable_sort(characters.begin(), characters.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [c, count] : characters) {
        if (vocabulary.size() >= m_options.vocabularySize || count < m_options.minimumFrequency)
            break;
        char buffer[U8_MAX_LENGTH];
        std::int32_t length = 0;
        U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(buffer), length, c);
        vocabulary.add(std::string(buffer, std::size_t(length)));
    }
    context.reportProgress(1.0, std::to_string(vocabulary.size()) + " tokens");
    return CharTokenizer(std::move(vocabulary), m_options.unknownToken);
}

} // namespace lengua
