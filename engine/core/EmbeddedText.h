// Text files compiled into the engine from resources/text/ (default stop-word and
// abbreviation lists), looked up by file name, e.g. "stopwords-es.txt". The
// implementation is generated at build time by cmake/EmbedText.cmake.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace lengua {

std::optional<std::string_view> embeddedText(std::string_view name);
std::vector<std::string_view> embeddedTextNames();

} // namespace lengua
