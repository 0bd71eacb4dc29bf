// A count matrix read from CSV, as `lengua-cli similarity` and `tfidf` take it: the header
// row holds the column labels (its first cell is ignored), each following row a label and
// one number per column. "cherry,442,8,2".
#pragma once

#include "TermMatrix.h"

#include <string>
#include <string_view>

namespace lengua {

class CountTableFile {
public:
    // Throws Error with the file and line for a missing file, a row of the wrong length, a
    // field that is not a finite number >= 0, a repeated label, or a table with no rows.
    static TermMatrix read(const std::string& path);
    static TermMatrix parse(std::string_view text, const std::string& sourceName);
};

} // namespace lengua
