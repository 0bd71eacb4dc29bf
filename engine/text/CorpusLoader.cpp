// Loading corpora from files, folders and memory: checks the source, reads it in
// 4 MiB chunks (progress, cancellation), decodes with TextDecoder and hands the
// UTF-8 to the reader of its format.
#include "CorpusLoader.h"

#include "HtmlText.h"
#include "JsonLinesLoader.h"
#include "TableLoader.h"
#include "TextDecoder.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <system_error>

namespace fs = std::filesystem;

namespace lengua {

namespace {

constexpr std::size_t kChunkBytes = std::size_t(4) << 20;
constexpr std::size_t kPreviewBytes = std::size_t(1) << 20;

using ChunkReader = std::function<std::string_view()>; // an empty view at the end
using TextSink = std::function<void(std::string_view)>;

std::string lowered(std::string text)
{
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return text;
}

std::string fileName(const fs::path& path)
{
    const fs::path name = path.filename();
    return name.empty() ? path.parent_path().filename().string() : name.string();
}

bool isHidden(const fs::path& path)
{
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

std::string describeBytes(std::uint64_t bytes)
{
    if (bytes < 1024)
        return std::to_string(bytes) + " bytes";
    static const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
    return text;
}

// Everything that makes a file unloadable before reading a byte of it.
std::uint64_t checkFile(const fs::path& path, const LoadOptions& options)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw Error(path.string() + ": no such file");
    if (fs::is_directory(status))
        throw Error(path.string() + ": is a folder, not a file");
    if (!fs::is_regular_file(status))
        throw Error(path.string() + ": is not a regular file");
    const std::uint64_t size = fs::file_size(path, error);
    if (error)
        throw Error(path.string() + ": cannot be read (" + error.message() + ")");
    if (size == 0)
        throw Error(path.string() + ": is empty");
    if (size > options.maxFileBytes)
        throw Error(path.string() + ": is " + describeBytes(size) + ", more than the limit of " +
                    describeBytes(options.maxFileBytes) + " for one file");
    return size;
}

class FileChunks {
public:
    explicit FileChunks(const fs::path& path) : m_path(path)
    {
        m_file = std::fopen(path.c_str(), "rb");
        if (!m_file)
            throw Error(path.string() + ": cannot be read (" + std::strerror(errno) + ")");
    }
    ~FileChunks() { std::fclose(m_file); }
    FileChunks(const FileChunks&) = delete;
    FileChunks& operator=(const FileChunks&) = delete;

