#include "TextCleaner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace lengua {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool isAsciiAlnum(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

bool isHorizontalSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool startsWithNoCase(std::string_view text, std::size_t at, std::string_view prefix)
{
    if (text.size() - at < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[at + i];
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        if (c != prefix[i])
            return false;
    }
    return true;
}

// ASCII bytes that may start something the cleaner acts on; every other byte below
// 0x80 is copied as it is, in bulk.
constexpr std::array<bool, 128> makeSpecialTable()
{
    std::array<bool, 128> table{};
    for (int c = 0; c < 32; ++c)
        table[c] = true;
    table[127] = true;
    for (char c : std::string_view(" <>&*_`#[~=+^|\\-:;"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 128> special = makeSpecialTable();

struct Entity {
    std::string_view name;
    std::string_view text;
};
// The entities that matter in running text; any numeric entity is decoded too.
constexpr Entity entities[] = {
    {"amp", "&"},       {"lt", "<"},        {"gt", ">"},        {"quot", "\""},
    {"apos", "'"},      {"nbsp", " "},      {"aacute", "á"},    {"eacute", "é"},
    {"iacute", "í"},    {"oacute", "ó"},    {"uacute", "ú"},    {"Aacute", "Á"},
    {"Eacute", "É"},    {"Iacute", "Í"},    {"Oacute", "Ó"},    {"Uacute", "Ú"},
    {"ntilde", "ñ"},    {"Ntilde", "Ñ"},    {"uuml", "ü"},      {"Uuml", "Ü"},
    {"iexcl", "¡"},     {"iquest", "¿"},    {"laquo", "«"},     {"raquo", "»"},
    {"ldquo", "\u201C"}, {"rdquo", "\u201D"}, {"lsquo", "\u2018"}, {"rsquo", "\u2019"},
    {"mdash", "\u2014"}, {"ndash", "\u2013"}, {"hellip", "\u2026"}, {"ccedil", "ç"},
    {"agrave", "à"},    {"egrave", "è"},    {"ograve", "ò"},    {"ordf", "ª"},
    {"ordm", "º"},      {"deg", "°"},       {"euro", "€"},      {"middot", "·"},
};

constexpr std::string_view emoticons[] = {
    ":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":-/", ":'(", ":)", ":(", ":D",
    ":P", ":p", ";)", ":/", ":O", ":o", ":|", ":]", ":[", ":*", "=)", "=(", "<3",
};

constexpr std::string_view blockTags[] = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
};

void appendUtf8(std::string& out, UChar32 c)
{
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(buffer), length, c);
    out.append(buffer, static_cast<std::size_t>(length));
}

// One run of the cleaner over one text. Whitespace and removed material are not
// written at once: they collect in a pending "gap" that becomes one space, one
// newline, a blank line or nothing when the next visible character arrives (or the
// text ends). That is what keeps the output free of double and trailing spaces
// whatever was removed, and each gap becomes one reported change.
class Cleaning {
public:
    Cleaning(std::string_view text, const TextCleaner::Options& options)
        : m_in(text), m_options(options)
    {
        m_hasAt = text.find('@') != npos;
        m_hasUrl = text.find("://") != npos || text.find("www.") != npos
                   || text.find("WWW.") != npos;
    }

    std::string run(std::vector<TextChange>& changes)
    {
        m_changes = &changes;
        m_out.reserve(m_in.size());
        while (m_pos < m_in.size())
            step();
        flushGap(true);
        return std::move(m_out);
    }

private:
    void step()
    {
        if (m_linkTail.begin != npos && m_pos >= m_linkTail.begin) {
            const auto tail = m_linkTail;
            m_linkTail = {npos, npos};
            if (m_pos == tail.begin) {
                removeInline(tail.begin, tail.end, "markdown");
                return;
            }
        }
        const auto byte = static_cast<unsigned char>(m_in[m_pos]);
        if (byte < 0x80) {
            if (!special[byte] && !startsSomething(m_pos)) {
                copyPlainRun();
                return;
            }
            stepAscii(static_cast<char>(byte));
            return;
        }
        stepNonAscii();
    }

    // Letters may start a URL or an e-mail address; only looked at when the text
    // holds "://", "www." or "@" at all.
    bool startsSomething(std::size_t at) const
    {
        if (!(m_hasUrl && m_options.urls) && !(m_hasAt && m_options.emails))
            return false;
        if (at > 0 && (isAsciiAlnum(m_in[at - 1]) || m_in[at - 1] == '.' || m_in[at - 1] == '_'
                       || static_cast<unsigned char>(m_in[at - 1]) >= 0x80))
            return false;
        return isAsciiAlnum(m_in[at]) || m_in[at] == '.' || m_in[at] == '%' || m_in[at] == '+';
    }

    void copyPlainRun()
    {
        std::size_t end = m_pos + 1;
        const std::size_t limit = std::min(m_in.size(), m_linkTail.begin);
        while (end < limit) {
            const auto b = static_cast<unsigned char>(m_in[end]);
            if (b == ' ' && end + 1 < limit) {
                // A single space between two letters is the common case: keep it
                // here rather than through the gap.
                const auto after = static_cast<unsigned char>(m_in[end + 1]);
                if (after < 0x80 && !special[after]
                    && !((m_hasUrl || m_hasAt) && startsSomething(end + 1))) {
                    end += 2;
                    continue;
                }
                // U+00C0-U+027F: Latin letters with accents (and x, which stays anyway).
                if (after >= 0xC3 && after <= 0xC9 && end + 2 < limit
                    && (static_cast<unsigned char>(m_in[end + 2]) & 0xC0) == 0x80) {
                    end += 3;
                    continue;
                }
            }
            if (b >= 0x80 || special[b])
                break;
            if ((m_hasUrl || m_hasAt) && startsSomething(end))
                break;
            ++end;
        }
        copyTo(end);
    }

    void stepAscii(char c)
    {
        switch (c) {
        case ' ':
        case '\t':
            addToGap(m_pos + 1, 0, nullptr);
            return;
        case '\n':
            addToGap(m_pos + 1, 1, nullptr);
            return;
        case '\r':
            addToGap(m_pos + 1, m_pos + 1 < m_in.size() && m_in[m_pos + 1] == '\n' ? 0 : 1, nullptr);
            return;
        case '<':
            if (tryEmoticon() || tryHtmlTag())
                return;
            if (!(trySymbolRun()))
                copyOne();
            return;
        case '&':
            if (!(tryEntity()))
                copyOne();
            return;
        case '*':
        case '_':
            if (!(tryEmphasis() || trySymbolRun() || tryEmail()))
                copyOne();
            return;
        case '`':
            if (!(tryBackticks()))
                copyOne();
            return;
        case '#':
            if (!(tryHeading() || trySymbolRun()))
                copyOne();
            return;
        case '[':
            if (!(tryLink()))
                copyOne();
            return;
        case ':':
        case ';':
        case '=':
            if (!(tryEmoticon() || trySymbolRun()))
                copyOne();
            return;
        case '~':
        case '+':
        case '^':
        case '|':
        case '\\':
        case '>':
        case '-':
            if (!(trySymbolRun() || tryEmail()))
                copyOne();
            return;
        default:
            break;
        }
        if (static_cast<unsigned char>(c) < 32 || c == 127) {
            if (m_options.controls)
                removeInline(m_pos, m_pos + 1, "control");
            else
                copyOne();
            return;
        }
        if (!(tryUrl() || tryEmail()))
            copyOne();
    }

    void stepNonAscii()
    {
        std::int32_t next = static_cast<std::int32_t>(m_pos);
        UChar32 c;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(m_in.data()), next,
                static_cast<std::int32_t>(m_in.size()), c);
        const auto end = static_cast<std::size_t>(next);
        if (c < 0) {
            if (m_options.symbols)
                removeSeparating(m_pos, end, "symbol");
            else
                copyTo(end);
            return;
        }
        if (c == 0x2028 || c == 0x2029) {
            addToGap(end, 1, nullptr);
            return;
        }
        const auto mask = U_GET_GC_MASK(c);
        if (mask & U_GC_ZS_MASK) {
            addToGap(end, 0, nullptr);
            return;
        }
        if (mask & (U_GC_CC_MASK | U_GC_CF_MASK)) {
            if (m_options.controls)
                removeInline(m_pos, end, "control");
            else
                copyTo(end);
            return;
        }
        if (m_options.symbols) {
            const bool variation = (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                                   || c == 0x20E3;
            if (variation) {
                removeInline(m_pos, end, "symbol");
                return;
            }
            const bool odd = (mask & (U_GC_SO_MASK | U_GC_CO_MASK | U_GC_CN_MASK | U_GC_CS_MASK))
                             || (c >= 0x1F3FB && c <= 0x1F3FF);
            if (odd && c != 0x00B0) {
                removeSeparating(m_pos, end, "symbol");
                return;
            }
        }
        copyTo(end);
    }

    // --- output ---------------------------------------------------------------------

    void copyOne() { copyTo(m_pos + 1); }

    void copyTo(std::size_t end)
    {
        flushGap(false);
        m_out.append(m_in.substr(m_pos, end - m_pos));
        m_pos = end;
    }

    // Replaces [begin, end) with visible text (a decoded entity).
    void replaceVisible(std::size_t end, std::string replacement, const char* kind)
    {
        flushGap(false);
        m_changes->push_back({m_pos, end, replacement, kind});
        m_out += replacement;
        m_pos = end;
    }

    // Markup inside a word ("**negritas**", "can<b>ción</b>", a soft hyphen) goes
    // without leaving a space; next to a gap it joins the gap.
    void removeInline(std::size_t begin, std::size_t end, const char* kind)
    {
        if (m_gapBegin != npos) {
            addToGap(end, 0, kind, false);
            return;
        }
        m_changes->push_back({begin, end, {}, kind});
        m_pos = end;
    }

    // Things that stood for a word (a URL, an emoji, a <p>) leave a space behind.
    void removeSeparating(std::size_t, std::size_t end, const char* kind)
    {
        addToGap(end, 0, kind, true);
    }

    void addToGap(std::size_t end, int newlines, const char* kind, bool separating = true)
    {
        if (m_gapBegin == npos) {
            m_gapBegin = m_pos;
            m_gapNewlines = 0;
            m_gapSeparates = false;
            m_gapKind = nullptr;
        }
        m_gapNewlines += newlines;
        m_gapSeparates = m_gapSeparates || separating;
        if (kind && !m_gapKind)
            m_gapKind = kind;
        m_pos = end;
    }

    void flushGap(bool atEnd)
    {
        if (m_gapBegin == npos)
            return;
        std::string_view replacement;
        if (!atEnd && !m_out.empty() && m_out.back() != '\n' && m_out.back() != ' ') {
            if (m_gapNewlines >= 2)
                replacement = "\n\n";
            else if (m_gapNewlines == 1)
                replacement = "\n";
            else if (m_gapSeparates)
                replacement = " ";
        }
        // Report only what differs: " <b>" -> " " is reported as "<b>" -> "".
        std::size_t begin = m_gapBegin;
        std::size_t end = m_pos;
        std::string_view kept = replacement;
        while (!kept.empty() && begin < end && m_in[begin] == kept.front()) {
            ++begin;
            kept.remove_prefix(1);
        }
        while (!kept.empty() && begin < end && m_in[end - 1] == kept.back()) {
            --end;
            kept.remove_suffix(1);
        }
        if (begin < end || !kept.empty())
            m_changes->push_back({begin, end, std::string(kept), m_gapKind ? m_gapKind : "space"});
        m_out += replacement;
        m_gapBegin = npos;
    }

    // --- matchers: each returns false without side effects when it does not apply ---

    bool tryEmoticon()
    {
        if (!m_options.symbols)
            return false;
        if (m_pos > 0 && !isAsciiSpace(m_in[m_pos - 1]))
            return false;
        for (std::string_view e : emoticons) {
            if (m_in.compare(m_pos, e.size(), e) != 0)
                continue;
            const std::size_t end = m_pos + e.size();
            if (end < m_in.size() && !isAsciiSpace(m_in[end]))
                continue;
            removeSeparating(m_pos, end, "symbol");
            return true;
        }
        return false;
    }

    bool trySymbolRun()
    {
        if (!m_options.symbols)
            return false;
        const char c = m_in[m_pos];
        std::size_t end = m_pos + 1;
        while (end < m_in.size() && m_in[end] == c)
            ++end;
        const std::size_t minimum = c == '-' ? 3 : 2; // "--" is a dash in older texts
        if (end - m_pos < minimum)
            return false;
        removeSeparating(m_pos, end, "symbol");
        return true;
    }

    bool tryHtmlTag()
    {
        if (!m_options.html || m_pos + 1 >= m_in.size())
            return false;
        if (m_in.compare(m_pos, 4, "<!--") == 0) {
            const std::size_t close = m_in.find("-->", m_pos + 4);
            if (close == npos)
                return false;
            removeInline(m_pos, close + 3, "html");
            return true;
        }
        std::size_t i = m_pos + 1;
        const bool closing = m_in[i] == '/';
        if (closing || m_in[i] == '!' || m_in[i] == '?')
            ++i;
        const std::size_t nameBegin = i;
        while (i < m_in.size() && isAsciiAlnum(m_in[i]))
            ++i;
        if (i == nameBegin || !((m_in[nameBegin] | 0x20) >= 'a' && (m_in[nameBegin] | 0x20) <= 'z'))
            return false;
        if (i < m_in.size() && !isAsciiSpace(m_in[i]) && m_in[i] != '>' && m_in[i] != '/')
            return false;
        // The tag ends at the next '>' (another '<' first means this was not a tag).
        std::size_t end = i;
        while (end < m_in.size() && m_in[end] != '>' && m_in[end] != '<' && end - m_pos < 4096)
            ++end;
        if (end >= m_in.size() || m_in[end] != '>')
            return false;
        ++end;
        std::string name(m_in.substr(nameBegin, i - nameBegin));
        for (char& ch : name)
            ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        if (!closing && (name == "script" || name == "style")) {
            // Their content is code, not text.
            std::size_t close = end;
            while ((close = m_in.find("</", close)) != npos) {
                if (startsWithNoCase(m_in, close + 2, name))
                    break;
                close += 2;
            }
            if (close != npos) {
                const std::size_t gt = m_in.find('>', close);
                end = gt == npos ? m_in.size() : gt + 1;
            } else {
                end = m_in.size();
            }
            removeSeparating(m_pos, end, "html");
            return true;
        }
        const bool block = std::find(std::begin(blockTags), std::end(blockTags), name)
                           != std::end(blockTags);
        if (block)
            removeSeparating(m_pos, end, "html");
        else
            removeInline(m_pos, end, "html");
        return true;
    }

    bool tryEntity()
    {
        if (!m_options.html)
            return false;
        const std::size_t semicolon = m_in.find(';', m_pos + 1);
        if (semicolon == npos || semicolon - m_pos > 12 || semicolon == m_pos + 1)
            return false;
        const std::string_view name = m_in.substr(m_pos + 1, semicolon - m_pos - 1);
        std::string text;
        if (name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const std::string_view digits = name.substr(hex ? 2 : 1);
            if (digits.empty())
                return false;
            UChar32 c = 0;
            for (char d : digits) {
                int value;
                if (d >= '0' && d <= '9')
                    value = d - '0';
                else if (hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f')
                    value = (d | 0x20) - 'a' + 10;
                else
                    return false;
                c = c * (hex ? 16 : 10) + value;
                if (c > 0x10FFFF)
                    return false;
            }
            if (c == 0 || (c >= 0xD800 && c <= 0xDFFF))
                return false;
            appendUtf8(text, c);
        } else {
            const auto it = std::find_if(std::begin(entities), std::end(entities),
                                         [&](const Entity& e) { return e.name == name; });
            if (it == std::end(entities))
                return false;
            text = it->text;
        }
        const std::size_t end = semicolon + 1;
        if (text == " " || text == "\u00A0") {
            addToGap(end, 0, "html");
            return true;
        }
        replaceVisible(end, text, "html");
        return true;
    }

    bool tryEmphasis()
    {
        if (!m_options.markdown)
            return false;
        const char c = m_in[m_pos];
        std::size_t end = m_pos + 1;
        while (end < m_in.size() && m_in[end] == c)
            ++end;
        if (end - m_pos > 3)
            return false;
        // A marker touches text on exactly one side: "**negritas**", "_x_", but not
        // snake_case or 2*3 (text on both sides) nor a lone " * " (text on neither).
        const bool textBefore = m_pos > 0 && !isAsciiSpace(m_in[m_pos - 1]);
        const bool textAfter = end < m_in.size() && !isAsciiSpace(m_in[end]);
        if (textBefore == textAfter)
            return false;
        removeInline(m_pos, end, "markdown");
        return true;
    }

    bool tryBackticks()
    {
        if (!m_options.markdown)
            return false;
        std::size_t end = m_pos + 1;
        while (end < m_in.size() && m_in[end] == '`')
            ++end;
        if (end - m_pos >= 3)
            removeSeparating(m_pos, end, "markdown"); // a code fence
        else
            removeInline(m_pos, end, "markdown");
        return true;
    }

    bool tryHeading()
    {
        if (!m_options.markdown)
            return false;
        // Only at the start of a line (after optional spaces).
        std::size_t back = m_pos;
        while (back > 0 && isHorizontalSpace(m_in[back - 1]))
            --back;
        if (back > 0 && m_in[back - 1] != '\n')
            return false;
        std::size_t end = m_pos;
        while (end < m_in.size() && m_in[end] == '#')
            ++end;
        if (end - m_pos > 6 || end >= m_in.size() || !isHorizontalSpace(m_in[end]))
            return false;
        removeInline(m_pos, end, "markdown");
        return true;
    }

    bool tryLink()
    {
        if (!m_options.markdown)
            return false;
        const std::size_t close = m_in.find_first_of("]\n", m_pos + 1);
        if (close == npos || m_in[close] != ']' || close + 1 >= m_in.size() || m_in[close + 1] != '(')
            return false;
        const std::size_t paren = m_in.find_first_of(")\n", close + 2);
        if (paren == npos || m_in[paren] != ')')
            return false;
        removeInline(m_pos, m_pos + 1, "markdown");
        m_linkTail = {close, paren + 1};
        return true;
    }

    bool tryUrl()
    {
        if (!m_options.urls || !m_hasUrl)
            return false;
        if (m_pos > 0 && isAsciiAlnum(m_in[m_pos - 1]))
            return false;
        if (!startsWithNoCase(m_in, m_pos, "http://") && !startsWithNoCase(m_in, m_pos, "https://")
            && !startsWithNoCase(m_in, m_pos, "ftp://") && !startsWithNoCase(m_in, m_pos, "www."))
            return false;
        std::size_t end = m_pos;
        bool parenthesis = false;
        while (end < m_in.size()) {
            const char c = m_in[end];
            if (isAsciiSpace(c) || c == '<' || c == '>' || c == '"' || c == '`')
                break;
            if (static_cast<unsigned char>(c) >= 0x80)
                break; // «», “”, and other closing marks end it
            parenthesis = parenthesis || c == '(';
            ++end;
        }
        // Sentence punctuation after a URL is not part of it.
        while (end > m_pos) {
            const char c = m_in[end - 1];
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                || c == ']' || (c == ')' && !parenthesis))
                --end;
            else
                break;
        }
        if (end - m_pos < 8)
            return false;
        removeSeparating(m_pos, end, "url");
        return true;
    }

    static bool isLocalChar(char c)
    {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    bool tryEmail()
    {
        if (!m_options.emails || !m_hasAt)
            return false;
        if (m_pos > 0 && isLocalChar(m_in[m_pos - 1]))
            return false;
        std::size_t at = m_pos;
        while (at < m_in.size() && isLocalChar(m_in[at]))
            ++at;
        if (at == m_pos || at >= m_in.size() || m_in[at] != '@')
            return false;
        // Domain: labels of letters, digits and '-', at least two, the last of letters.
        std::size_t end = at + 1;
        std::size_t labels = 0;
        std::size_t lastLabel = end;
        while (true) {
            std::size_t labelEnd = end;
            while (labelEnd < m_in.size() && (isAsciiAlnum(m_in[labelEnd]) || m_in[labelEnd] == '-'))
                ++labelEnd;
            if (labelEnd == end)
                break;
            ++labels;
            lastLabel = end;
            end = labelEnd;
            if (end + 1 < m_in.size() && m_in[end] == '.' && isAsciiAlnum(m_in[end + 1]))
                ++end;
            else
                break;
        }
        if (labels < 2 || end - lastLabel < 2)
            return false;
        for (std::size_t i = lastLabel; i < end; ++i)
            if (!((m_in[i] | 0x20) >= 'a' && (m_in[i] | 0x20) <= 'z'))
                return false;
        removeSeparating(m_pos, end, "email");
        return true;
    }

    std::string_view m_in;
    const TextCleaner::Options& m_options;
    std::vector<TextChange>* m_changes = nullptr;
    std::string m_out;
    std::size_t m_pos = 0;
    bool m_hasAt = false;
    bool m_hasUrl = false;
    // The pending gap: [m_gapBegin, m_pos) is whitespace and removed material.
    std::size_t m_gapBegin = npos;
    int m_gapNewlines = 0;
    bool m_gapSeparates = false;
    const char* m_gapKind = nullptr;
    struct {
        std::size_t begin;
        std::size_t end;
    } m_linkTail{npos, npos}; // "](url)" of a Markdown link whose "[" was removed
};

} // namespace

std::string TextCleaner::clean(std::string_view text, std::vector<TextChange>* changes) const
{
    std::vector<TextChange> local;
    Cleaning cleaning(text, m_options);
    std::string out = cleaning.run(changes ? *changes : local);
    return out;
}

} // namespace lengua
