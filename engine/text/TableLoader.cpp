// CSV/TSV records -> documents; see TableLoader.h for how columns are chosen.
#include "TableLoader.h"

#include "core/Error.h"

#include <algorithm>
#include <set>

namespace lengua {

namespace {

constexpr std::size_t kSampleRows = 200;

std::string lowered(std::string_view text)
{
    std::string result(text);
    for (char& c : result) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return result;
}

bool isColumnNumber(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
}

// A column asked for by name that is one of the first row's fields settles the
// question; otherwise CsvReader's heuristic decides.
bool detectHeader(const std::vector<std::vector<std::string>>& rows, const LoadOptions& options)
{
    if (rows.empty())
        return false;
    for (const std::string* wanted : {&options.textColumn, &options.labelColumn}) {
        if (wanted->empty() || isColumnNumber(*wanted))
            continue;
        for (const std::string& field : rows.front()) {
            if (lowered(field) == lowered(*wanted))
                return true;
        }
    }
    return CsvReader::looksLikeHeader(rows);
}

std::vector<std::string> numberedColumns(std::size_t count)
{
    std::vector<std::string> columns;
    for (std::size_t i = 1; i <= count; ++i)
        columns.push_back(std::to_string(i));
    return columns;
}

char delimiterFor(CorpusFormat format, std::string_view start)
{
    return format == CorpusFormat::Tsv ? '\t' : CsvReader::sniffDelimiter(start);
}

} // namespace

TableLoader::TableLoader(std::string sourceName, CorpusFormat format, const LoadOptions& options,
                         Corpus& corpus, std::size_t expectedBytes)
    : m_sourceName(std::move(sourceName)), m_format(format), m_options(options), m_corpus(corpus),
      m_expectedBytes(expectedBytes)
{
    m_sink = [this](std::vector<std::string>& fields, std::size_t line) { onRecord(fields, line); };
}

void TableLoader::feed(std::string_view text)
{
    if (!m_reader) {
        if (text.empty())
            return;
        m_reader = std::make_unique<CsvReader>(m_sourceName, delimiterFor(m_format, text),
                                               m_format != CorpusFormat::Tsv);
    }
    m_reader->feed(text, m_sink);
}

void TableLoader::finish()
{
    if (m_reader)
        m_reader->finish(m_sink);
    if (!m_decided)
        decideLayout();
    if (m_corpus.documents.empty()) {
        if (m_hasHeader)
            throw Error(m_sourceName + ": has a header but no rows with text");
        throw Error(m_sourceName + ": has no rows with text");
    }
    if (m_emptyRows > 0)
        m_corpus.warnings.push_back(m_sourceName + ": " + std::to_string(m_emptyRows) +
                                    " rows with an empty text field were skipped");
}

void TableLoader::onRecord(std::vector<std::string>& fields, std::size_t line)
{
    if (m_decided) {
        addRow(fields, line);
        return;
    }
    m_sample.push_back(SampleRow{fields, line});
    if (m_sample.size() >= kSampleRows)
        decideLayout();
}

std::size_t TableLoader::resolveColumn(const std::string& wanted, const char* role) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i] == wanted)
            return i;
    }
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (lowered(m_columns[i]) == lowered(wanted))
            return i;
    }
    if (isColumnNumber(wanted)) {
        const std::size_t number = std::stoul(wanted);
        if (number >= 1 && number <= m_columns.size())
            return number - 1;
    }
    std::string available;
    for (const std::string& column : m_columns)
        available += (available.empty() ? "" : ", ") + column;
    throw Error(m_sourceName + ": there is no " + role + " column \"" + wanted +
                "\"; the columns are: " + available);
}

