#include "TextNormalizer.h"

#include "core/Error.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace lengua {
namespace {

const icu::Normalizer2& nfcInstance()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || !normalizer)
        throw Error(std::string("TextNormalizer: ICU's NFC data is missing (") + u_errorName(status) + ")");
    return *normalizer;
}

const icu::Normalizer2& nfdInstance()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || !normalizer)
        throw Error(std::string("TextNormalizer: ICU's NFD data is missing (") + u_errorName(status) + ")");
    return *normalizer;
}

void check(UErrorCode status, const char* what)
{
    if (U_FAILURE(status))
        throw Error(std::string("TextNormalizer: ") + what + " failed (" + u_errorName(status) + ")");
}

void appendChanges(const icu::Edits& edits, const std::string& output,
                   const char* kind, std::vector<TextChange>& changes)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::Edits::Iterator it = edits.getCoarseChangesIterator();
    while (it.next(status)) {
        if (!it.hasChange())
            continue;
        const auto begin = static_cast<std::size_t>(it.sourceIndex());
        const auto end = begin + static_cast<std::size_t>(it.oldLength());
        const auto destination = static_cast<std::size_t>(it.destinationIndex());
        changes.push_back({begin, end,
                           output.substr(destination, static_cast<std::size_t>(it.newLength())),
                           kind});
    }
}

std::string normalize(const icu::Normalizer2& normalizer, std::string_view text, icu::Edits* edits)
{
    std::string out;
    out.reserve(text.size() + 8);
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode status = U_ZERO_ERROR;
    normalizer.normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())),
                             sink, edits, status);
    check(status, "normalisation");
    return out;
}

} // namespace

TextNormalizer::TextNormalizer()
{
    nfcInstance();
    nfdInstance();
}

bool TextNormalizer::isAscii(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool TextNormalizer::isNfc(std::string_view text) const
{
    if (isAscii(text))
        return true;
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized = nfcInstance().isNormalizedUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())), status);
    return U_SUCCESS(status) && normalized;
}

std::string TextNormalizer::nfc(std::string_view text, std::vector<TextChange>* changes) const
{
    if (isNfc(text))
        return std::string(text);
    icu::Edits edits;
    std::string out = normalize(nfcInstance(), text, changes ? &edits : nullptr);
    if (changes)
        appendChanges(edits, out, "nfc", *changes);
    return out;
}

std::string TextNormalizer::stripAccents(std::string_view text, std::vector<TextChange>* changes) const
{
    if (isAscii(text))
        return std::string(text);
    icu::Edits decomposeEdits;
    const std::string decomposed = normalize(nfdInstance(), text, &decomposeEdits);

    // Drop the nonspacing marks, keeping an edit record so the three stages can be
    // merged into edits on the original text.
    std::string bare;
    bare.reserve(decomposed.size());
    icu::Edits dropEdits;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(decomposed.data());
    const auto size = static_cast<std::int32_t>(decomposed.size());
    std::int32_t i = 0;
    while (i < size) {
        const std::int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, size, c);
        if (c >= 0 && u_charType(c) == U_NON_SPACING_MARK) {
            dropEdits.addReplace(i - start, 0);
            continue;
        }
        bare.append(decomposed, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        dropEdits.addUnchanged(i - start);
    }

    icu::Edits composeEdits;
    std::string out = normalize(nfcInstance(), bare, &composeEdits);
    if (changes) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Edits firstTwo;
        firstTwo.mergeAndAppend(decomposeEdits, dropEdits, status);
        icu::Edits all;
        all.mergeAndAppend(firstTwo, composeEdits, status);
        check(status, "merging edits");
        appendChanges(all, out, "accents", *changes);
    }
    return out;
}

std::string TextNormalizer::foldCase(std::string_view text, std::vector<TextChange>* changes) const
{
    if (isAscii(text)) {
        std::string out(text);
        std::size_t runBegin = std::string::npos;
        for (std::size_t i = 0; i <= out.size(); ++i) {
            const bool upper = i < out.size() && out[i] >= 'A' && out[i] <= 'Z';
            if (upper) {
                out[i] = static_cast<char>(out[i] + 32);
                if (runBegin == std::string::npos)
                    runBegin = i;
            } else if (runBegin != std::string::npos) {
                if (changes)
                    changes->push_back({runBegin, i, out.substr(runBegin, i - runBegin), "case"});
                runBegin = std::string::npos;
            }
        }
        return out;
    }
    std::string out;
    out.reserve(text.size());
    icu::StringByteSink<std::string> sink(&out);
    icu::Edits edits;
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT,
                           icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())),
                           sink, changes ? &edits : nullptr, status);
    check(status, "case folding");
    if (changes)
        appendChanges(edits, out, "case", *changes);
    return out;
}

} // namespace lengua
