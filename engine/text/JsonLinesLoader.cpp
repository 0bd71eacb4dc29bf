// JSON Lines -> documents with nlohmann::json; see JsonLinesLoader.h.
#include "JsonLinesLoader.h"

#include "core/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace lengua {

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] "; a person
// needs only what follows.
std::string readableMessage(const std::exception& error)
{
    std::string message = error.what();
    if (!message.empty() && message.front() == '[') {
        const std::size_t end = message.find("] ");
        if (end != std::string::npos)
            message.erase(0, end + 2);
    }
    return message;
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Strings as they are, numbers and booleans as JSON text, null as "".
std::string valueText(const nlohmann::ordered_json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_null())
        return {};
    return value.dump();
}

} // namespace

JsonLinesLoader::JsonLinesLoader(std::string sourceName, const LoadOptions& options, Corpus& corpus)
    : m_sourceName(std::move(sourceName)), m_options(options), m_corpus(corpus)
{
}

void JsonLinesLoader::feed(std::string_view text)
{
    while (!text.empty()) {
        const char* newline = static_cast<const char*>(std::memchr(text.data(), '\n', text.size()));
        if (!newline) {
            m_partialLine.append(text);
            return;
        }
        const std::size_t length = std::size_t(newline - text.data());
        ++m_line;
        if (m_partialLine.empty()) {
            addLine(text.substr(0, length));
        } else {
            m_partialLine.append(text.substr(0, length));
            addLine(m_partialLine);
            m_partialLine.clear();
        }
        text.remove_prefix(length + 1);
    }
}

void JsonLinesLoader::finish()
{
    if (!m_partialLine.empty()) {
        ++m_line;
        addLine(m_partialLine);
        m_partialLine.clear();
    }
    if (m_corpus.documents.empty())
        throw Error(m_sourceName + ": has no JSON objects");
}

void JsonLinesLoader::addLine(std::string_view line)
{
    if (isBlank(line))
        return;
    const std::string where = m_sourceName + ": line " + std::to_string(m_line);
    nlohmann::ordered_json object;
    try {
        object = nlohmann::ordered_json::parse(line);
    } catch (const nlohmann::json::exception& error) {
        throw Error(where + " is not valid JSON: " + readableMessage(error));
    }
    if (!object.is_object())
        throw Error(where + " is not a JSON object");
    const auto text = object.find(m_options.textField);
    if (text == object.end())
        throw Error(where + " has no field \"" + m_options.textField + "\"");
    if (!text->is_string() && !text->is_number())
        throw Error(where + ": the field \"" + m_options.textField + "\" is not a string");
    Document document;
    document.text = valueText(*text);
    if (!m_options.labelField.empty()) {
        const auto label = object.find(m_options.labelField);
        if (label == object.end())
            throw Error(where + " has no field \"" + m_options.labelField + "\"");
        document.label = valueText(*label);
    }
    const auto id = object.find("id");
    if (id != object.end() && (id->is_string() || id->is_number()))
        document.id = valueText(*id);
    else
        document.id = "line " + std::to_string(m_line);
    m_corpus.documents.push_back(std::move(document));
}

TablePreview JsonLinesLoader::preview(std::string_view text, const std::string& sourceName,
                                      std::size_t maxRows, bool complete)
{
    TablePreview preview;
    preview.format = CorpusFormat::JsonLines;
    preview.hasHeader = true;
    std::vector<nlohmann::ordered_json> objects;
    std::size_t lineNumber = 0;
    while (!text.empty() && objects.size() < maxRows) {
        const std::size_t newline = text.find('\n');
        if (newline == std::string_view::npos && !complete)
            break;
        const std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        ++lineNumber;
        if (isBlank(line))
            continue;
        try {
            nlohmann::ordered_json object = nlohmann::ordered_json::parse(line);
            if (!object.is_object())
                throw Error(sourceName + ": line " + std::to_string(lineNumber) +
                            " is not a JSON object");
            objects.push_back(std::move(object));
        } catch (const nlohmann::json::exception& error) {
            throw Error(sourceName + ": line " + std::to_string(lineNumber) +
                        " is not valid JSON: " + readableMessage(error));
        }
    }
    for (const nlohmann::ordered_json& object : objects) {
        for (const auto& item : object.items()) {
            if (std::find(preview.columns.begin(), preview.columns.end(), item.key()) ==
                preview.columns.end())
                preview.columns.push_back(item.key());
        }
    }
    for (const nlohmann::ordered_json& object : objects) {
        std::vector<std::string> row;
        for (const std::string& column : preview.columns) {
            const auto value = object.find(column);
            row.push_back(value == object.end() ? std::string() : valueText(*value));
        }
        preview.rows.push_back(std::move(row));
    }
    return preview;
}

} // namespace lengua
