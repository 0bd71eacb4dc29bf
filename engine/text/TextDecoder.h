// Turns the bytes of a text source into UTF-8, chunk by chunk, and reports how it
// did it (DecodingReport). It is not a general charset detector: it knows the
// encodings people actually hand to a teaching tool.
//
// The rule, decided once on the first kSniffBytes of the input (or all of it when
// shorter; the decoder buffers until it has that much or the input ends):
//   1. A known magic number (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF) -> Error
//      "<source>: is a binary file (PNG image), not text".
//   2. UTF-8 BOM (EF BB BF) -> "UTF-8 (BOM)"; the BOM is dropped and the rest is
//      read as UTF-8 (rule 5).
//   3. UTF-16 BOM (FF FE or FE FF) -> "UTF-16LE (BOM)" / "UTF-16BE (BOM)"; converted
//      to UTF-8; an unpaired surrogate or an odd last byte becomes U+FFFD and is
//      counted in `replacements`. NUL bytes are normal here.
//   4. Otherwise a NUL byte anywhere -> Error "<source>: is a binary file (it
//      contains NUL bytes), not text".
//   5. Without a BOM: when the sniffed bytes hold invalid UTF-8 and not a single
//      valid multi-byte UTF-8 sequence, the text is windows-1252 (which includes
//      Latin-1's printable range): encoding "windows-1252", fallback = true, every
//      byte mapped through ICU's "windows-1252" converter. Otherwise it is UTF-8:
//      each maximal invalid subsequence (Unicode 15, section 3.9, "U+FFFD
//      substitution of maximal subparts") becomes one U+FFFD and is counted.
// A multi-byte sequence split between two chunks is carried over, never replaced.
#pragma once

#include "DecodingReport.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace lengua {

class TextDecoder {
public:
    static constexpr std::size_t kSniffBytes = std::size_t(4) << 20;

    // sourceName is used in error messages ("notes.txt: is a binary file ...").
    // sniffBytes other than kSniffBytes is for tests of chunk boundaries.
    explicit TextDecoder(std::string sourceName, std::size_t sniffBytes = kSniffBytes);

    // Appends the UTF-8 text of `bytes` to `out`. Pass last = true with the final
    // chunk (it may be empty) so that a pending incomplete sequence is flushed.
    // Throws Error for binary input.
    void decode(std::string_view bytes, std::string& out, bool last);

    // Valid once the encoding is decided (after the first kSniffBytes or the end).
    const DecodingReport& report() const { return m_report; }
    bool decided() const { return m_mode != Mode::Undecided; }

    // Decodes a whole buffer at once.
    static std::string decodeAll(std::string_view bytes, const std::string& sourceName,
                                 DecodingReport* report = nullptr);

    // "PNG image", "PDF document", ... when bytes start with a known magic number,
    // else empty.
    static std::string binaryKind(std::string_view bytes);

private:
    enum class Mode { Undecided, Utf8, Windows1252, Utf16Le, Utf16Be };

    void decide(std::string_view head, bool last);
    void decodeDecided(std::string_view bytes, std::string& out, bool last);
    void decodeUtf8(std::string_view bytes, std::string& out, bool last);
    void decodeWindows1252(std::string_view bytes, std::string& out);
    void decodeUtf16(std::string_view bytes, std::string& out, bool last);
    void appendCodePoint(char32_t codePoint, std::string& out);
    void throwIfNul(std::string_view bytes) const;

    std::string m_sourceName;
    std::size_t m_sniffBytes;
    DecodingReport m_report;
    Mode m_mode = Mode::Undecided;
    std::string m_pending;   // bytes held back: before deciding, or an incomplete sequence
    char16_t m_leadSurrogate = 0; // UTF-16: a high surrogate waiting for its low half
    std::array<std::string, 256> m_windows1252; // UTF-8 of each byte, built with ICU
};

} // namespace lengua
