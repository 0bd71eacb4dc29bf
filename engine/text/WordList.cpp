#include "WordList.h"

#include "core/EmbeddedText.h"
#include "core/Error.h"

namespace lengua {

std::vector<std::string> parseWordList(std::string_view text)
{
    std::vector<std::string> words;
    std::size_t position = 0;
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(position, end - position);
        position = end + 1;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        words.emplace_back(line);
    }
    return words;
}

std::vector<std::string> embeddedWordList(std::string_view name)
{
    const auto text = embeddedText(name);
    if (!text)
        throw Error("resources/text/" + std::string(name) + " is not built into this engine");
    return parseWordList(*text);
}

} // namespace lengua
