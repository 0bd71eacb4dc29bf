// A Snowball stemmer (libstemmer) for Spanish or English: cuts a word to its stem
// by the language's suffix rules ("corriendo" -> "corr", "running" -> "run").
// Snowball expects lowercase input. Not thread-safe: give each thread its own.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace lengua {

class Stemmer {
public:
    // language: "es" or "en" (or a Snowball algorithm name such as "spanish");
    // throws Error naming it when Snowball has no such stemmer.
    explicit Stemmer(const std::string& language);
    Stemmer(Stemmer&& other) noexcept;
    Stemmer& operator=(Stemmer&& other) noexcept;
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;
    ~Stemmer();

    std::string stem(std::string_view word);
    const std::string& language() const { return m_language; }

private:
    std::string m_language;
    sb_stemmer* m_stemmer = nullptr;
};

} // namespace lengua
