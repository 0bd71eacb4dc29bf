// Builds the documents of a JSON Lines corpus (one JSON object per line) from a
// stream of UTF-8 text, with nlohmann::json. The text field must be a string (or a
// number); the label field may be a string, a number or a boolean (its JSON text).
// The document id is the object's "id" field when it has one, else "line N".
// Blank lines are skipped; a line that is not a JSON object, or lacks a field that
// was asked for, is an Error naming the line.
#pragma once

#include "Corpus.h"
#include "CorpusLoader.h"
#include "LoadOptions.h"

#include <string>
#include <string_view>

namespace lengua {

class JsonLinesLoader {
public:
    JsonLinesLoader(std::string sourceName, const LoadOptions& options, Corpus& corpus);

    void feed(std::string_view text);
    void finish();

    // Columns: the keys of the first maxRows objects in order of appearance; rows:
    // their values as text. A last line without its newline is used only when
    // complete is true.
    static TablePreview preview(std::string_view text, const std::string& sourceName,
                                std::size_t maxRows, bool complete);

private:
    void addLine(std::string_view line);

    std::string m_sourceName;
    LoadOptions m_options;
    Corpus& m_corpus;
    std::string m_partialLine; // a line split between two chunks
    std::size_t m_line = 0;    // number of the last complete line seen
};

} // namespace lengua
