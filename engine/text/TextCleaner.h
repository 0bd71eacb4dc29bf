// The cleaning step of the text pipeline: removes what is not language before any
// other step sees it -- HTML tags and entities, Markdown markup, URLs, e-mail
// addresses, control characters, emoji and odd symbols -- and tidies whitespace.
// Every edit is reported as a TextChange on the input, for the before/after view.
#pragma once

#include "TextChange.h"

#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class TextCleaner {
public:
    struct Options {
        // <tags>, <!-- comments -->, <script>/<style> with their content; entities
        // (&amp; &eacute; &#233;) decoded. Block tags (p, br, div, li...) become a space.
        bool html = true;
        // **bold**, __bold__, *em*, _em_, `code` and ``` fences lose their markers;
        // [text](link) keeps the text; "# " heading markers go. An underscore or
        // asterisk between two words (snake_case, 2*3) stays.
        bool markdown = true;
        bool urls = true;   // http://, https://, ftp://, www. up to the next space
        bool emails = true; // name@domain.tld
        // Control and format characters (U+0000-U+001F except tab and newline,
        // U+007F-U+009F, soft hyphen, zero-width spaces and joiners, BOM).
        bool controls = true;
        // Emoji and odd symbols (Unicode categories So, Co, Cn, emoji modifiers,
        // variation selectors, invalid UTF-8; the degree sign stays), runs of
        // decoration symbols ("###", "~~", "==", "***", "---") and ASCII emoticons
        // (":)", ";-)", ":D", "<3") standing alone.
        bool symbols = true;

        bool operator==(const Options&) const = default;
    };

    TextCleaner() = default;
    explicit TextCleaner(Options options) : m_options(options) {}

    const Options& options() const { return m_options; }

    // The cleaned text. Whitespace is always tidied: a run of spaces, tabs and
    // removed material becomes one space (a newline when it held one, a blank line
    // when it held two), and nothing is left at the start or end of the text or of
    // a line. \r\n becomes \n. When changes is given it receives every edit, sorted
    // by position and non-overlapping, as spans of text. Thread-safe.
    std::string clean(std::string_view text, std::vector<TextChange>* changes = nullptr) const;

private:
    Options m_options;
};

} // namespace lengua
