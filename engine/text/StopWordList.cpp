#include "StopWordList.h"

#include "TextNormalizer.h"
#include "WordList.h"
#include "core/Error.h"

#include <algorithm>

namespace lengua {

StopWordList::StopWordList(const std::vector<std::string>& words)
{
    for (const std::string& word : words) {
        std::string_view trimmed = word;
        while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t'))
            trimmed.remove_prefix(1);
        while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t' || trimmed.back() == '\r'))
            trimmed.remove_suffix(1);
        if (!trimmed.empty())
            m_words.insert(key(trimmed));
    }
}

StopWordList StopWordList::defaults(const std::string& language)
{
    if (language != "es" && language != "en")
        throw Error("StopWordList: there is no default stop-word list for \"" + language
                    + "\" (only es and en)");
    return StopWordList(embeddedWordList("stopwords-" + language + ".txt"));
}

StopWordList StopWordList::fromText(std::string_view text)
{
    return StopWordList(parseWordList(text));
}

std::string StopWordList::key(std::string_view word)
{
    bool plain = true;
    for (const char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return std::string(word);
    const TextNormalizer normalizer;
    std::string folded = normalizer.foldCase(normalizer.nfc(word));
    for (std::size_t at = folded.find("\u2019"); at != std::string::npos; at = folded.find("\u2019", at))
        folded.replace(at, 3, "'");
    return folded;
}

bool StopWordList::contains(std::string_view word) const
{
    if (m_words.empty())
        return false;
    bool plain = true;
    for (const char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return m_words.find(word) != m_words.end();
    return m_words.find(key(word)) != m_words.end();
}

std::vector<std::string> StopWordList::words() const
{
    std::vector<std::string> out(m_words.begin(), m_words.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace lengua
