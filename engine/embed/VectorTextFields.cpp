#include "VectorTextFields.h"

#include "core/Error.h"

#include <charconv>
#include <cmath>

namespace lengua {

std::string_view VectorTextFields::nextLine(std::string_view text, std::size_t& offset)
{
    const std::size_t end = text.find('\n', offset);
    std::string_view line = text.substr(offset, end == std::string_view::npos ? std::string_view::npos
                                                                              : end - offset);
    offset = end == std::string_view::npos ? text.size() : end + 1;
    if (line.ends_with('\r'))
        line.remove_suffix(1);
    return line;
}

std::vector<std::string_view> VectorTextFields::splitWhitespace(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

std::vector<std::string_view> VectorTextFields::splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

namespace {

template <typename Number>
Number parseFinite(std::string_view field, const std::string& location, std::size_t position)
{
    std::string_view digits = field;
    if (digits.starts_with('+'))
        digits.remove_prefix(1);
    Number value = 0;
    const char* end = digits.data() + digits.size();
    const auto [stop, status] = std::from_chars(digits.data(), end, value);
    const std::string what = location + ": value " + std::to_string(position) + " (“"
                             + std::string(field.substr(0, 40)) + "”) ";
    if (digits.empty() || stop != end || status == std::errc::invalid_argument)
        throw Error(what + "is not a number");
    if (status == std::errc::result_out_of_range)
        throw Error(what + (sizeof(Number) == 4 ? "is out of the float range" : "is out of range"));
    if (std::isnan(value))
        throw Error(what + "is NaN");
    if (std::isinf(value))
        throw Error(what + "is infinite");
    return value;
}

} // namespace

float VectorTextFields::parseValue(std::string_view field, const std::string& location,
                                   std::size_t position)
{
    return parseFinite<float>(field, location, position);
}

double VectorTextFields::parseDouble(std::string_view field, const std::string& location,
                                     std::size_t position)
{
    return parseFinite<double>(field, location, position);
}

bool VectorTextFields::isNumber(std::string_view field)
{
    if (field.starts_with('+'))
        field.remove_prefix(1);
    double value = 0;
    const char* end = field.data() + field.size();
    const auto [stop, status] = std::from_chars(field.data(), end, value);
    return !field.empty() && stop == end && status != std::errc::invalid_argument;
}

void VectorTextFields::appendValue(std::string& out, float v)
{
    char buffer[32];
    const auto [end, status] = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, end);
}

bool VectorTextFields::parseCount(std::string_view text, std::size_t& count)
{
    const char* end = text.data() + text.size();
    const auto [stop, status] = std::from_chars(text.data(), end, count);
    return !text.empty() && status == std::errc() && stop == end;
}

std::string_view VectorTextFields::withoutBom(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text;
}

} // namespace lengua
