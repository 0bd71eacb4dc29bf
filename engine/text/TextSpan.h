// A half-open byte range [begin, end) of a UTF-8 text: a sentence, a token.
#pragma once

#include <cstddef>

namespace lengua {

struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;

    std::size_t size() const { return end - begin; }
    bool operator==(const TextSpan&) const = default;
};

} // namespace lengua
