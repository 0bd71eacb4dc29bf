// Guesses whether a text is Spanish or English from the share of its words that
// are stop words of each language: function words are the most frequent words of
// any text, so a few hundred words are enough to tell the two apart.
#pragma once

#include "StopWordList.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace lengua {

struct Corpus;

class LanguageGuesser {
public:
    struct Guess {
        std::string language;   // "es", "en", or empty when no word is a stop word of either
        double spanish = 0.0;   // share of the words in the Spanish list
        double english = 0.0;   // share of the words in the English list
        std::size_t words = 0;  // words looked at
    };

    LanguageGuesser(); // the default lists
    LanguageGuesser(StopWordList spanish, StopWordList english);

    Guess guess(std::string_view text) const;
    // Looks at the documents in order until maxBytes of text were read.
    Guess guess(const Corpus& corpus, std::size_t maxBytes = std::size_t(1) << 18) const;

private:
    void add(std::string_view text, Guess& counts, std::size_t& spanish, std::size_t& english) const;
    static void finish(Guess& guess, std::size_t spanish, std::size_t english);

    StopWordList m_spanish;
    StopWordList m_english;
};

} // namespace lengua
