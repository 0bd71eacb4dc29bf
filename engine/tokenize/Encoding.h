// The result of tokenizing a text: token ids, their strings and where each token
// came from in the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lengua {

using TokenId = std::int32_t;

struct Encoding {
    std::vector<TokenId> ids;
    std::vector<std::string> tokens; // the vocabulary's string for each id ("Ġthe", "##able")
    // Byte span [begin, end) of each token in the UTF-8 input. Special tokens added
    // around the text ([CLS], [SEP]) have an empty span at their position. A byte-level
    // token that holds part of a multi-byte character spans that whole character.
    std::vector<std::pair<std::size_t, std::size_t>> offsets;

    std::size_t size() const { return ids.size(); }
};

} // namespace lengua
