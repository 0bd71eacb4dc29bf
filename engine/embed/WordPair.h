// One line of a word-similarity file (WordSim-353, SimLex-999, MEN…): two words and the
// mean human rating of how similar or related they are.
#pragma once

#include <cstddef>
#include <string>

namespace lengua {

struct WordPair {
    std::string first;
    std::string second;
    double humanScore = 0.0;
    std::size_t line = 0; // in the file, from 1
};

} // namespace lengua
