// Byte-to-UTF-8 decoding with BOM handling, a windows-1252 fallback and U+FFFD
// replacement of invalid UTF-8; see TextDecoder.h for the rule.
#include "TextDecoder.h"

#include "core/Error.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace lengua {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

struct Utf8Stats {
    std::size_t invalid = 0;
    std::size_t multiByte = 0;
};

// Scans UTF-8 from p to end. With `out`, appends the text with each maximal
// invalid subpart replaced by U+FFFD. Returns how many bytes were consumed: all
// of them, except an incomplete sequence at the very end when !last (the caller
// keeps it for the next chunk).
std::size_t scanUtf8(const unsigned char* begin, const unsigned char* end, std::string* out,
                     bool last, Utf8Stats& stats)
{
    const unsigned char* p = begin;
    const unsigned char* runStart = begin;
    auto flushRun = [&](const unsigned char* upTo) {
        if (out && upTo > runStart)
            out->append(reinterpret_cast<const char*>(runStart), std::size_t(upTo - runStart));
    };
    while (p < end) {
        // ASCII fast path, eight bytes at a time.
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        // Well-formed sequences, Unicode 15 table 3-7.
        int need = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
        } else if (lead == 0xE0) {
            need = 2;
            low = 0xA0;
        } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
            need = 2;
        } else if (lead == 0xED) {
            need = 2;
            high = 0x9F;
        } else if (lead == 0xF0) {
            need = 3;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            need = 3;
        } else if (lead == 0xF4) {
            need = 3;
            high = 0x8F;
        }
        const unsigned char* q = p + 1;
        int matched = 0;
        if (need > 0) {
            for (; matched < need && q < end; ++matched, ++q) {
                const unsigned char lo = matched == 0 ? low : 0x80;
                const unsigned char hi = matched == 0 ? high : 0xBF;
                if (*q < lo || *q > hi)
                    break;
            }
            if (matched == need) {
                ++stats.multiByte;
                p = q;
                continue;
            }
            if (q >= end && !last) {
                flushRun(p);
                return std::size_t(p - begin);
            }
        }
        // p..q is a maximal invalid subpart (a lone bad byte when need == 0).
        flushRun(p);
        if (out)
            out->append(kReplacement);
        ++stats.invalid;
        p = q;
        runStart = p;
    }
    flushRun(end);
    return std::size_t(end - begin);
}

} // namespace

TextDecoder::TextDecoder(std::string sourceName, std::size_t sniffBytes)
    : m_sourceName(std::move(sourceName)), m_sniffBytes(std::max<std::size_t>(sniffBytes, 4))
{
}

std::string TextDecoder::binaryKind(std::string_view bytes)
{
    struct Magic {
        std::string_view prefix;
        const char* kind;
    };
    static const Magic magics[] = {
        {std::string_view("\x89PNG\r\n\x1a\n", 8), "PNG image"},
        {std::string_view("\xFF\xD8\xFF", 3), "JPEG image"},
        {std::string_view("GIF87a", 6), "GIF image"},
        {std::string_view("GIF89a", 6), "GIF image"},
        {std::string_view("%PDF-", 5), "PDF document"},
        {std::string_view("PK\x03\x04", 4), "ZIP archive"},
        {std::string_view("PK\x05\x06", 4), "ZIP archive"},
        {std::string_view("\x1f\x8b", 2), "gzip archive"},
        {std::string_view("\x7f" "ELF", 4), "ELF executable"},
    };
    for (const Magic& magic : magics) {
        if (bytes.substr(0, magic.prefix.size()) == magic.prefix)
            return magic.kind;
    }
    return {};
}

void TextDecoder::throwIfNul(std::string_view bytes) const
{
    if (std::memchr(bytes.data(), 0, bytes.size()))
        throw Error(m_sourceName + ": is a binary file (it contains NUL bytes), not text");
}

void TextDecoder::decode(std::string_view bytes, std::string& out, bool last)
{
    if (m_mode != Mode::Undecided) {
        decodeDecided(bytes, out, last);
        return;
    }
    m_pending.append(bytes);
    if (m_pending.size() < m_sniffBytes && !last)
        return;
    std::string head = std::move(m_pending);
    m_pending.clear();
    decide(head, last);
    std::string_view rest(head);
    if (m_report.encoding == "UTF-8 (BOM)")
        rest.remove_prefix(3);
    else if (m_mode == Mode::Utf16Le || m_mode == Mode::Utf16Be)
        rest.remove_prefix(2);
    decodeDecided(rest, out, last);
}

void TextDecoder::decide(std::string_view head, bool last)
{
    const std::string kind = binaryKind(head);
    if (!kind.empty())
        throw Error(m_sourceName + ": is a binary file (" + kind + "), not text");
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        m_mode = Mode::Utf8;
        m_report.encoding = "UTF-8 (BOM)";
        return;
    }
    if (head.substr(0, 2) == "\xFF\xFE") {
        m_mode = Mode::Utf16Le;
        m_report.encoding = "UTF-16LE (BOM)";
        return;
    }
    if (head.substr(0, 2) == "\xFE\xFF") {
        m_mode = Mode::Utf16Be;
        m_report.encoding = "UTF-16BE (BOM)";
        return;
    }
    throwIfNul(head);
    Utf8Stats stats;
    const auto* begin = reinterpret_cast<const unsigned char*>(head.data());
    scanUtf8(begin, begin + head.size(), nullptr, last, stats);
    if (stats.invalid > 0 && stats.multiByte == 0) {
        m_mode = Mode::Windows1252;
        m_report.encoding = "windows-1252";
        m_report.fallback = true;
    } else {
        m_mode = Mode::Utf8;
        m_report.encoding = "UTF-8";
    }
}