    std::string_view next(std::size_t capacity = kChunkBytes)
    {
        m_buffer.resize(capacity);
        const std::size_t count = std::fread(m_buffer.data(), 1, capacity, m_file);
        if (count < capacity && std::ferror(m_file))
            throw Error(m_path.string() + ": cannot be read (" + std::strerror(errno) + ")");
        return std::string_view(m_buffer.data(), count);
    }

private:
    fs::path m_path;
    std::FILE* m_file = nullptr;
    std::string m_buffer;
};

// Decodes the chunks of one source and hands the UTF-8 to `sink`, reporting
// progress over [progressStart, progressStart + progressSpan].
DecodingReport decodeChunks(const ChunkReader& read, std::uint64_t totalBytes,
                            const std::string& name, JobContext& context, const TextSink& sink,
                            double progressStart = 0.0, double progressSpan = 1.0)
{
    TextDecoder decoder(name);
    std::string decoded;
    std::uint64_t done = 0;
    const std::string message = "Reading " + name;
    for (;;) {
        context.throwIfStopped();
        const std::string_view chunk = read();
        done += chunk.size();
        const bool last = chunk.empty() || done >= totalBytes;
        decoded.clear();
        decoder.decode(chunk, decoded, last);
        sink(decoded);
        context.reportProgress(progressStart + progressSpan * (totalBytes ? double(done) / double(totalBytes) : 1.0),
                               message);
        if (last)
            break;
    }
    return decoder.report();
}

void addDecodingWarnings(Corpus& corpus, const std::string& name, const DecodingReport& report)
{
    if (report.fallback)
        corpus.warnings.push_back(name + ": not valid UTF-8; read as windows-1252");
    if (report.replacements > 0)
        corpus.warnings.push_back(name + ": " + std::to_string(report.replacements) +
                                  (report.replacements == 1 ? " invalid sequence was"
                                                            : " invalid sequences were") +
                                  " replaced by U+FFFD");
}

// The label of a fortune file: its name without a ".fortunes" or ".txt" extension
// (Debian's English fortune files have no extension at all).
std::string fortuneLabel(const fs::path& path)
{
    std::string name = path.filename().string();
    for (const std::string_view extension : {".fortunes", ".txt"}) {
        if (name.size() > extension.size() && name.ends_with(extension)) {
            name.erase(name.size() - extension.size());
            break;
        }
    }
    return name;
}

std::string rightTrimmed(std::string_view line)
{
    const std::size_t end = line.find_last_not_of(" \t\r");
    return end == std::string_view::npos ? std::string() : std::string(line.substr(0, end + 1));
}

// Fortune (strfile) format: entries separated by lines holding only '%'. Trailing
// spaces of each line and blank lines around an entry are dropped; the rest,
// attribution lines included, is the entry's text.
void addFortunes(std::string_view text, const std::string& label, std::vector<Document>& documents)
{
    std::string entry;
    std::size_t number = 0;
    auto flush = [&] {
        while (!entry.empty() && entry.back() == '\n')
            entry.pop_back();
        if (!entry.empty()) {
            ++number;
            documents.push_back(Document{label + " #" + std::to_string(number), std::move(entry), label});
        }
        entry.clear();
    };
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        const std::string line = rightTrimmed(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (line == "%") {
            flush();
            continue;
        }
        if (entry.empty() && line.empty())
            continue;
        entry += line;
        entry += '\n';
    }
    flush();
}

bool hasDatCompanion(const fs::path& path)
{
    std::error_code error;
    return fs::is_regular_file(fs::path(path.string() + ".dat"), error);
}

// A file of a fortune folder: a regular file (the .u8 names are symlinks to the
// originals) that is not hidden, not a .dat index, and has a .dat index or ends
// with .fortunes.
bool isFortuneFile(const fs::directory_entry& entry)
{
    std::error_code error;
    if (entry.is_symlink(error) || !entry.is_regular_file(error) || isHidden(entry.path()))
        return false;
    const std::string extension = lowered(entry.path().extension().string());
    if (extension == ".dat" || extension == ".u8")
        return false;
    return extension == ".fortunes" || hasDatCompanion(entry.path());
}

std::vector<fs::path> fortuneFiles(const fs::path& folder)
{
    std::vector<fs::path> files;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
        if (isFortuneFile(entry))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

CorpusFormat formatFromExtension(const std::string& name)
{
    const std::string extension = lowered(fs::path(name).extension().string());
    if (extension == ".csv")
        return CorpusFormat::Csv;
    if (extension == ".tsv" || extension == ".tab")
        return CorpusFormat::Tsv;
    if (extension == ".jsonl" || extension == ".ndjson")
        return CorpusFormat::JsonLines;
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml")
        return CorpusFormat::Html;
    if (extension == ".fortunes")
        return CorpusFormat::Fortune;
    return CorpusFormat::Text;
}

std::string corpusName(const fs::path& path)
{
    const std::string name = fileName(path);
    const std::string stem = fs::path(name).stem().string();
    return stem.empty() ? name : stem;
}

// Reads one source of a single-file format into `corpus`: the shared path of
// loadCorpus and loadCorpusFromMemory.
void loadSource(const ChunkReader& read, std::uint64_t totalBytes, const std::string& name,
                CorpusFormat format, const LoadOptions& options, JobContext& context, Corpus& corpus)
{
    DecodingReport report;
    switch (format) {
    case CorpusFormat::Csv:
    case CorpusFormat::Tsv: {
        TableLoader table(name, format, options, corpus, totalBytes);
        report = decodeChunks(read, totalBytes, name, context,
                              [&](std::string_view text) { table.feed(text); });
        table.finish();
        break;
    }
    case CorpusFormat::JsonLines: {
        JsonLinesLoader lines(name, options, corpus);
        report = decodeChunks(read, totalBytes, name, context,
                              [&](std::string_view text) { lines.feed(text); });
        lines.finish();
        break;
    }
    case CorpusFormat::Text:
    case CorpusFormat::Html:
    case CorpusFormat::Fortune: {
        std::string text;
        text.reserve(totalBytes);
        report = decodeChunks(read, totalBytes, name, context,
                              [&](std::string_view decoded) { text.append(decoded); });
        if (format == CorpusFormat::Fortune) {
            addFortunes(text, fortuneLabel(name), corpus.documents);
            if (corpus.documents.empty())
                throw Error(name + ": has no fortunes");
        } else {
            if (format == CorpusFormat::Html)
                text = htmlToText(text, name);
            if (text.find_first_not_of(" \t\r\n") == std::string::npos)
                throw Error(name + ": has no text");
            corpus.documents.push_back(Document{name, std::move(text), {}});
        }
        break;
    }
    case CorpusFormat::Auto:
    case CorpusFormat::Folder:
        throw Error(name + ": cannot be read as " + formatName(format));
    }
    corpus.decoding = report;
    addDecodingWarnings(corpus, name, report);
}

void loadFile(const fs::path& path, const std::string& name, CorpusFormat format,
              const LoadOptions& options, JobContext& context, Corpus& corpus)
{
    const std::uint64_t size = checkFile(path, options);
    FileChunks chunks(path);
    loadSource([&chunks] { return chunks.next(); }, size, name, format, options, context, corpus);
}

// Merges the decoding of one file of a folder into the folder's report: the
// folder reads as windows-1252 when any file did, and replacements add up.
void mergeDecoding(DecodingReport& total, const DecodingReport& file, bool first)
{
    if (first || (file.fallback && !total.fallback)) {
        total.encoding = file.encoding;
        total.fallback = file.fallback;
    }
    total.replacements += file.replacements;
}

void loadFolder(const fs::path& folder, const LoadOptions& options, JobContext& context,
                Corpus& corpus)
{
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    if (error)
        throw Error(folder.string() + ": cannot be read (" + error.message() + ")");
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error)
            break;
        if (isHidden(it->path())) {
            if (it->is_directory(error))
                it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(error))
            files.push_back(it->path());
    }
    std::vector<std::pair<std::string, fs::path>> sorted;
    for (const fs::path& file : files)
        sorted.emplace_back(file.lexically_relative(folder).generic_string(), file);
    std::sort(sorted.begin(), sorted.end());

