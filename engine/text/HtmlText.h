// The readable text of an HTML page, with libxml2's forgiving HTML parser: the
// title, then the body without <script>, <style>, <noscript> and the rest of
// <head>; entities decoded; block elements (p, div, br, li, h1-h6, tr, ...) end a
// line; runs of spaces collapse to one and blank lines disappear.
#pragma once

#include <string>
#include <string_view>

namespace lengua {

// utf8Html must already be UTF-8 (TextDecoder); sourceName is for error messages.
std::string htmlToText(std::string_view utf8Html, const std::string& sourceName);

} // namespace lengua
