// Streaming RFC 4180 reader, delimiter sniffing and the header heuristic; see CsvReader.h.
#include "CsvReader.h"

#include "core/Error.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace lengua {

CsvReader::CsvReader(std::string sourceName, char delimiter, bool quoting)
    : m_sourceName(std::move(sourceName)), m_delimiter(delimiter), m_quoting(quoting)
{
}

void CsvReader::endField()
{
    if (m_fieldCount < m_fields.size())
        m_fields[m_fieldCount].swap(m_field);
    else
        m_fields.push_back(std::move(m_field));
    m_field.clear();
    ++m_fieldCount;
    m_fieldQuoted = false;
}

void CsvReader::endRecord(const RecordSink& sink)
{
    const bool blank = m_fieldCount == 0 && m_field.empty() && !m_fieldQuoted;
    m_recordStarted = false;
    if (blank)
        return;
    endField();
    m_fields.resize(m_fieldCount);
    m_fieldCount = 0;
    sink(m_fields, m_recordLine);
}

void CsvReader::feed(std::string_view text, const RecordSink& sink)
{
    const char* data = text.data();
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const char c = data[i];
        if (m_afterCr) {
            m_afterCr = false;
            if (c == '\n') {
                ++i;
                continue;
            }
        }
        if (!m_recordStarted) {
            m_recordStarted = true;
            m_recordLine = m_line;
        }
        if (m_inQuotes) {
            if (m_quotePending) {
                m_quotePending = false;
                if (c == '"') {
                    m_field.push_back('"');
                    ++i;
                    continue;
                }
                m_inQuotes = false; // the quote closed the field; c is read below
            } else {
                const char* quote = static_cast<const char*>(std::memchr(data + i, '"', size - i));
                const std::size_t stop = quote ? std::size_t(quote - data) : size;
                m_line += std::size_t(std::count(data + i, data + stop, '\n'));
                m_field.append(data + i, stop - i);
                if (quote)
                    m_quotePending = true;
                i = quote ? stop + 1 : size;
                continue;
            }
        }
        if (c == m_delimiter) {
            endField();
            ++i;
            continue;
        }
        if (c == '\n' || c == '\r') {
            endRecord(sink);
            ++m_line;
            m_afterCr = c == '\r';
            ++i;
            continue;
        }
        if (c == '"' && m_quoting && m_field.empty() && !m_fieldQuoted) {
            m_inQuotes = true;
            m_fieldQuoted = true;
            ++i;
            continue;
        }
        // An unquoted run up to the next delimiter or line end.
        std::size_t j = i + 1;
        while (j < size) {
            const char d = data[j];
            if (d == m_delimiter || d == '\n' || d == '\r')
                break;
            ++j;
        }
        m_field.append(data + i, j - i);
        i = j;
    }
}

void CsvReader::finish(const RecordSink& sink)
{
    if (m_inQuotes && !m_quotePending)
        throw Error(m_sourceName + ": line " + std::to_string(m_recordLine) +
                    ": a quoted field is never closed");
    m_inQuotes = false;
    m_quotePending = false;
    if (m_recordStarted)
        endRecord(sink);
}

char CsvReader::sniffDelimiter(std::string_view sample)
{
    constexpr std::size_t sampleBytes = 64 * 1024;
    constexpr std::size_t sampleRecords = 50;
    if (sample.size() > sampleBytes) {
        sample = sample.substr(0, sampleBytes);
        const std::size_t lastNewline = sample.rfind('\n');
        if (lastNewline != std::string_view::npos)
            sample = sample.substr(0, lastNewline + 1);
    }
    char best = ',';
    std::size_t bestScore = 0;
    std::size_t bestFields = 0;
    for (const char candidate : {',', '\t', ';'}) {
        std::vector<std::size_t> counts;
        CsvReader reader("", candidate, true);
        const RecordSink collect = [&](std::vector<std::string>& fields, std::size_t) {
            if (counts.size() < sampleRecords)
                counts.push_back(fields.size());
        };
        reader.feed(sample, collect);
        if (!reader.m_inQuotes)
            reader.finish(collect);
        std::map<std::size_t, std::size_t> frequency;
        for (const std::size_t count : counts)
            ++frequency[count];
        std::size_t score = 0;
        std::size_t fields = 0;
        for (const auto& [fieldCount, records] : frequency) {
            if (fieldCount > 1 && records >= score) {
                score = records;
                fields = fieldCount;
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && fields > bestFields)) {
            bestScore = score;
            bestFields = fields;
            best = candidate;
        }
    }
    return best;
}

bool CsvReader::isNumber(std::string_view field)
{
    while (!field.empty() && field.front() == ' ')
        field.remove_prefix(1);
    while (!field.empty() && field.back() == ' ')
        field.remove_suffix(1);
    if (!field.empty() && (field.front() == '-' || field.front() == '+'))
        field.remove_prefix(1);
    bool digit = false;
    bool point = false;
    for (const char c : field) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if ((c == '.' || c == ',') && !point)
            point = true;
        else
            return false;
    }
    return digit;
}

bool CsvReader::looksLikeColumnName(std::string_view field)
{
    if (field.empty() || field.size() > 32 || isNumber(field))
        return false;
    return std::count(field.begin(), field.end(), ' ') <= 3;
}

bool CsvReader::looksLikeHeader(const std::vector<std::vector<std::string>>& rows)
{
    if (rows.size() < 2)
        return false;
    const std::vector<std::string>& first = rows.front();
    std::set<std::string_view> distinct;
    for (const std::string& field : first) {
        if (!looksLikeColumnName(field) || !distinct.insert(field).second)
            return false;
    }
    for (std::size_t column = 0; column < first.size(); ++column) {
        std::size_t values = 0;
        std::size_t unlike = 0;
        std::size_t totalLength = 0;
        for (std::size_t row = 1; row < rows.size(); ++row) {
            if (column >= rows[row].size() || rows[row][column].empty())
                continue;
            ++values;
            totalLength += rows[row][column].size();
            if (!looksLikeColumnName(rows[row][column]))
                ++unlike;
        }
        if (values == 0)
            continue;
        const std::size_t averageLength = totalLength / values;
        if (unlike * 2 > values ||
            (averageLength >= 16 && averageLength >= 3 * first[column].size()))
            return true;
    }
    return false;
}

} // namespace lengua
