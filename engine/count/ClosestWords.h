// "Did you mean…": the vocabulary words nearest a word that is not in it, by edit distance
// over Unicode code points (Levenshtein), ties broken by frequency order (earlier first).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class ClosestWords {
public:
    // vocabulary: most frequent first. Returns at most limit words within maxDistance edits
    // (a short word allows fewer: at most max(1, length / 2)), closest first.
    static std::vector<std::string> find(std::string_view word,
                                         const std::vector<std::string>& vocabulary,
                                         std::size_t limit = 5, std::size_t maxDistance = 3);
    static std::size_t editDistance(std::string_view a, std::string_view b);
};

} // namespace lengua
