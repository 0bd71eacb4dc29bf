#include "WordVectorFile.h"

#include "VectorTextFields.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "core/StringHash.h"
#include "core/TextFile.h"
#include "core/Utf8.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace lengua {
namespace {

using Fields = VectorTextFields;

std::string lineLocation(const std::string& source, std::size_t line)
{
    return source + ": line " + std::to_string(line);
}

std::string inQuotes(std::string_view word) { return "“" + std::string(word.substr(0, 60)) + "”"; }

struct Header {
    std::size_t words = 0;
    std::size_t dimension = 0;
};

bool readHeader(std::string_view line, Header& header)
{
    const std::vector<std::string_view> fields = Fields::splitWhitespace(line);
    return fields.size() == 2 && Fields::parseCount(fields[0], header.words)
           && Fields::parseCount(fields[1], header.dimension);
}

// Text is printable UTF-8 (with tabs and line breaks); float32 bytes almost never are.
bool looksLikeText(std::string_view bytes)
{
    const std::size_t window = std::min<std::size_t>(bytes.size(), 4096);
    std::size_t i = 0;
    while (i < window) {
        std::size_t length = 1;
        const UChar32 c = decodeUtf8At(bytes, i, length);
        if (c < 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return false;
        i += length;
    }
    return true;
}

void checkWritable(const std::string& word)
{
    if (word.empty() || word.find_first_of(" \t\n\r") != std::string::npos)
        throw Error("WordVectorFile: the word " + inQuotes(word)
                    + " is empty or holds a space, tab or line break, so it cannot be written");
}

float fromLittleEndian(const char* bytes)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, bytes, 4);
    if constexpr (std::endian::native == std::endian::big)
        bits = __builtin_bswap32(bits);
    float value = 0.0f;
    std::memcpy(&value, &bits, 4);
    return value;
}

void appendLittleEndian(std::string& out, float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, 4);
    if constexpr (std::endian::native == std::endian::big)
        bits = __builtin_bswap32(bits);
    char bytes[4];
    std::memcpy(bytes, &bits, 4);
    out.append(bytes, 4);
}

void reportReading(JobContext& job, std::size_t offset, std::size_t size)
{
    job.throwIfStopped();
    job.reportProgress(double(offset) / double(size), "reading vectors");
}

// values: one vector after another (n × dim, row-major) → the V × dim store.
WordVectors assemble(std::vector<std::string> words, const std::vector<float>& values,
                     std::size_t dimension)
{
    const arma::fmat columns(values.data(), dimension, words.size()); // dim × V (a copy)
    return WordVectors(std::move(words), columns.t());
}

} // namespace

WordVectorFormat WordVectorFile::detect(std::string_view bytes, const std::string& sourceName)
{
    bytes = Fields::withoutBom(bytes);
    std::size_t offset = 0;
    std::size_t lineNumber = 0;
    std::string_view first;
    while (offset < bytes.size() && first.empty()) {
        first = Fields::nextLine(bytes, offset);
        ++lineNumber;
        if (Fields::splitWhitespace(first).empty())
            first = {};
    }
    if (first.empty())
        throw Error(sourceName + ": the file is empty (no vectors)");
    Header header;
    if (readHeader(first, header))
        return looksLikeText(bytes.substr(offset)) ? WordVectorFormat::Word2VecText
                                                   : WordVectorFormat::Word2VecBinary;
    if (Fields::splitWhitespace(first).size() >= 2)
        return WordVectorFormat::GloveText;
    throw Error(lineLocation(sourceName, lineNumber)
                + ": expected a header “words dimension” or a word followed by its values");
}

WordVectors WordVectorFile::read(const std::filesystem::path& path, JobContext* job)
{
    return parse(TextFile::read(path), path.string(), job);
}

WordVectors WordVectorFile::read(const std::filesystem::path& path, WordVectorFormat format,
                                 JobContext* job)
{
    return parse(TextFile::read(path), path.string(), format, job);
}

WordVectors WordVectorFile::parse(std::string_view bytes, const std::string& sourceName,
                                  JobContext* job)
{
    return parse(bytes, sourceName, detect(bytes, sourceName), job);
}