    bool first = true;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& [relative, file] = sorted[i];
        context.throwIfStopped();
        context.reportProgress(double(i) / double(sorted.size()), "Reading " + relative);
        const CorpusFormat format =
            formatFromExtension(relative) == CorpusFormat::Html ? CorpusFormat::Html : CorpusFormat::Text;
        Corpus single;
        JobContext quiet(context.stopToken());
        try {
            loadFile(file, relative, format, options, quiet, single);
        } catch (const Error& problem) {
            // Binary, empty, unreadable or too large: the folder still loads.
            std::string message = problem.what();
            const std::string prefix = file.string() + ": ";
            if (message.starts_with(prefix))
                message.replace(0, prefix.size(), relative + ": ");
            corpus.warnings.push_back("skipped " + message);
            continue;
        }
        mergeDecoding(corpus.decoding, single.decoding, first);
        first = false;
        for (std::string& warning : single.warnings)
            corpus.warnings.push_back(std::move(warning));
        for (Document& document : single.documents)
            corpus.documents.push_back(std::move(document));
    }
    if (corpus.documents.empty())
        throw Error(folder.string() + ": has no text files");
}

void loadFortuneFolder(const fs::path& folder, const LoadOptions& options, JobContext& context,
                       Corpus& corpus)
{
    const std::vector<fs::path> files = fortuneFiles(folder);
    if (files.empty())
        throw Error(folder.string() + ": has no fortune files");
    bool first = true;
    for (std::size_t i = 0; i < files.size(); ++i) {
        context.throwIfStopped();
        context.reportProgress(double(i) / double(files.size()), "Reading " + fileName(files[i]));
        Corpus single;
        JobContext quiet(context.stopToken());
        loadFile(files[i], fileName(files[i]), CorpusFormat::Fortune, options, quiet, single);
        mergeDecoding(corpus.decoding, single.decoding, first);
        first = false;
        for (std::string& warning : single.warnings)
            corpus.warnings.push_back(std::move(warning));
        for (Document& document : single.documents)
            corpus.documents.push_back(std::move(document));
    }
}

// Cuts a prefix of a file so that it does not end inside a UTF-8 sequence.
std::string_view withoutBrokenTail(std::string_view bytes)
{
    std::size_t cut = 0;
    while (cut < 3 && cut < bytes.size() &&
           (static_cast<unsigned char>(bytes[bytes.size() - 1 - cut]) & 0x80))
        ++cut;
    return bytes.substr(0, bytes.size() - cut);
}

} // namespace

