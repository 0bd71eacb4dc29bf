// The settings of the preprocessing pipeline: each step on or off with its options,
// and the language. Saved as JSON in the workspace and given to the CLI as a step
// list ("clean,nfc,lower,sentences,stopwords,stem"). The order of the steps is
// fixed by Pipeline (see Pipeline.h), not by these settings.
#pragma once

#include "TextCleaner.h"

#include <string>
#include <string_view>
#include <vector>

namespace lengua {

struct PipelineSettings {
    std::string language = "auto"; // "es", "en", or "auto" (guessed from stop words)

    bool clean = true;
    TextCleaner::Options cleanOptions;
    bool nfc = true;
    bool sentences = true;          // off: each document is one sentence
    bool keepPunctuation = false;   // punctuation tokens kept by word segmentation
    bool spell = false;             // Hunspell spelling correction
    bool lemma = false;             // Hunspell dictionary stems
    bool lower = true;              // full case folding
    bool stopWords = false;
    std::vector<std::string> stopWordList; // empty: the default list of the language
    bool accents = false;           // strip accents
    bool stem = false;              // Snowball
    std::vector<std::string> abbreviations; // empty: the default list of the language
    std::string dictionaryDirectory;        // empty: /usr/share/hunspell
    int threads = 2;                        // worker threads of Pipeline::run

    // The step names of the CLI and of the JSON, in pipeline order:
    // clean, nfc, sentences, spell, lemma, lower, stopwords, accents, stem.
    static const std::vector<std::string>& stepNames();
    bool enabled(std::string_view step) const;   // throws Error for an unknown name
    void setEnabled(std::string_view step, bool on);

    // Every step off except those listed (comma-separated, any order, spaces
    // allowed); an unknown step is an Error naming it and listing the known ones.
    static PipelineSettings fromStepList(std::string_view steps, const std::string& language = "auto");
    std::string stepList() const; // the enabled steps, comma-separated, in pipeline order

    // JSON: {"language":..,"steps":{"clean":true,..},"clean":{"html":true,..},
    // "keep_punctuation":..,"stopword_list":[..],"abbreviations":[..],
    // "dictionary_directory":..,"threads":..}. fromJson starts from the defaults,
    // so missing keys keep them; a wrong type or an unknown step is an Error.
    std::string toJson() const;
    static PipelineSettings fromJson(std::string_view json);

    bool operator==(const PipelineSettings&) const = default;
};

} // namespace lengua
