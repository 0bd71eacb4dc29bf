// The TensorFlow Embedding Projector's pair of files (projector.tensorflow.org, "Load"):
// vectors.tsv, one vector per line, values separated by tabs, no header; metadata.tsv, the
// labels in the same order. A single-column metadata file has no header (one word a line);
// with several columns the first line names them and the words are taken from the column
// named "word" (any case), else the first one.
#pragma once

#include "WordVectors.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace lengua {

class ProjectorTsvFile {
public:
    // Error naming the file and line for an empty file, lines of different lengths, a value
    // that is not a finite number, an empty or repeated word, or counts that differ.
    static WordVectors read(const std::filesystem::path& vectorsPath,
                            const std::filesystem::path& metadataPath);
    static WordVectors parse(std::string_view vectorsText, std::string_view metadataText,
                             const std::string& vectorsName, const std::string& metadataName);

    // Error for a word that is empty or holds a tab or a line break.
    static std::string vectorsText(const WordVectors& vectors);
    static std::string metadataText(const WordVectors& vectors);
    static void write(const WordVectors& vectors, const std::filesystem::path& vectorsPath,
                      const std::filesystem::path& metadataPath);
};

} // namespace lengua
