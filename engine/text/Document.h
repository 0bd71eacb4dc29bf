// One document of a corpus: its text in UTF-8, where it came from and its label.
#pragma once

#include <string>

namespace lengua {

struct Document {
    std::string id;    // file name, "Genesis 1:1", "line 12": how a person finds it again
    std::string text;  // UTF-8
    std::string label; // class or topic label; empty when the source has none
};

} // namespace lengua
