// Whole-file reading and writing for the small text files of the formats (tokenizer
// files, configs), with errors that name the file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace lengua {

class TextFile {
public:
    // The file's bytes; Error "<path>: cannot be opened for reading" or "could not be read".
    static std::string read(const std::filesystem::path& path);
    // Replaces the file; Error "<path>: cannot be opened for writing" or "could not be written".
    static void write(const std::filesystem::path& path, std::string_view text);
};

} // namespace lengua