WordVectors WordVectorFile::parse(std::string_view bytes, const std::string& sourceName,
                                  WordVectorFormat format, JobContext* job)
{
    switch (format) {
    case WordVectorFormat::Word2VecBinary:
        return parseBinary(bytes, sourceName, job);
    case WordVectorFormat::Word2VecText:
        return parseText(bytes, sourceName, true, job);
    case WordVectorFormat::GloveText:
        return parseText(bytes, sourceName, false, job);
    }
    throw Error("WordVectorFile::parse(): unknown format");
}

WordVectors WordVectorFile::parseText(std::string_view bytes, const std::string& sourceName,
                                      bool hasHeader, JobContext* job)
{
    bytes = Fields::withoutBom(bytes);
    std::size_t offset = 0;
    std::size_t lineNumber = 0;
    Header header;
    bool haveDimension = false;
    std::size_t dimension = 0;
    std::vector<std::string> words;
    std::vector<float> values;
    StringMap<std::size_t> lineOfWord;
    while (offset < bytes.size()) {
        const std::string_view line = Fields::nextLine(bytes, offset);
        ++lineNumber;
        if (job && lineNumber % 1024 == 0)
            reportReading(*job, offset, bytes.size());
        const std::vector<std::string_view> fields = Fields::splitWhitespace(line);
        if (fields.empty())
            continue; // blank lines (a final newline, a gap) carry nothing
        const std::string location = lineLocation(sourceName, lineNumber);
        if (hasHeader && !haveDimension) {
            if (!readHeader(line, header))
                throw Error(location + ": expected the header “words dimension”, two whole numbers");
            if (header.words == 0 || header.dimension == 0)
                throw Error(location + ": the header announces " + std::to_string(header.words)
                            + " words of dimension " + std::to_string(header.dimension)
                            + " (no vectors)");
            // Nothing is allocated from these counts, but absurd ones get a message of their
            // own: a line holds at least a word, a space and a digit ("w 1", 3 bytes), and a
            // dimension d needs at least 2d bytes ("w 1 2 …").
            const std::size_t rest = bytes.size() - offset;
            if (header.dimension > rest / 2 + 1 || header.words > rest / 3 + 1)
                throw Error(location + ": the header announces " + std::to_string(header.words)
                            + " words of dimension " + std::to_string(header.dimension)
                            + ", more than the " + std::to_string(rest)
                            + " bytes after it can hold");
            dimension = header.dimension;
            haveDimension = true;
            continue;
        }
        if (!haveDimension) { // GloVe: the first line sets the dimension
            dimension = fields.size() - 1;
            haveDimension = true;
            if (dimension == 0)
                throw Error(location + ": the word " + inQuotes(fields[0]) + " has no values");
        }
        if (hasHeader && words.size() == header.words)
            throw Error(location + ": the header announces " + std::to_string(header.words)
                        + " words, but more lines follow");
        if (fields.size() != dimension + 1)
            throw Error(location + ": the word " + inQuotes(fields[0]) + " has "
                        + std::to_string(fields.size() - 1) + " values, the vectors have "
                        + std::to_string(dimension) + (hasHeader ? " (header)" : " (line 1)"));
        std::string word(fields[0]);
        if (const auto [it, inserted] = lineOfWord.emplace(word, lineNumber); !inserted)
            throw Error(location + ": the word " + inQuotes(word) + " repeats (first on line "
                        + std::to_string(it->second) + ")");
        for (std::size_t i = 1; i < fields.size(); ++i)
            values.push_back(Fields::parseValue(fields[i], location, i));
        words.push_back(std::move(word));
    }
    if (!haveDimension)
        throw Error(sourceName + ": the file is empty (no vectors)");
    if (hasHeader && words.size() != header.words)
        throw Error(sourceName + ": the header announces " + std::to_string(header.words)
                    + " words, the file has " + std::to_string(words.size()));
    return assemble(std::move(words), values, dimension);
}

