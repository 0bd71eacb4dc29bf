#include "Concordance.h"

#include "Corpus.h"
#include "WordScanner.h"
#include "core/JobContext.h"

#include <deque>

namespace lengua {
namespace {

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string flattenLineBreaks(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    return out;
}

// The last `characters` code points before `end`.
std::string leftContext(std::string_view text, std::size_t end, std::size_t characters)
{
    std::size_t begin = end;
    std::size_t taken = 0;
    while (begin > 0 && taken < characters) {
        --begin;
        while (begin > 0 && isContinuation(text[begin]))
            --begin;
        ++taken;
    }
    return flattenLineBreaks(text.substr(begin, end - begin));
}

// The first `characters` code points from `begin`.
std::string rightContext(std::string_view text, std::size_t begin, std::size_t characters)
{
    std::size_t end = begin;
    std::size_t taken = 0;
    while (end < text.size() && taken < characters) {
        ++end;
        while (end < text.size() && isContinuation(text[end]))
            ++end;
        ++taken;
    }
    return flattenLineBreaks(text.substr(begin, end - begin));
}

} // namespace

ConcordanceResult Concordance::search(const Corpus& corpus, std::string_view query,
                                      std::size_t contextCharacters, std::size_t maxLines,
                                      JobContext& context)
{
    std::vector<std::string> needle;
    {
        WordScanner scanner(query);
        std::string folded;
        while (scanner.next()) {
            WordScanner::fold(scanner.word(), folded);
            needle.push_back(folded);
        }
    }
    ConcordanceResult result;
    if (needle.empty())
        return result;

    struct Seen {
        std::size_t begin;
        std::size_t end;
        std::string folded;
    };
    std::deque<Seen> window;
    std::string folded;
    const std::size_t documentCount = corpus.documents.size();
    for (std::size_t d = 0; d < documentCount; ++d) {
        if (d % 512 == 0) {
            context.throwIfStopped();
            context.reportProgress(double(d) / double(documentCount), "searching");
        }
        const std::string& text = corpus.documents[d].text;
        WordScanner scanner(text);
        window.clear();
        while (scanner.next()) {
            WordScanner::fold(scanner.word(), folded);
            window.push_back(Seen{scanner.begin(), scanner.end(), folded});
            if (window.size() > needle.size())
                window.pop_front();
            if (window.size() < needle.size())
                continue;
            bool same = true;
            for (std::size_t i = 0; i < needle.size() && same; ++i)
                same = window[i].folded == needle[i];
            if (!same)
                continue;
            ++result.totalMatches;
            if (result.lines.size() < maxLines) {
                const std::size_t begin = window.front().begin;
                const std::size_t end = window.back().end;
                result.lines.push_back(ConcordanceLine{
                    d, begin, leftContext(text, begin, contextCharacters),
                    flattenLineBreaks(std::string_view(text).substr(begin, end - begin)),
                    rightContext(text, end, contextCharacters)});
            }
        }
    }
    context.reportProgress(1.0, "done");
    return result;
}

} // namespace lengua
