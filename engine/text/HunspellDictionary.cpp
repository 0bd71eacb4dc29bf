#include "HunspellDictionary.h"

#include "TextNormalizer.h"
#include "core/Error.h"

#include <hunspell/hunspell.hxx>

#include <system_error>

namespace lengua {

HunspellDictionary::HunspellDictionary(const std::filesystem::path& affPath,
                                       const std::filesystem::path& dicPath)
    : m_dicPath(dicPath)
{
    std::error_code error;
    for (const auto& path : {affPath, dicPath}) {
        if (!std::filesystem::is_regular_file(path, error))
            throw Error(path.string() + ": the Hunspell dictionary file does not exist");
    }
    m_hunspell = std::make_unique<Hunspell>(affPath.string().c_str(), dicPath.string().c_str());
    std::string encoding = m_hunspell->get_dict_encoding();
    for (char& c : encoding)
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (encoding != "UTF-8")
        throw Error(affPath.string() + ": the dictionary is in " + encoding
                    + "; only UTF-8 Hunspell dictionaries are supported");
}

HunspellDictionary::HunspellDictionary(HunspellDictionary&&) noexcept = default;
HunspellDictionary& HunspellDictionary::operator=(HunspellDictionary&&) noexcept = default;
HunspellDictionary::~HunspellDictionary() = default;

std::string HunspellDictionary::dictionaryName(const std::string& language)
{
    if (language == "es")
        return "es_ES";
    if (language == "en")
        return "en_US";
    return language;
}

std::filesystem::path HunspellDictionary::defaultDirectory()
{
    return "/usr/share/hunspell";
}

HunspellDictionary HunspellDictionary::forLanguage(const std::string& language,
                                                   const std::filesystem::path& directory)
{
    const std::string name = dictionaryName(language);
    return HunspellDictionary(directory / (name + ".aff"), directory / (name + ".dic"));
}

bool HunspellDictionary::spell(std::string_view word)
{
    return m_hunspell->spell(std::string(word));
}

std::vector<std::string> HunspellDictionary::suggest(std::string_view word)
{
    return m_hunspell->suggest(std::string(word));
}

std::vector<std::string> HunspellDictionary::stems(std::string_view word)
{
    return m_hunspell->stem(std::string(word));
}

std::string HunspellDictionary::lemma(std::string_view word)
{
    const std::vector<std::string> found = stems(word);
    return found.empty() ? std::string(word) : found.front();
}

std::string HunspellDictionary::correct(std::string_view word)
{
    if (word.empty() || spell(word))
        return std::string(word);
    const std::vector<std::string> suggestions = suggest(word);
    if (suggestions.empty())
        return std::string(word);
    // The lecture's point: most misspellings in Spanish text are missing accents.
    const TextNormalizer normalizer;
    const std::string bare = normalizer.foldCase(normalizer.stripAccents(word));
    for (const std::string& suggestion : suggestions)
        if (normalizer.foldCase(normalizer.stripAccents(suggestion)) == bare)
            return suggestion;
    return suggestions.front();
}

} // namespace lengua
