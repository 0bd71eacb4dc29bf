// The text pieces shared by the vector file formats (word2vec text, GloVe, the projector
// TSV pair): lines without their "\r", fields, and float32 values read and written so
// that a write followed by a read gives back the same bits (std::to_chars' shortest
// round-trip form, std::from_chars' correctly rounded parse).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class VectorTextFields {
public:
    // The line starting at offset (without "\n" or a final "\r"); offset moves past it.
    static std::string_view nextLine(std::string_view text, std::size_t& offset);
    // Fields separated by runs of spaces and tabs, leading and trailing ones ignored.
    static std::vector<std::string_view> splitWhitespace(std::string_view line);
    // Fields separated by single tabs (an empty field stays).
    static std::vector<std::string_view> splitTabs(std::string_view line);
    // A finite float; Error "<location>: value <position> (“x”) is not a number" (or "is
    // NaN", "is infinite", "is out of the float range").
    static float parseValue(std::string_view field, const std::string& location, std::size_t position);
    // The same for a double (a human rating that must not lose digits).
    static double parseDouble(std::string_view field, const std::string& location, std::size_t position);
    // Whether field reads as a number at all (NaN and infinities included): a header does not.
    static bool isNumber(std::string_view field);
    // Appends the shortest text that reads back as exactly v.
    static void appendValue(std::string& out, float v);
    // Whether text is a whole unsigned decimal number (a header count).
    static bool parseCount(std::string_view text, std::size_t& count);
    // Drops a UTF-8 byte order mark.
    static std::string_view withoutBom(std::string_view text);
};

} // namespace lengua
