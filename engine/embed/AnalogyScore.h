// Analogy accuracy over one section (or a group of sections): how many questions there
// were, how many had all four words in the vocabulary, and how many of those were right.
#pragma once

#include <cstddef>
#include <limits>
#include <string>

namespace lengua {

struct AnalogyScore {
    std::string name;
    std::size_t questions = 0;
    std::size_t covered = 0;
    std::size_t correct = 0;

    // Over the covered questions (gensim's figure); NaN when none is covered.
    double accuracy() const
    {
        return covered ? double(correct) / double(covered) : std::numeric_limits<double>::quiet_NaN();
    }
    double coverage() const { return questions ? double(covered) / double(questions) : 0.0; }
};

} // namespace lengua
