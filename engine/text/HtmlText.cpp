// HTML -> plain text by walking libxml2's tree; see HtmlText.h.
#include "HtmlText.h"

#include "core/Error.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>
#include <set>

namespace lengua {

namespace {

bool nameIs(const xmlNode* node, const char* name)
{
    return node->name && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool isSkipped(const xmlNode* node)
{
    return nameIs(node, "script") || nameIs(node, "style") || nameIs(node, "noscript") ||
           nameIs(node, "template");
}

bool isBlock(const xmlNode* node)
{
    static const std::set<std::string, std::less<>> blocks{
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd",
        "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "title", "tr", "ul"};
    return node->name && blocks.count(reinterpret_cast<const char*>(node->name)) > 0;
}

class TextCollector {
public:
    void text(const char* utf8)
    {
        for (const char* p = utf8; *p; ++p) {
            const char c = *p;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                m_space = true;
                continue;
            }
            if (m_space && !m_text.empty() && m_text.back() != '\n')
                m_text.push_back(' ');
            m_space = false;
            m_text.push_back(c);
        }
    }
    void space() { m_space = true; }
    void lineBreak()
    {
        m_space = false;
        if (!m_text.empty() && m_text.back() != '\n')
            m_text.push_back('\n');
    }
    std::string result()
    {
        while (!m_text.empty() && m_text.back() == '\n')
            m_text.pop_back();
        return std::move(m_text);
    }

private:
    std::string m_text;
    bool m_space = false;
};

void collect(const xmlNode* node, TextCollector& collector)
{
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content)
                collector.text(reinterpret_cast<const char*>(node->content));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || isSkipped(node))
            continue;
        if (nameIs(node, "head")) {
            // Only the title of the head is text a reader sees.
            for (const xmlNode* child = node->children; child; child = child->next) {
                if (child->type == XML_ELEMENT_NODE && nameIs(child, "title")) {
                    collect(child->children, collector);
                    collector.lineBreak();
                }
            }
            continue;
        }
        const bool block = isBlock(node);
        if (block)
            collector.lineBreak();
        else if (nameIs(node, "td") || nameIs(node, "th"))
            collector.space();
        collect(node->children, collector);
        if (block)
            collector.lineBreak();
    }
}

} // namespace

std::string htmlToText(std::string_view utf8Html, const std::string& sourceName)
{
    if (utf8Html.size() > std::size_t(INT_MAX))
        throw Error(sourceName + ": is too large for the HTML parser");
    const int options = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_RECOVER;
    htmlDocPtr document = htmlReadMemory(utf8Html.data(), int(utf8Html.size()), sourceName.c_str(),
                                         "UTF-8", options);
    if (!document) {
        if (utf8Html.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return {};
        throw Error(sourceName + ": could not be read as HTML");
    }
    TextCollector collector;
    collect(xmlDocGetRootElement(document), collector);
    xmlFreeDoc(document);
    return collector.result();
}

} // namespace lengua
