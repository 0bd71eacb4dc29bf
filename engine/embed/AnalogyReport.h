// The result of an analogy evaluation: one score per section of the file, the total, and
// the semantic / syntactic split of Mikolov et al. 2013 (sections named "gram…" are
// syntactic, the others semantic).
#pragma once

#include "AnalogyMethod.h"
#include "AnalogyScore.h"

#include <cstddef>
#include <string>
#include <vector>

namespace lengua {

struct AnalogyReport {
    std::vector<AnalogyScore> sections; // in file order
    AnalogyScore total{"total"};
    AnalogyScore semantic{"semantic"};
    AnalogyScore syntactic{"syntactic"};
    AnalogyMethod method = AnalogyMethod::CosAdd;
    std::size_t searchRows = 0; // words searched (the first N of the store)
    // One per question, in file order: the answered word, "" when not covered.
    std::vector<std::string> answers;
};

} // namespace lengua
