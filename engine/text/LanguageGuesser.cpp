#include "LanguageGuesser.h"

#include "Corpus.h"
#include "WordScanner.h"

namespace lengua {

LanguageGuesser::LanguageGuesser()
    : m_spanish(StopWordList::defaults("es")), m_english(StopWordList::defaults("en"))
{
}

LanguageGuesser::LanguageGuesser(StopWordList spanish, StopWordList english)
    : m_spanish(std::move(spanish)), m_english(std::move(english))
{
}

void LanguageGuesser::add(std::string_view text, Guess& counts, std::size_t& spanish,
                          std::size_t& english) const
{
    WordScanner scanner(text);
    std::string folded;
    while (scanner.next()) {
        WordScanner::fold(scanner.word(), folded);
        ++counts.words;
        spanish += m_spanish.contains(folded);
        english += m_english.contains(folded);
    }
}

void LanguageGuesser::finish(Guess& guess, std::size_t spanish, std::size_t english)
{
    if (guess.words > 0) {
        guess.spanish = double(spanish) / double(guess.words);
        guess.english = double(english) / double(guess.words);
    }
    if (spanish > english)
        guess.language = "es";
    else if (english > spanish)
        guess.language = "en";
}

LanguageGuesser::Guess LanguageGuesser::guess(std::string_view text) const
{
    Guess result;
    std::size_t spanish = 0;
    std::size_t english = 0;
    add(text, result, spanish, english);
    finish(result, spanish, english);
    return result;
}

LanguageGuesser::Guess LanguageGuesser::guess(const Corpus& corpus, std::size_t maxBytes) const
{
    Guess result;
    std::size_t spanish = 0;
    std::size_t english = 0;
    std::size_t bytes = 0;
    for (const Document& document : corpus.documents) {
        if (bytes >= maxBytes)
            break;
        add(document.text, result, spanish, english);
        bytes += document.text.size();
    }
    finish(result, spanish, english);
    return result;
}

} // namespace lengua