CorpusFormat detectCorpusFormat(const fs::path& path)
{
    std::error_code error;
    if (fs::is_directory(path, error)) {
        for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
            if (isFortuneFile(entry) && hasDatCompanion(entry.path()))
                return CorpusFormat::Fortune;
        }
        return CorpusFormat::Folder;
    }
    const std::string extension = lowered(path.extension().string());
    if (extension != ".dat" && hasDatCompanion(path))
        return CorpusFormat::Fortune;
    if (extension == ".u8" && hasDatCompanion(path.parent_path() / path.stem()))
        return CorpusFormat::Fortune;
    if (extension == ".txt" || extension == ".md")
        return CorpusFormat::Text;
    return formatFromExtension(path.filename().string());
}

Corpus loadCorpus(const fs::path& path, const LoadOptions& options, JobContext& context)
{
    context.throwIfStopped();
    std::error_code error;
    if (!fs::exists(path, error))
        throw Error(path.string() + ": no such file");
    const bool isFolder = fs::is_directory(path, error);
    const CorpusFormat format = options.format == CorpusFormat::Auto ? detectCorpusFormat(path)
                                                                     : options.format;
    Corpus corpus;
    corpus.id = newCorpusId();
    corpus.name = isFolder ? fileName(path) : corpusName(path);
    corpus.source = path.string();
    corpus.format = formatName(format);
    if (isFolder) {
        if (format == CorpusFormat::Folder)
            loadFolder(path, options, context, corpus);
        else if (format == CorpusFormat::Fortune)
            loadFortuneFolder(path, options, context, corpus);
        else
            throw Error(path.string() + ": is a folder; read it as a folder or as fortune files");
    } else {
        if (format == CorpusFormat::Folder)
            throw Error(path.string() + ": is a file, not a folder");
        loadFile(path, fileName(path), format, options, context, corpus);
    }
    context.reportProgress(1.0, "Read " + corpus.name);
    return corpus;
}

Corpus loadCorpusFromMemory(std::string bytes, const std::string& name, const LoadOptions& options,
                            JobContext& context)
{
    context.throwIfStopped();
    const CorpusFormat format =
        options.format == CorpusFormat::Auto ? formatFromExtension(name) : options.format;
    if (format == CorpusFormat::Folder)
        throw Error(name + ": bytes in memory cannot be read as a folder");
    if (bytes.empty())
        throw Error(name + ": is empty");
    if (bytes.size() > options.maxFileBytes)
        throw Error(name + ": is " + describeBytes(bytes.size()) + ", more than the limit of " +
                    describeBytes(options.maxFileBytes) + " for one file");
    Corpus corpus;
    corpus.id = newCorpusId();
    corpus.name = corpusName(name);
    corpus.source = name;
    corpus.format = formatName(format);
    std::size_t offset = 0;
    const ChunkReader read = [&]() {
        const std::string_view chunk = std::string_view(bytes).substr(offset, kChunkBytes);
        offset += chunk.size();
        return chunk;
    };
    loadSource(read, bytes.size(), name, format, options, context, corpus);
    context.reportProgress(1.0, "Read " + corpus.name);
    return corpus;
}

TablePreview previewTable(const fs::path& path, const LoadOptions& options, std::size_t maxRows)
{
    const std::uint64_t size = checkFile(path, options);
    const CorpusFormat format = options.format == CorpusFormat::Auto ? detectCorpusFormat(path)
                                                                     : options.format;
    if (format != CorpusFormat::Csv && format != CorpusFormat::Tsv &&
        format != CorpusFormat::JsonLines)
        throw Error(path.string() + ": is not a table (CSV, TSV or JSON Lines)");
    FileChunks chunks(path);
    const std::string_view start = chunks.next(kPreviewBytes);
    const bool complete = start.size() >= size;
    DecodingReport report;
    const std::string name = fileName(path);
    const std::string text =
        TextDecoder::decodeAll(complete ? start : withoutBrokenTail(start), name, &report);
    TablePreview preview = format == CorpusFormat::JsonLines
                               ? JsonLinesLoader::preview(text, name, maxRows, complete)
                               : TableLoader::preview(text, name, format, options, maxRows, complete);
    preview.decoding = report;
    return preview;
}

} // namespace lengua
