// A stop-word list: the function words removed before counting content words.
// The defaults are resources/text/stopwords-es.txt and stopwords-en.txt; any list
// can be given instead (the panel edits them). Matching ignores case (full case
// folding) and the form of the apostrophe ("Don’t" matches "don't").
#pragma once

#include "core/StringHash.h"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lengua {

class StopWordList {
public:
    StopWordList() = default;
    explicit StopWordList(const std::vector<std::string>& words); // entries trimmed, blanks skipped

    // The project's list for "es" or "en"; throws Error for another language.
    static StopWordList defaults(const std::string& language);
    // One word per line, '#' comments (the format of resources/text/).
    static StopWordList fromText(std::string_view text);

    bool contains(std::string_view word) const;
    std::size_t size() const { return m_words.size(); }
    bool empty() const { return m_words.empty(); }
    // The words in their matching form (NFC, case-folded), sorted.
    std::vector<std::string> words() const;

    // The form a word is matched in: NFC, case-folded, ’ as '.
    static std::string key(std::string_view word);

private:
    StringSet m_words;
};

} // namespace lengua
