// One edit made by a text step: the byte span [begin, end) of the step's input
// and what replaced it (empty when removed), so a before/after view can highlight
// exactly what changed. kind says why ("html", "url", "accents", ...).
#pragma once

#include <cstddef>
#include <string>

namespace lengua {

struct TextChange {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;
    std::string kind;

    bool operator==(const TextChange&) const = default;
};

} // namespace lengua
