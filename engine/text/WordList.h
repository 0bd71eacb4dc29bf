// Reads the word lists of resources/text/ (stop words, abbreviations): one entry
// per line, surrounding spaces ignored, '#' starts a comment line, blank lines skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lengua {

std::vector<std::string> parseWordList(std::string_view text);

// The embedded list resources/text/<name> (e.g. "stopwords-es.txt"); throws Error
// naming it when the engine was built without it.
std::vector<std::string> embeddedWordList(std::string_view name);

} // namespace lengua
