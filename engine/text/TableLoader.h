// Builds the documents of a CSV/TSV corpus from a stream of UTF-8 text: sniffs the
// delimiter, detects the header, resolves the text / label / id columns on a sample
// of the first rows, then converts every record as it arrives (nothing but the
// sample is held twice).
//
// Columns: LoadOptions::textColumn / labelColumn name a header field (exactly, then
// ignoring case) or a 1-based column number; an empty text column means the one
// with the longest average field in the sample. Document ids: the column named
// "id" or "ref" (any case), else the first column when it is not the text or
// label column and its sampled values are short (<= 64 bytes) and unique, else
// "line N" (the line the record starts on).
#pragma once

#include "Corpus.h"
#include "CorpusLoader.h"
#include "CsvReader.h"
#include "LoadOptions.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class TableLoader {
public:
    // format is Csv or Tsv; expectedBytes (the file size, or 0) only sizes the
    // document vector up front.
    TableLoader(std::string sourceName, CorpusFormat format, const LoadOptions& options,
                Corpus& corpus, std::size_t expectedBytes = 0);

    void feed(std::string_view text);
    void finish();

    // The first maxRows data rows of `text` (the start of a table, complete or not).
    static TablePreview preview(std::string_view text, const std::string& sourceName,
                                CorpusFormat format, const LoadOptions& options,
                                std::size_t maxRows, bool complete);

private:
    struct SampleRow {
        std::vector<std::string> fields;
        std::size_t line;
    };

    void onRecord(std::vector<std::string>& fields, std::size_t line);
    void decideLayout();
    void addRow(std::vector<std::string>& fields, std::size_t line);
    std::size_t resolveColumn(const std::string& wanted, const char* role) const;

    std::string m_sourceName;
    CorpusFormat m_format;
    LoadOptions m_options;
    Corpus& m_corpus;
    std::size_t m_expectedBytes;
    std::unique_ptr<CsvReader> m_reader;
    CsvReader::RecordSink m_sink;

    std::vector<SampleRow> m_sample;
    bool m_decided = false;
    bool m_hasHeader = false;
    std::size_t m_firstLine = 1;
    std::vector<std::string> m_columns;
    std::size_t m_textColumn = 0;
    std::optional<std::size_t> m_labelColumn;
    std::optional<std::size_t> m_idColumn;
    std::size_t m_emptyRows = 0;
};

} // namespace lengua
