#include "Vocabulary.h"

#include "core/Error.h"

#include <functional>

namespace lengua {

TokenId Vocabulary::add(std::string token, bool special)
{
    if (const auto it = m_ids.find(std::string_view(token)); it != m_ids.end()) {
        if (special)
            m_special[std::size_t(it->second)] = true;
        return it->second;
    }
    const auto id = static_cast<TokenId>(m_tokens.size());
    m_ids.emplace(token, id);
    m_tokens.push_back(std::move(token));
    m_special.push_back(special);
    return id;
}

std::optional<TokenId> Vocabulary::find(std::string_view token) const
{
    const auto it = m_ids.find(token);
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

const std::string& Vocabulary::token(TokenId id) const
{
    if (id < 0 || std::size_t(id) >= m_tokens.size())
        throw Error("Vocabulary::token(): id " + std::to_string(id) + " is outside 0.." +
                    std::to_string(m_tokens.size() == 0 ? 0 : m_tokens.size() - 1));
    return m_tokens[std::size_t(id)];
}

bool Vocabulary::isSpecial(TokenId id) const
{
    return id >= 0 && std::size_t(id) < m_special.size() && m_special[std::size_t(id)];
}

} // namespace lengua
