#include "SentenceWords.h"

#include "text/WordScanner.h"

namespace {

bool isSentenceSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

void appendLineWords(std::string_view line, bool lowercase, std::vector<std::string>& words,
                     std::string& folded)
{
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSentenceSpace(line[i]))
            ++i;
        const std::size_t begin = i;
        while (i < line.size() && !isSentenceSpace(line[i]))
            ++i;
        if (i == begin)
            continue;
        const std::string_view word = line.substr(begin, i - begin);
        if (lowercase) {
            lengua::WordScanner::fold(word, folded);
            words.push_back(folded);
        } else {
            words.emplace_back(word);
        }
    }
}
