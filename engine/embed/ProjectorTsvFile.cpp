#include "ProjectorTsvFile.h"

#include "VectorTextFields.h"

#include "core/Error.h"
#include "core/TextFile.h"
#include "text/WordScanner.h"

namespace lengua {
namespace {

using Fields = VectorTextFields;

std::string lineLocation(const std::string& source, std::size_t line)
{
    return source + ": line " + std::to_string(line);
}

struct Labels {
    std::vector<std::string> words;
    std::vector<std::size_t> lines;
};

// The word column of metadata.tsv. The projector writes no header for one column and a
// header for several; a final empty line is just the last line break.
Labels readLabels(std::string_view text, const std::string& name)
{
    text = Fields::withoutBom(text);
    Labels labels;
    std::size_t offset = 0;
    std::size_t lineNumber = 0;
    std::size_t column = 0;
    std::size_t columns = 1;
    while (offset < text.size()) {
        const std::string_view line = Fields::nextLine(text, offset);
        ++lineNumber;
        const std::vector<std::string_view> fields = Fields::splitTabs(line);
        if (lineNumber == 1 && fields.size() > 1) {
            columns = fields.size();
            for (std::size_t i = 0; i < fields.size(); ++i) {
                std::string folded;
                WordScanner::fold(fields[i], folded);
                if (folded == "word") {
                    column = i;
                    break;
                }
            }
            continue;
        }
        if (fields.size() != columns)
            throw Error(lineLocation(name, lineNumber) + ": has " + std::to_string(fields.size())
                        + " columns, the " + (columns == 1 ? "first line has 1" : "header has "
                        + std::to_string(columns)));
        labels.words.emplace_back(fields[column]);
        labels.lines.push_back(lineNumber);
    }
    return labels;
}

void checkWritable(const std::string& word)
{
    if (word.empty() || word.find_first_of("\t\n\r") != std::string::npos)
        throw Error("ProjectorTsvFile: the word “" + word
                    + "” is empty or holds a tab or line break, so it cannot be written");
}

} // namespace

WordVectors ProjectorTsvFile::read(const std::filesystem::path& vectorsPath,
                                   const std::filesystem::path& metadataPath)
{
    return parse(TextFile::read(vectorsPath), TextFile::read(metadataPath), vectorsPath.string(),
                 metadataPath.string());
}

WordVectors ProjectorTsvFile::parse(std::string_view vectorsText, std::string_view metadataText,
                                    const std::string& vectorsName, const std::string& metadataName)
{
    vectorsText = Fields::withoutBom(vectorsText);
    std::vector<float> values;
    std::vector<std::size_t> vectorLines;
    std::size_t dimension = 0;
    std::size_t offset = 0;
    std::size_t lineNumber = 0;
    while (offset < vectorsText.size()) {
        const std::string_view line = Fields::nextLine(vectorsText, offset);
        ++lineNumber;
        if (line.empty() && offset >= vectorsText.size())
            break; // the final line break
        const std::string location = lineLocation(vectorsName, lineNumber);
        if (line.empty())
            throw Error(location + ": is empty (every line holds a vector)");
        const std::vector<std::string_view> fields = Fields::splitTabs(line);
        if (vectorLines.empty())
            dimension = fields.size();
        else if (fields.size() != dimension)
            throw Error(location + ": has " + std::to_string(fields.size())
                        + " values, line 1 has " + std::to_string(dimension));
        for (std::size_t i = 0; i < fields.size(); ++i)
            values.push_back(Fields::parseValue(fields[i], location, i + 1));
        vectorLines.push_back(lineNumber);
    }
    if (vectorLines.empty())
        throw Error(vectorsName + ": the file is empty (no vectors)");

    Labels labels = readLabels(metadataText, metadataName);
    if (labels.words.size() != vectorLines.size())
        throw Error(metadataName + ": has " + std::to_string(labels.words.size()) + " words, "
                    + vectorsName + " has " + std::to_string(vectorLines.size()) + " vectors");
    StringMap<std::size_t> lineOfWord;
    for (std::size_t i = 0; i < labels.words.size(); ++i) {
        const std::string location = lineLocation(metadataName, labels.lines[i]);
        if (labels.words[i].empty())
            throw Error(location + ": the word is empty");
        if (const auto [it, inserted] = lineOfWord.emplace(labels.words[i], labels.lines[i]);
            !inserted)
            throw Error(location + ": the word “" + labels.words[i] + "” repeats (first on line "
                        + std::to_string(it->second) + ")");
    }
    const arma::fmat columns(values.data(), dimension, vectorLines.size()); // dim × V
    return WordVectors(std::move(labels.words), columns.t());
}

std::string ProjectorTsvFile::vectorsText(const WordVectors& vectors)
{
    const arma::fmat& m = vectors.vectors();
    std::string out;
    out.reserve(vectors.size() * vectors.dimension() * 12);
    for (std::size_t row = 0; row < vectors.size(); ++row) {
        for (std::size_t i = 0; i < vectors.dimension(); ++i) {
            if (i)
                out.push_back('\t');
            Fields::appendValue(out, m(row, i));
        }
        out.push_back('\n');
    }
    return out;
}

std::string ProjectorTsvFile::metadataText(const WordVectors& vectors)
{
    std::string out;
    for (const std::string& word : vectors.words()) {
        checkWritable(word);
        out += word;
        out.push_back('\n');
    }
    return out;
}

void ProjectorTsvFile::write(const WordVectors& vectors, const std::filesystem::path& vectorsPath,
                             const std::filesystem::path& metadataPath)
{
    const std::string metadata = metadataText(vectors); // checks the words before writing
    TextFile::write(vectorsPath, vectorsText(vectors));
    TextFile::write(metadataPath, metadata);
}

} // namespace lengua
