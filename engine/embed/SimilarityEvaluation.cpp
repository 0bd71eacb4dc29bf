#include "SimilarityEvaluation.h"

#include "CaseFoldedVocabulary.h"
#include "VectorTextFields.h"

#include "core/Error.h"
#include "core/TextFile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lengua {
namespace {

using Fields = VectorTextFields;

std::string_view trimmed(std::string_view field)
{
    const auto first = field.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = field.find_last_not_of(" \t");
    return field.substr(first, last - first + 1);
}

std::vector<std::string_view> splitPairLine(std::string_view line)
{
    const char separator = line.find('\t') != std::string_view::npos ? '\t'
                           : line.find(',') != std::string_view::npos ? ','
                                                                      : '\0';
    if (separator == '\0')
        return Fields::splitWhitespace(line);
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line.find(separator, start);
        fields.push_back(trimmed(line.substr(start, end == std::string_view::npos ? end : end - start)));
        if (end == std::string_view::npos)
            return fields;
        start = end + 1;
    }
}

} // namespace

std::vector<WordPair> SimilarityEvaluation::readPairs(const std::filesystem::path& path)
{
    return parsePairs(TextFile::read(path), path.string());
}

std::vector<WordPair> SimilarityEvaluation::parsePairs(std::string_view text,
                                                       const std::string& sourceName)
{
    text = Fields::withoutBom(text);
    std::vector<WordPair> pairs;
    std::size_t offset = 0;
    std::size_t lineNumber = 0;
    bool firstContentLine = true;
    while (offset < text.size()) {
        const std::string_view line = trimmed(Fields::nextLine(text, offset));
        ++lineNumber;
        if (line.empty() || line.starts_with('#'))
            continue;
        const std::string location = sourceName + ": line " + std::to_string(lineNumber);
        const std::vector<std::string_view> fields = splitPairLine(line);
        if (fields.size() != 3)
            throw Error(location + ": has " + std::to_string(fields.size())
                        + " fields, a pair line has three: word, word, score");
        if (firstContentLine && !Fields::isNumber(fields[2])) { // "Word 1	Word 2	Human (mean)"
            firstContentLine = false;
            continue;
        }
        const double score = Fields::parseDouble(fields[2], location, 3);
        firstContentLine = false;
        if (fields[0].empty() || fields[1].empty())
            throw Error(location + ": a word is empty");
        pairs.push_back({std::string(fields[0]), std::string(fields[1]), score, lineNumber});
    }
    if (pairs.empty())
        throw Error(sourceName + ": holds no word pairs");
    return pairs;
}

SimilarityReport SimilarityEvaluation::evaluate(const WordVectors& vectors,
                                                const std::vector<WordPair>& pairs, bool lowercase,
                                                std::size_t searchLimit)
{
    const CaseFoldedVocabulary vocabulary(vectors, lowercase, searchLimit);
    const arma::fmat& unit = vectors.unitVectors();
    SimilarityReport report;
    report.pairs = pairs.size();
    report.cosines.assign(pairs.size(), std::numeric_limits<double>::quiet_NaN());
    std::vector<double> human, model;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const auto a = vocabulary.find(pairs[i].first);
        const auto b = vocabulary.find(pairs[i].second);
        if (!a || !b)
            continue;
        const double cosine = arma::dot(unit.row(*a), unit.row(*b));
        report.cosines[i] = cosine;
        human.push_back(pairs[i].humanScore);
        model.push_back(cosine);
    }
    report.covered = human.size();
    report.spearman = spearman(human, model);
    report.pearson = pearson(human, model);
    return report;
}

double SimilarityEvaluation::pearson(const std::vector<double>& x, const std::vector<double>& y)
{
    const std::size_t n = x.size();
    if (n != y.size())
        throw Error("SimilarityEvaluation::pearson(): the samples differ in size");
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const double meanX = std::accumulate(x.begin(), x.end(), 0.0) / double(n);
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - meanX) * (y[i] - meanY);
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
    }
    if (sxx == 0.0 || syy == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return sxy / std::sqrt(sxx * syy);
}

double SimilarityEvaluation::spearman(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size())
        throw Error("SimilarityEvaluation::spearman(): the samples differ in size");
    return pearson(averageRanks(x), averageRanks(y));
}

std::vector<double> SimilarityEvaluation::averageRanks(const std::vector<double>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t start = 0; start < order.size();) {
        std::size_t end = start + 1;
        while (end < order.size() && values[order[end]] == values[order[start]])
            ++end;
        // Positions start..end−1 hold ranks start+1..end: their mean is (start + 1 + end) / 2.
        const double rank = double(start + 1 + end) / 2.0;
        for (std::size_t i = start; i < end; ++i)
            ranks[order[i]] = rank;
        start = end;
    }
    return ranks;
}

} // namespace lengua