void TableLoader::decideLayout()
{
    m_decided = true;
    std::vector<SampleRow> sample = std::move(m_sample);
    m_sample.clear();
    if (sample.empty())
        return;

    std::vector<std::vector<std::string>> rows;
    rows.reserve(sample.size());
    for (const SampleRow& row : sample)
        rows.push_back(row.fields);
    m_hasHeader = detectHeader(rows, m_options);
    m_firstLine = sample.front().line;
    m_columns = m_hasHeader ? rows.front() : numberedColumns(rows.front().size());
    const std::size_t firstData = m_hasHeader ? 1 : 0;
    const std::size_t width = m_columns.size();

    // Average field length per column over the sampled data rows.
    std::vector<double> averageLength(width, 0.0);
    std::vector<std::size_t> maxLength(width, 0);
    std::size_t dataRows = 0;
    for (std::size_t r = firstData; r < rows.size(); ++r) {
        if (rows[r].size() != width)
            continue;
        ++dataRows;
        for (std::size_t c = 0; c < width; ++c) {
            averageLength[c] += double(rows[r][c].size());
            maxLength[c] = std::max(maxLength[c], rows[r][c].size());
        }
    }
    for (double& length : averageLength)
        length = dataRows > 0 ? length / double(dataRows) : 0.0;

    if (!m_options.textColumn.empty()) {
        m_textColumn = resolveColumn(m_options.textColumn, "text");
    } else {
        m_textColumn = std::size_t(std::max_element(averageLength.begin(), averageLength.end()) -
                                   averageLength.begin());
    }
    if (!m_options.labelColumn.empty())
        m_labelColumn = resolveColumn(m_options.labelColumn, "label");

    if (m_hasHeader) {
        for (std::size_t c = 0; c < width && !m_idColumn; ++c) {
            const std::string name = lowered(m_columns[c]);
            if ((name == "id" || name == "ref") && c != m_textColumn)
                m_idColumn = c;
        }
    }
    if (!m_idColumn && m_textColumn != 0 && m_labelColumn != std::size_t(0) && dataRows > 0 &&
        maxLength[0] <= 64) {
        std::set<std::string_view> seen;
        bool unique = true;
        for (std::size_t r = firstData; r < rows.size() && unique; ++r) {
            if (rows[r].size() == width)
                unique = !rows[r][0].empty() && seen.insert(rows[r][0]).second;
        }
        if (unique)
            m_idColumn = 0;
    }

    if (m_expectedBytes > 0 && dataRows > 0) {
        std::size_t sampleBytes = 0;
        for (std::size_t r = firstData; r < rows.size(); ++r) {
            for (const std::string& field : rows[r])
                sampleBytes += field.size() + 1;
        }
        const double bytesPerRow = double(sampleBytes) / double(dataRows);
        m_corpus.documents.reserve(std::size_t(double(m_expectedBytes) / bytesPerRow * 1.05) + 16);
    }

    for (std::size_t r = firstData; r < sample.size(); ++r)
        addRow(sample[r].fields, sample[r].line);
}

void TableLoader::addRow(std::vector<std::string>& fields, std::size_t line)
{
    if (fields.size() != m_columns.size()) {
        const std::string reference = m_hasHeader
                                          ? "the header has " + std::to_string(m_columns.size())
                                          : "line " + std::to_string(m_firstLine) + " has " +
                                                std::to_string(m_columns.size());
        throw Error(m_sourceName + ": line " + std::to_string(line) + " has " +
                    std::to_string(fields.size()) + " fields, " + reference);
    }
    std::string& text = fields[m_textColumn];
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        ++m_emptyRows;
        return;
    }
    Document document;
    document.id = m_idColumn ? fields[*m_idColumn] : "line " + std::to_string(line);
    if (m_labelColumn)
        document.label = fields[*m_labelColumn];
    document.text = std::move(text);
    m_corpus.documents.push_back(std::move(document));
}

TablePreview TableLoader::preview(std::string_view text, const std::string& sourceName,
                                  CorpusFormat format, const LoadOptions& options,
                                  std::size_t maxRows, bool complete)
{
    TablePreview preview;
    preview.format = format;
    preview.delimiter = delimiterFor(format, text);
    CsvReader reader(sourceName, preview.delimiter, format != CorpusFormat::Tsv);
    std::vector<std::vector<std::string>> rows;
    const CsvReader::RecordSink collect = [&](std::vector<std::string>& fields, std::size_t) {
        if (rows.size() < std::max(maxRows + 1, kSampleRows))
            rows.push_back(fields);
    };
    reader.feed(text, collect);
    if (complete)
        reader.finish(collect);
    preview.hasHeader = detectHeader(rows, options);
    if (!rows.empty())
        preview.columns = preview.hasHeader ? rows.front() : numberedColumns(rows.front().size());
    const std::size_t firstData = preview.hasHeader ? 1 : 0;
    for (std::size_t r = firstData; r < rows.size() && preview.rows.size() < maxRows; ++r)
        preview.rows.push_back(std::move(rows[r]));
    return preview;
}

} // namespace lengua
