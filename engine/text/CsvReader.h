// A streaming reader of delimiter-separated tables: feed it UTF-8 text in chunks of
// any size and it hands back complete records with the line each one starts on.
//
// With quoting on (CSV) it follows RFC 4180: a field that starts with '"' is quoted,
// may hold delimiters, CR/LF and doubled quotes ("" -> "); a '"' inside an unquoted
// field is an ordinary character, and text after a closing quote is kept as is
// (lenient, like Python's csv module). With quoting off (TSV, as IANA defines
// text/tab-separated-values) a quote is always an ordinary character, so that
// quotations at the start of a sentence ("Así habló Zaratustra") survive.
// Records end at LF, CRLF or a lone CR; blank lines are skipped.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class CsvReader {
public:
    // The sink may move strings out of `fields`; line is 1-based.
    using RecordSink = std::function<void(std::vector<std::string>& fields, std::size_t line)>;

    CsvReader(std::string sourceName, char delimiter, bool quoting);

    void feed(std::string_view text, const RecordSink& sink);
    // Emits the last record when the text does not end with a newline. Throws Error
    // "<source>: line N: a quoted field is never closed" for an unterminated quote.
    void finish(const RecordSink& sink);

    char delimiter() const { return m_delimiter; }

    // Picks ',', '\t' or ';': the candidate that splits the most of the first 50
    // records of `sample` into the same number (> 1) of fields; on a tie the one
    // giving more fields, then that order; ',' when nothing splits.
    static char sniffDelimiter(std::string_view sample);

    // Whether the first row of `rows` (a sample from the start of a table) is a
    // header. It is when every field of row 1 looks like a column name (not empty,
    // not a number, at most 32 bytes and 4 words, all distinct) and the later rows
    // differ: in some column most later (non-empty) values do not look like a
    // column name (they are numbers, long, or several words), or they are on
    // average at least 16 bytes and three times as long as the first row's field
    // ("text" above sentences). A one-row table has no header. Without such a
    // difference (a list of short words) the answer is no.
    static bool looksLikeHeader(const std::vector<std::vector<std::string>>& rows);
    static bool looksLikeColumnName(std::string_view field);
    static bool isNumber(std::string_view field);

private:
    void endField();
    void endRecord(const RecordSink& sink);

    std::string m_sourceName;
    char m_delimiter;
    bool m_quoting;

    std::vector<std::string> m_fields; // fields of the current record (first m_fieldCount used)
    std::size_t m_fieldCount = 0;
    std::string m_field;
    bool m_fieldQuoted = false;  // the current field started with a quote
    bool m_inQuotes = false;
    bool m_quotePending = false; // saw '"' inside quotes; the next character decides
    bool m_afterCr = false;      // a CR ended the last record; skip one LF
    bool m_recordStarted = false;
    std::size_t m_line = 1;       // line of the next character
    std::size_t m_recordLine = 1; // line where the current record started
};

} // namespace lengua
