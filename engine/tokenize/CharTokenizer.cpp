// The character tokenizer; see CharTokenizer.h.
#include "CharTokenizer.h"

#include "core/Error.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace lengua {

CharTokenizer::CharTokenizer(Vocabulary vocabulary, std::string unknownToken)
    : m_vocabulary(std::move(vocabulary)), m_unknownToken(std::move(unknownToken))
{
    const auto unknown = m_vocabulary.find(m_unknownToken);
    if (!unknown)
        throw Error("CharTokenizer: the unknown token \"" + m_unknownToken + "\" is not in the vocabulary");
    m_unknownId = *unknown;
}

Encoding CharTokenizer::encode(std::string_view text) const
{
    Encoding out;
    out.ids.reserve(text.size());
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto size = static_cast<std::int32_t>(text.size());
    for (std::int32_t i = 0; i < size;) {
        const std::int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, size, c);
        const auto id = c < 0 ? std::nullopt : m_vocabulary.find(text.substr(std::size_t(start), std::size_t(i - start)));
        out.ids.push_back(id ? *id : m_unknownId);
        out.tokens.push_back(m_vocabulary.token(out.ids.back()));
        out.offsets.emplace_back(std::size_t(start), std::size_t(i));
    }
    return out;
}

std::string CharTokenizer::decode(std::span<const TokenId> ids) const
{
    std::string text;
    for (const TokenId id : ids)
        text.append(m_vocabulary.token(id));
    return text;
}

} // namespace lengua
