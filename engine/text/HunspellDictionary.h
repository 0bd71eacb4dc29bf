// A Hunspell dictionary (es_ES, en_US from Debian's hunspell-es / hunspell-en-us):
// spelling, suggestions and dictionary stems, used by the pipeline for spelling
// correction and lemmatisation. Hunspell objects are not thread-safe: give each
// thread its own dictionary. Only UTF-8 dictionaries are accepted.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace lengua {

class HunspellDictionary {
public:
    // Loads path.aff and path.dic. Throws Error naming the missing file, or the
    // dictionary when it is not UTF-8.
    HunspellDictionary(const std::filesystem::path& affPath, const std::filesystem::path& dicPath);
    HunspellDictionary(HunspellDictionary&&) noexcept;
    HunspellDictionary& operator=(HunspellDictionary&&) noexcept;
    ~HunspellDictionary();

    // "es" -> es_ES, "en" -> en_US (any other name is taken as the file name, "es_MX").
    static std::string dictionaryName(const std::string& language);
    static std::filesystem::path defaultDirectory(); // /usr/share/hunspell
    // Loads <directory>/<dictionaryName(language)>.{aff,dic}.
    static HunspellDictionary forLanguage(const std::string& language,
                                          const std::filesystem::path& directory = defaultDirectory());

    bool spell(std::string_view word);
    std::vector<std::string> suggest(std::string_view word);
    std::vector<std::string> stems(std::string_view word);

    // The first morphological stem Hunspell gives ("canciones" -> "canción",
    // "llegó" -> "llegar"), or the word itself when it has none.
    std::string lemma(std::string_view word);
    // The word when Hunspell accepts it; otherwise the first suggestion that differs
    // only in accents or case ("cancion" -> "canción", "corazon" -> "corazón"),
    // else the first suggestion, else the word unchanged.
    std::string correct(std::string_view word);

    const std::filesystem::path& dicPath() const { return m_dicPath; }

private:
    std::filesystem::path m_dicPath;
    std::unique_ptr<Hunspell> m_hunspell;
};

} // namespace lengua
