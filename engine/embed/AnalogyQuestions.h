// The questions of an analogy file and the sections they come in (": capital-common-countries").
#pragma once

#include "AnalogyQuestion.h"

#include <string>
#include <vector>

namespace lengua {

struct AnalogyQuestions {
    std::vector<std::string> sections; // names, in file order
    std::vector<AnalogyQuestion> questions;
};

} // namespace lengua
