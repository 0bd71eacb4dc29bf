// Splits text into sentences with ICU's sentence break iterator (the Unicode
// UAX #29 rules, tailored per locale), then removes the breaks that follow a listed
// abbreviation: ICU alone breaks "El Sr. García llegó." after "Sr." because a
// capital follows. The lists are resources/text/abbreviations-<lang>.txt; an entry
// with spaces ("p. ej.", "EE. UU.") also protects the break after each of its
// parts when the rest of the entry follows. Abbreviations match case-sensitively
// and only at the start of a word. Known limit: a sentence that really ends with
// an abbreviation ("... y otros, etc. Luego") is joined to the next one.
#pragma once

#include "TextSpan.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class SentenceSplitter {
public:
    // language: "es" or "en" (any ICU locale works; abbreviations as given).
    // Throws Error when ICU cannot build the iterator.
    SentenceSplitter(const std::string& language, std::vector<std::string> abbreviations);
    // A copy clones the ICU iterator: give each thread its own.
    SentenceSplitter(const SentenceSplitter& other);
    SentenceSplitter& operator=(const SentenceSplitter&) = delete;
    ~SentenceSplitter();

    // The project's list for "es" or "en"; empty for any other language.
    static std::vector<std::string> defaultAbbreviations(const std::string& language);

    // The sentences of text as byte spans, without surrounding whitespace; empty
    // sentences are skipped. Not const: the ICU iterator keeps state.
    std::vector<TextSpan> split(std::string_view text);
    const std::vector<std::string>& abbreviations() const { return m_abbreviations; }

private:
    struct Rule {
        std::string before; // must end the text before the break
        std::string after;  // must start the text after it (empty: anything)
    };
    struct Iterator;

    void buildRules();
    bool suppressed(std::string_view text, std::size_t breakAt) const;

    std::string m_language;
    std::vector<std::string> m_abbreviations;
    std::vector<Rule> m_rules;
    std::unique_ptr<Iterator> m_iterator;
};

} // namespace lengua
