// What one pipeline step did to one text, for the before/after view: the text
// after the step and the edits it made to the text before it.
#pragma once

#include "TextChange.h"

#include <string>
#include <vector>

namespace lengua {

struct StepTrace {
    // "input", then the steps that ran in pipeline order, with "words" (word
    // segmentation, always on) right after "sentences".
    std::string step;
    // The text after the step. After "sentences": one sentence per line. From
    // "words" on: the tokens separated by one space, one sentence per line.
    std::string text;
    // The tokens of each sentence, from "words" on (empty before).
    std::vector<std::vector<std::string>> sentences;
    // Edits on the previous entry's text, sorted and non-overlapping.
    std::vector<TextChange> changes;
};

} // namespace lengua
