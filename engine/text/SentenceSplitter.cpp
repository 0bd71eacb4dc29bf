#include "SentenceSplitter.h"

#include "WordList.h"
#include "core/Error.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace lengua {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isWordByte(char c)
{
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

} // namespace

struct SentenceSplitter::Iterator {
    std::unique_ptr<icu::BreakIterator> breaks;
    UText text = UTEXT_INITIALIZER;

    ~Iterator() { utext_close(&text); }
};

SentenceSplitter::SentenceSplitter(const std::string& language, std::vector<std::string> abbreviations)
    : m_language(language), m_abbreviations(std::move(abbreviations)),
      m_iterator(std::make_unique<Iterator>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_iterator->breaks.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(language.c_str()), status));
    if (U_FAILURE(status) || !m_iterator->breaks)
        throw Error("SentenceSplitter: ICU has no sentence rules for \"" + language + "\" ("
                    + u_errorName(status) + ")");
    buildRules();
}

SentenceSplitter::SentenceSplitter(const SentenceSplitter& other)
    : m_language(other.m_language), m_abbreviations(other.m_abbreviations), m_rules(other.m_rules),
      m_iterator(std::make_unique<Iterator>())
{
    m_iterator->breaks.reset(other.m_iterator->breaks->clone());
    if (!m_iterator->breaks)
        throw Error("SentenceSplitter: ICU could not clone the sentence iterator");
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string> SentenceSplitter::defaultAbbreviations(const std::string& language)
{
    if (language != "es" && language != "en")
        return {};
    return embeddedWordList("abbreviations-" + language + ".txt");
}

void SentenceSplitter::buildRules()
{
    // "p. ej." gives the rules ("p.", "ej.") and ("p. ej.", ""): the break after
    // "p." is suppressed only when "ej." follows, the one after "ej." always.
    for (const std::string& abbreviation : m_abbreviations) {
        if (abbreviation.empty())
            continue;
        for (std::size_t space = abbreviation.find(' '); space != std::string::npos;
             space = abbreviation.find(' ', space + 1)) {
            m_rules.push_back({abbreviation.substr(0, space), abbreviation.substr(space + 1)});
        }
        m_rules.push_back({abbreviation, {}});
    }
}

bool SentenceSplitter::suppressed(std::string_view text, std::size_t breakAt) const
{
    std::size_t end = breakAt;
    while (end > 0 && isSpace(text[end - 1]))
        --end;
    const std::string_view before = text.substr(0, end);
    const std::string_view after = text.substr(breakAt);
    for (const Rule& rule : m_rules) {
        if (before.size() < rule.before.size()
            || before.compare(before.size() - rule.before.size(), rule.before.size(), rule.before) != 0)
            continue;
        const std::size_t start = before.size() - rule.before.size();
        if (start > 0 && isWordByte(before[start - 1]))
            continue; // "Usr." does not end with the abbreviation "Sr."
        if (!rule.after.empty() && after.compare(0, rule.after.size(), rule.after) != 0)
            continue;
        return true;
    }
    return false;
}

std::vector<TextSpan> SentenceSplitter::split(std::string_view text)
{
    std::vector<TextSpan> sentences;
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&m_iterator->text, text.data(), static_cast<std::int64_t>(text.size()), &status);
    m_iterator->breaks->setText(&m_iterator->text, status);
    if (U_FAILURE(status))
        throw Error(std::string("SentenceSplitter: ICU could not read the text (") + u_errorName(status) + ")");
    std::size_t begin = 0;
    auto add = [&](std::size_t from, std::size_t to) {
        while (from < to && isSpace(text[from]))
            ++from;
        while (to > from && isSpace(text[to - 1]))
            --to;
        if (from < to)
            sentences.push_back({from, to});
    };
    for (std::int32_t next = m_iterator->breaks->next(); next != icu::BreakIterator::DONE;
         next = m_iterator->breaks->next()) {
        const auto breakAt = static_cast<std::size_t>(next);
        if (breakAt < text.size() && suppressed(text, breakAt))
            continue;
        add(begin, breakAt);
        begin = breakAt;
    }
    add(begin, text.size());
    return sentences;
}

} // namespace lengua
