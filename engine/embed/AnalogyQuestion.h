// One line of an analogy file in the Google questions-words format: "a b c d" asks
// a : b :: c : ?, with d the expected answer ("Athens Greece Baghdad Iraq").
#pragma once

#include <cstddef>
#include <string>

namespace lengua {

struct AnalogyQuestion {
    std::string a, b, c, expected;
    std::size_t section = 0; // index into AnalogyQuestions::sections
    std::size_t line = 0;    // in the file, from 1
};

} // namespace lengua
