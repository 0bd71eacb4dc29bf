// Finds the words of a UTF-8 text quickly, for statistics and concordances (the
// configurable tokenizers of the text pipeline live in tokenize/). A word is a
// maximal run of letters, combining marks and digits; an apostrophe (' or U+2019)
// between two letters stays inside the word ("don't"), anything else separates.
// Invalid UTF-8 bytes separate words. folded() gives the case-folded form used to
// count types, so "Casa" and "casa" are one type.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lengua {

class WordScanner {
public:
    explicit WordScanner(std::string_view text) : m_text(text) {}

    // Advances to the next word; false at the end of the text.
    bool next();
    std::string_view word() const { return m_text.substr(m_begin, m_end - m_begin); }
    std::size_t begin() const { return m_begin; } // byte offset of the word
    std::size_t end() const { return m_end; }     // byte offset just past the word

    // Case-folds a word (ICU simple case folding) into out, replacing its content.
    static void fold(std::string_view word, std::string& out);

private:
    std::string_view m_text;
    std::size_t m_position = 0;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
};

} // namespace lengua
