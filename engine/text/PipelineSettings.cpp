#include "PipelineSettings.h"

#include "core/Error.h"

#include <nlohmann/json.hpp>

namespace lengua {
namespace {

bool* flag(PipelineSettings& settings, std::string_view step)
{
    if (step == "clean")
        return &settings.clean;
    if (step == "nfc")
        return &settings.nfc;
    if (step == "sentences")
        return &settings.sentences;
    if (step == "spell")
        return &settings.spell;
    if (step == "lemma")
        return &settings.lemma;
    if (step == "lower")
        return &settings.lower;
    if (step == "stopwords")
        return &settings.stopWords;
    if (step == "accents")
        return &settings.accents;
    if (step == "stem")
        return &settings.stem;
    return nullptr;
}

std::string knownSteps()
{
    std::string list;
    for (const std::string& name : PipelineSettings::stepNames())
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

[[noreturn]] void unknownStep(std::string_view step)
{
    throw Error("unknown preprocessing step \"" + std::string(step) + "\" (known steps: "
                + knownSteps() + ")");
}

void checkLanguage(const std::string& language)
{
    if (language != "es" && language != "en" && language != "auto")
        throw Error("unknown language \"" + language + "\" for preprocessing (use es, en or auto)");
}

} // namespace

const std::vector<std::string>& PipelineSettings::stepNames()
{
    static const std::vector<std::string> names = {"clean", "nfc",       "sentences", "spell", "lemma",
                                                   "lower", "stopwords", "accents",   "stem"};
    return names;
}

bool PipelineSettings::enabled(std::string_view step) const
{
    const bool* on = flag(const_cast<PipelineSettings&>(*this), step);
    if (!on)
        unknownStep(step);
    return *on;
}

void PipelineSettings::setEnabled(std::string_view step, bool on)
{
    bool* target = flag(*this, step);
    if (!target)
        unknownStep(step);
    *target = on;
}

PipelineSettings PipelineSettings::fromStepList(std::string_view steps, const std::string& language)
{
    checkLanguage(language);
    PipelineSettings settings;
    settings.language = language;
    for (const std::string& name : stepNames())
        settings.setEnabled(name, false);
    std::size_t position = 0;
    while (position <= steps.size()) {
        std::size_t comma = steps.find(',', position);
        if (comma == std::string_view::npos)
            comma = steps.size();
        std::string_view step = steps.substr(position, comma - position);
        while (!step.empty() && step.front() == ' ')
            step.remove_prefix(1);
        while (!step.empty() && step.back() == ' ')
            step.remove_suffix(1);
        if (!step.empty())
            settings.setEnabled(step, true);
        position = comma + 1;
    }
    return settings;
}

std::string PipelineSettings::stepList() const
{
    std::string list;
    for (const std::string& name : stepNames())
        if (enabled(name))
            list += (list.empty() ? "" : ",") + name;
    return list;
}

std::string PipelineSettings::toJson() const
{
    nlohmann::json steps = nlohmann::json::object();
    for (const std::string& name : stepNames())
        steps[name] = enabled(name);
    const nlohmann::json json = {
        {"language", language},
        {"steps", steps},
        {"clean",
         {{"html", cleanOptions.html},
          {"markdown", cleanOptions.markdown},
          {"urls", cleanOptions.urls},
          {"emails", cleanOptions.emails},
          {"controls", cleanOptions.controls},
          {"symbols", cleanOptions.symbols}}},
        {"keep_punctuation", keepPunctuation},
        {"stopword_list", stopWordList},
        {"abbreviations", abbreviations},
        {"dictionary_directory", dictionaryDirectory},
        {"threads", threads},
    };
    return json.dump();
}

PipelineSettings PipelineSettings::fromJson(std::string_view text)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("preprocessing settings: not valid JSON (") + e.what() + ")");
    }
    if (!json.is_object())
        throw Error("preprocessing settings: expected a JSON object");
    PipelineSettings settings;
    try {
        if (json.contains("language")) {
            settings.language = json.at("language").get<std::string>();
            checkLanguage(settings.language);
        }
        if (json.contains("steps")) {
            for (const auto& [name, on] : json.at("steps").items())
                settings.setEnabled(name, on.get<bool>());
        }
        if (json.contains("clean")) {
            const auto& clean = json.at("clean");
            auto read = [&](const char* key, bool& target) {
                if (clean.contains(key))
                    target = clean.at(key).get<bool>();
            };
            read("html", settings.cleanOptions.html);
            read("markdown", settings.cleanOptions.markdown);
            read("urls", settings.cleanOptions.urls);
            read("emails", settings.cleanOptions.emails);
            read("controls", settings.cleanOptions.controls);
            read("symbols", settings.cleanOptions.symbols);
        }
        if (json.contains("keep_punctuation"))
            settings.keepPunctuation = json.at("keep_punctuation").get<bool>();
        if (json.contains("stopword_list"))
            settings.stopWordList = json.at("stopword_list").get<std::vector<std::string>>();
        if (json.contains("abbreviations"))
            settings.abbreviations = json.at("abbreviations").get<std::vector<std::string>>();
        if (json.contains("dictionary_directory"))
            settings.dictionaryDirectory = json.at("dictionary_directory").get<std::string>();
        if (json.contains("threads"))
            settings.threads = json.at("threads").get<int>();
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("preprocessing settings: ") + e.what());
    }
    if (settings.threads < 1)
        throw Error("preprocessing settings: threads must be at least 1");
    return settings;
}

} // namespace lengua
