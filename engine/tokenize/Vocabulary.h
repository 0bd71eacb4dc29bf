// A tokenizer's vocabulary: token string <-> id, with the special tokens marked.
// Ids are dense, 0..size()-1, in the order tokens were added.
#pragma once

#include "Encoding.h"
#include "core/StringHash.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class Vocabulary {
public:
    // Adds a token and returns its id; an existing token keeps its id.
    TokenId add(std::string token, bool special = false);

    std::optional<TokenId> find(std::string_view token) const;
    const std::string& token(TokenId id) const; // throws Error when out of range
    bool isSpecial(TokenId id) const;
    std::size_t size() const { return m_tokens.size(); }
    const std::vector<std::string>& tokens() const { return m_tokens; }

private:
    std::vector<std::string> m_tokens;
    std::vector<bool> m_special;
    StringMap<TokenId> m_ids;
};

} // namespace lengua