void TextDecoder::decodeDecided(std::string_view bytes, std::string& out, bool last)
{
    switch (m_mode) {
    case Mode::Utf8:
        throwIfNul(bytes);
        decodeUtf8(bytes, out, last);
        break;
    case Mode::Windows1252:
        throwIfNul(bytes);
        decodeWindows1252(bytes, out);
        break;
    case Mode::Utf16Le:
    case Mode::Utf16Be:
        decodeUtf16(bytes, out, last);
        break;
    case Mode::Undecided:
        break;
    }
}

void TextDecoder::decodeUtf8(std::string_view bytes, std::string& out, bool last)
{
    Utf8Stats stats;
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = begin + bytes.size();
    if (!m_pending.empty()) {
        // Finish the sequence split across chunks: the held bytes plus up to three
        // new ones always contain its end.
        std::string joined = m_pending;
        const std::size_t borrowed = std::min<std::size_t>(3, bytes.size());
        joined.append(bytes.substr(0, borrowed));
        const auto* joinedBegin = reinterpret_cast<const unsigned char*>(joined.data());
        const bool joinedLast = last && borrowed == bytes.size();
        const std::size_t consumed =
            scanUtf8(joinedBegin, joinedBegin + joined.size(), &out, joinedLast, stats);
        if (consumed < m_pending.size()) {
            // Still incomplete: the new chunk was shorter than the sequence.
            m_pending = joined.substr(consumed);
            m_report.replacements += stats.invalid;
            return;
        }
        begin += consumed - m_pending.size();
        m_pending.clear();
    }
    const std::size_t consumed = scanUtf8(begin, end, &out, last, stats);
    m_pending.assign(reinterpret_cast<const char*>(begin) + consumed,
                     std::size_t(end - begin) - consumed);
    m_report.replacements += stats.invalid;
}

void TextDecoder::decodeWindows1252(std::string_view bytes, std::string& out)
{
    if (m_windows1252[0x41].empty()) {
        // One ICU conversion per byte value, once: afterwards decoding is a table look-up.
        UErrorCode status = U_ZERO_ERROR;
        UConverter* converter = ucnv_open("windows-1252", &status);
        if (U_FAILURE(status))
            throw Error(m_sourceName + ": the windows-1252 converter is not available (ICU: " +
                        u_errorName(status) + ")");
        for (int byte = 0; byte < 256; ++byte) {
            const char input = char(byte);
            UChar units[4];
            status = U_ZERO_ERROR;
            const int32_t unitCount = ucnv_toUChars(converter, units, 4, &input, 1, &status);
            char utf8[16];
            int32_t utf8Length = 0;
            if (U_SUCCESS(status))
                u_strToUTF8(utf8, sizeof utf8, &utf8Length, units, unitCount, &status);
            if (U_FAILURE(status) || utf8Length == 0)
                m_windows1252[byte] = std::string(kReplacement);
            else
                m_windows1252[byte].assign(utf8, std::size_t(utf8Length));
        }
        ucnv_close(converter);
    }
    out.reserve(out.size() + bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out.push_back(c);
        } else {
            const std::string& utf8 = m_windows1252[byte];
            if (utf8 == kReplacement)
                ++m_report.replacements;
            out.append(utf8);
        }
    }
}

void TextDecoder::appendCodePoint(char32_t codePoint, std::string& out)
{
    if (codePoint < 0x80) {
        out.push_back(char(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(char(0xC0 | (codePoint >> 6)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(char(0xE0 | (codePoint >> 12)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (codePoint >> 18)));
        out.push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    }
}

void TextDecoder::decodeUtf16(std::string_view bytes, std::string& out, bool last)
{
    // Surrogate pairing as in ICU's U16_NEXT; an unpaired surrogate becomes U+FFFD.
    const bool littleEndian = m_mode == Mode::Utf16Le;
    auto unitAt = [littleEndian](unsigned char first, unsigned char second) {
        return littleEndian ? char16_t(first | (second << 8)) : char16_t((first << 8) | second);
    };
    auto emit = [&](char16_t unit) {
        if (m_leadSurrogate) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendCodePoint(0x10000 + ((char32_t(m_leadSurrogate) - 0xD800) << 10) +
                                    (unit - 0xDC00),
                                out);
                m_leadSurrogate = 0;
                return;
            }
            out.append(kReplacement);
            ++m_report.replacements;
            m_leadSurrogate = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            m_leadSurrogate = unit;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            out.append(kReplacement);
            ++m_report.replacements;
        } else {
            appendCodePoint(unit, out);
        }
    };
    out.reserve(out.size() + bytes.size());
    std::size_t i = 0;
    if (!m_pending.empty() && !bytes.empty()) {
        emit(unitAt(static_cast<unsigned char>(m_pending[0]), static_cast<unsigned char>(bytes[0])));
        m_pending.clear();
        i = 1;
    }
    for (; i + 1 < bytes.size(); i += 2)
        emit(unitAt(static_cast<unsigned char>(bytes[i]), static_cast<unsigned char>(bytes[i + 1])));
    if (i < bytes.size())
        m_pending.assign(1, bytes[i]);
    if (last) {
        if (m_leadSurrogate) {
            out.append(kReplacement);
            ++m_report.replacements;
            m_leadSurrogate = 0;
        }
        if (!m_pending.empty()) {
            out.append(kReplacement);
            ++m_report.replacements;
            m_pending.clear();
        }
    }
}

std::string TextDecoder::decodeAll(std::string_view bytes, const std::string& sourceName,
                                   DecodingReport* report)
{
    TextDecoder decoder(sourceName);
    std::string text;
    text.reserve(bytes.size());
    decoder.decode(bytes, text, true);
    if (report)
        *report = decoder.report();
    return text;
}

} // namespace lengua