WordVectors WordVectorFile::parseBinary(std::string_view bytes, const std::string& sourceName,
                                        JobContext* job)
{
    std::size_t offset = 0;
    const std::string_view headerLine = Fields::nextLine(bytes, offset);
    if (bytes.empty())
        throw Error(sourceName + ": the file is empty (no vectors)");
    Header header;
    if (!readHeader(headerLine, header))
        throw Error(lineLocation(sourceName, 1)
                    + ": a binary word2vec file starts with “words dimension”, two whole numbers");
    if (header.words == 0 || header.dimension == 0)
        throw Error(lineLocation(sourceName, 1) + ": the header announces "
                    + std::to_string(header.words) + " words of dimension "
                    + std::to_string(header.dimension) + " (no vectors)");
    // A record is at least a 1-byte word, a space and 4·dim bytes.
    const std::size_t rest = bytes.size() - offset;
    if (header.dimension > rest / 4 || header.words > rest / (4 * header.dimension + 2))
        throw Error(lineLocation(sourceName, 1) + ": the header announces "
                    + std::to_string(header.words) + " words of dimension "
                    + std::to_string(header.dimension) + ", more than the " + std::to_string(rest)
                    + " bytes after it can hold (a truncated file or a wrong header)");
    const std::size_t dimension = header.dimension;
    const std::size_t recordBytes = 4 * dimension;
    std::vector<std::string> words;
    words.reserve(header.words);
    std::vector<float> values;
    values.reserve(header.words * dimension);
    StringMap<std::size_t> numberOfWord;
    for (std::size_t n = 1; n <= header.words; ++n) {
        if (job && n % 1024 == 0)
            reportReading(*job, offset, bytes.size());
        while (offset < bytes.size() && (bytes[offset] == '\n' || bytes[offset] == '\r'))
            ++offset; // word2vec.c ends each vector with "\n", gensim does not
        const std::string location = sourceName + ": word " + std::to_string(n) + " of "
                                     + std::to_string(header.words) + " (byte "
                                     + std::to_string(offset) + ")";
        const std::size_t space = bytes.find(' ', offset);
        if (offset >= bytes.size() || space == std::string_view::npos)
            throw Error(location + ": the file is truncated (no word and values follow)");
        std::string word(bytes.substr(offset, space - offset));
        if (word.empty())
            throw Error(location + ": the word is empty");
        if (const auto [it, inserted] = numberOfWord.emplace(word, n); !inserted)
            throw Error(location + ": the word " + inQuotes(word) + " repeats (first as word "
                        + std::to_string(it->second) + ")");
        offset = space + 1;
        if (bytes.size() - offset < recordBytes)
            throw Error(location + ": the file is truncated (the word " + inQuotes(word)
                        + " has " + std::to_string(bytes.size() - offset) + " of its "
                        + std::to_string(recordBytes) + " bytes of values)");
        for (std::size_t i = 0; i < dimension; ++i) {
            const float value = fromLittleEndian(bytes.data() + offset + 4 * i);
            if (!std::isfinite(value))
                throw Error(location + ": value " + std::to_string(i + 1) + " of " + inQuotes(word)
                            + (std::isnan(value) ? " is NaN" : " is infinite"));
            values.push_back(value);
        }
        offset += recordBytes;
        words.push_back(std::move(word));
    }
    while (offset < bytes.size() && (bytes[offset] == '\n' || bytes[offset] == '\r' || bytes[offset] == ' '))
        ++offset;
    if (offset < bytes.size())
        throw Error(sourceName + ": the header announces " + std::to_string(header.words)
                    + " words, but more data follows (byte " + std::to_string(offset) + ")");
    return assemble(std::move(words), values, dimension);
}

std::string WordVectorFile::toBytes(const WordVectors& vectors, WordVectorFormat format)
{
    for (const std::string& word : vectors.words())
        checkWritable(word);
    const arma::fmat& m = vectors.vectors(); // V × dim
    std::string out;
    out.reserve(vectors.size() * (16 + vectors.dimension() * (format == WordVectorFormat::Word2VecBinary ? 4 : 12)));
    if (format != WordVectorFormat::GloveText)
        out += std::to_string(vectors.size()) + " " + std::to_string(vectors.dimension()) + "\n";
    for (std::size_t row = 0; row < vectors.size(); ++row) {
        out += vectors.word(row);
        if (format == WordVectorFormat::Word2VecBinary) {
            out.push_back(' ');
            for (std::size_t i = 0; i < vectors.dimension(); ++i)
                appendLittleEndian(out, m(row, i));
        } else {
            for (std::size_t i = 0; i < vectors.dimension(); ++i) {
                out.push_back(' ');
                Fields::appendValue(out, m(row, i));
            }
        }
        out.push_back('\n');
    }
    return out;
}

void WordVectorFile::write(const WordVectors& vectors, const std::filesystem::path& path,
                           WordVectorFormat format)
{
    TextFile::write(path, toBytes(vectors, format));
}

} // namespace lengua
