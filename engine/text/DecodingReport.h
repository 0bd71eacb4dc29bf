// How the bytes of a source were turned into UTF-8, so the UI can state it.
#pragma once

#include <cstddef>
#include <string>

namespace lengua {

struct DecodingReport {
    std::string encoding = "UTF-8"; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "windows-1252"
    bool fallback = false;          // true when the text was not valid UTF-8 and was read as windows-1252
    std::size_t replacements = 0;   // invalid sequences replaced by U+FFFD
};

} // namespace lengua
