#include "Stemmer.h"

#include "core/Error.h"

#include <libstemmer.h>

#include <utility>

namespace lengua {

Stemmer::Stemmer(const std::string& language) : m_language(language)
{
    std::string algorithm = language;
    if (language == "es")
        algorithm = "spanish";
    else if (language == "en")
        algorithm = "english";
    m_stemmer = sb_stemmer_new(algorithm.c_str(), "UTF_8");
    if (!m_stemmer)
        throw Error("Stemmer: Snowball has no stemmer for \"" + language + "\"");
}

Stemmer::Stemmer(Stemmer&& other) noexcept
    : m_language(std::move(other.m_language)), m_stemmer(std::exchange(other.m_stemmer, nullptr))
{
}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept
{
    if (this != &other) {
        if (m_stemmer)
            sb_stemmer_delete(m_stemmer);
        m_language = std::move(other.m_language);
        m_stemmer = std::exchange(other.m_stemmer, nullptr);
    }
    return *this;
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

std::string Stemmer::stem(std::string_view word)
{
    const sb_symbol* result = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                              static_cast<int>(word.size()));
    if (!result) // only when Snowball runs out of memory
        return std::string(word);
    return std::string(reinterpret_cast<const char*>(result),
                       static_cast<std::size_t>(sb_stemmer_length(m_stemmer)));
}

} // namespace lengua
