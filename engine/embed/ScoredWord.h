// One answer of a vector-store query: a vocabulary word, its row in the store and its
// score (a cosine for neighbours and 3CosAdd, the 3CosMul ratio for 3CosMul).
#pragma once

#include <cstddef>
#include <string>

namespace lengua {

struct ScoredWord {
    std::string word;
    std::size_t index = 0; // row in WordVectors
    float score = 0.0f;
};

} // namespace lengua
