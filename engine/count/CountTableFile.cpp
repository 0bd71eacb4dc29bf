#include "CountTableFile.h"

#include "core/Error.h"
#include "core/TextFile.h"
#include "text/CsvReader.h"

#include "SparseAssembly.h"

#include <charconv>
#include <cmath>

namespace lengua {
namespace {

std::string trimmed(const std::string& field)
{
    const auto first = field.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = field.find_last_not_of(" \t");
    return field.substr(first, last - first + 1);
}

} // namespace

TermMatrix CountTableFile::read(const std::string& path)
{
    return parse(TextFile::read(path), path);
}

TermMatrix CountTableFile::parse(std::string_view text, const std::string& sourceName)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::vector<std::string> columnLabels;
    std::vector<std::string> rowLabels;
    StringMap<std::size_t> rowLine;
    std::vector<SparseAssembly::Entry> entries;
    bool haveHeader = false;
    auto fail = [&](std::size_t line, const std::string& message) {
        throw Error(sourceName + ": line " + std::to_string(line) + ": " + message);
    };
    const CsvReader::RecordSink sink = [&](std::vector<std::string>& fields, std::size_t line) {
        if (!haveHeader) {
            if (fields.size() < 2)
                fail(line, "the header needs a first cell and at least one column label");
            StringMap<std::size_t> seen;
            for (std::size_t i = 1; i < fields.size(); ++i) {
                std::string label = trimmed(fields[i]);
                if (label.empty())
                    fail(line, "column " + std::to_string(i + 1) + " of the header has no label");
                if (!seen.emplace(label, i).second)
                    fail(line, "the column label \"" + label + "\" repeats");
                columnLabels.push_back(std::move(label));
            }
            haveHeader = true;
            return;
        }
        if (fields.size() != columnLabels.size() + 1)
            fail(line, "has " + std::to_string(fields.size()) + " fields, the header has "
                           + std::to_string(columnLabels.size() + 1));
        std::string label = trimmed(fields[0]);
        if (label.empty())
            fail(line, "the row has no label in its first field");
        if (const auto earlier = rowLine.find(label); earlier != rowLine.end())
            fail(line, "the row label \"" + label + "\" repeats (first on line "
                           + std::to_string(earlier->second) + ")");
        rowLine.emplace(label, line);
        const auto row = std::uint32_t(rowLabels.size());
        for (std::size_t i = 1; i < fields.size(); ++i) {
            const std::string field = trimmed(fields[i]);
            double value = 0.0;
            const char* end = field.data() + field.size();
            const auto [stop, status] = std::from_chars(field.data(), end, value);
            if (field.empty() || status != std::errc() || stop != end || !std::isfinite(value)
                || value < 0.0)
                fail(line, "field " + std::to_string(i + 1) + " (\"" + field
                               + "\") is not a finite number >= 0");
            entries.push_back({row, std::uint32_t(i - 1), value});
        }
        rowLabels.push_back(std::move(label));
    };
    CsvReader reader(sourceName, ',', true);
    reader.feed(text, sink);
    reader.finish(sink);
    if (!haveHeader)
        throw Error(sourceName + ": the table is empty (a header row and count rows expected)");
    if (rowLabels.empty())
        throw Error(sourceName + ": the table has a header but no rows of counts");
    arma::sp_mat values = SparseAssembly::fromEntries(entries, rowLabels.size(), columnLabels.size());
    return TermMatrix(std::move(rowLabels), std::move(columnLabels), std::move(values));
}

} // namespace lengua
