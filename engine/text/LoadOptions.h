// How to read a corpus source: its format and, for tables and JSON Lines, which
// column or field holds the text and which the label.
#pragma once

#include "CorpusFormat.h"

#include <cstdint>
#include <string>

namespace lengua {

struct LoadOptions {
    CorpusFormat format = CorpusFormat::Auto;
    // CSV/TSV: a header name or a 1-based column number. Empty text column: the
    // column with the longest average field. Empty label column: no labels.
    std::string textColumn;
    std::string labelColumn;
    // JSON Lines: the field holding the text and the (optional) label field.
    std::string textField = "text";
    std::string labelField;
    // Files above this size are refused with a message instead of read.
    std::uint64_t maxFileBytes = std::uint64_t(1) << 30;
};

} // namespace lengua
