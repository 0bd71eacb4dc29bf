// Unicode steps of the text pipeline, on UTF-8 with ICU: normalisation to NFC (so
// "canción" typed with a combining accent equals the precomposed one), accent
// stripping (NFD, drop the nonspacing marks, NFC again) and full case folding
// ("Árbol" -> "árbol", "Straße" -> "strasse"). Stateless and thread-safe; each
// function can report its edits as TextChanges on its input.
#pragma once

#include "TextChange.h"

#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class TextNormalizer {
public:
    // Throws Error when ICU's normalisation data cannot be loaded.
    TextNormalizer();

    bool isNfc(std::string_view text) const;
    std::string nfc(std::string_view text, std::vector<TextChange>* changes = nullptr) const;
    // Removes every nonspacing mark (category Mn) after canonical decomposition:
    // á -> a, ü -> u, ñ -> n, ç -> c. The result is NFC.
    std::string stripAccents(std::string_view text, std::vector<TextChange>* changes = nullptr) const;
    // ICU full case folding (the Unicode CaseFolding C+F mappings), the standard
    // way to compare words without case.
    std::string foldCase(std::string_view text, std::vector<TextChange>* changes = nullptr) const;

    static bool isAscii(std::string_view text);
};

} // namespace lengua
