// Reading and writing GPT-2's vocab.json + merges.txt; see BpeFiles.h.
#include "BpeFiles.h"

#include "ByteLevelAlphabet.h"
#include "core/Error.h"
#include "core/TextFile.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <unordered_set>

namespace lengua {

namespace {



// nlohmann's messages start with "[json.exception.parse_error.101] "; a person does not
// need that part.
std::string plainMessage(const std::exception& e)
{
    std::string message = e.what();
    if (const auto close = message.find("] "); message.rfind("[json.exception", 0) == 0
                                               && close != std::string::npos)
        message.erase(0, close + 2);
    return message;
}

std::string quotedToken(const std::string& token)
{
    return nlohmann::json(token).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

ByteLevelBpe BpeFiles::parse(std::string_view vocabJson, std::string_view mergesTxt,
                             const std::string& vocabName, const std::string& mergesName)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(vocabJson.begin(), vocabJson.end());
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(vocabName + ": is not valid JSON (truncated or malformed): " + plainMessage(e));
    }
    if (!json.is_object())
        throw Error(vocabName + ": should be a JSON object of token -> id, not a "
                    + std::string(json.type_name()));
    const std::size_t size = json.size();
    if (size == 0)
        throw Error(vocabName + ": has no tokens");
    std::vector<const std::string*> byId(size, nullptr);
    for (const auto& [token, value] : json.items()) {
        if (!value.is_number_integer())
            throw Error(vocabName + ": the id of " + quotedToken(token) + " is " + value.dump()
                        + ", not a whole number");
        const auto id = value.get<std::int64_t>();
        if (id < 0 || std::uint64_t(id) >= size)
            throw Error(vocabName + ": the id of " + quotedToken(token) + " is " + std::to_string(id)
                        + ", but ids must run from 0 to " + std::to_string(size - 1)
                        + " (one per token, no gaps)");
        if (byId[std::size_t(id)])
            throw Error(vocabName + ": id " + std::to_string(id) + " is given to both "
                        + quotedToken(*byId[std::size_t(id)]) + " and " + quotedToken(token));
        byId[std::size_t(id)] = &token;
    }

    std::vector<ByteLevelBpe::Merge> merges;
    std::unordered_set<std::string_view> known;
    for (const std::string* token : byId)
        known.insert(*token);
    std::unordered_set<std::string> results;
    std::size_t lineNumber = 0;
    for (std::size_t begin = 0; begin < mergesTxt.size();) {
        std::size_t end = mergesTxt.find('\n', begin);
        if (end == std::string_view::npos)
            end = mergesTxt.size();
        std::string_view line = mergesTxt.substr(begin, end - begin);
        begin = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || (lineNumber == 1 && line.rfind("#version", 0) == 0))
            continue;
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos || space == 0 || space + 1 == line.size()
            || line.find(' ', space + 1) != std::string_view::npos)
            throw Error(mergesName + ": line " + std::to_string(lineNumber)
                        + " should be two tokens separated by one space, not \""
                        + std::string(line) + "\"");
        ByteLevelBpe::Merge merge{std::string(line.substr(0, space)),
                                  std::string(line.substr(space + 1))};
        for (const std::string* part : {&merge.first, &merge.second})
            if (!known.count(*part))
                throw Error(mergesName + ": line " + std::to_string(lineNumber) + " names "
                            + quotedToken(*part) + ", which is not in " + vocabName);
        std::string result = merge.first + merge.second;
        if (!known.count(result))
            throw Error(mergesName + ": line " + std::to_string(lineNumber) + " makes "
                        + quotedToken(result) + ", which is not in " + vocabName);
        results.insert(std::move(result));
        merges.push_back(std::move(merge));
    }

    Vocabulary vocabulary;
    for (const std::string* token : byId) {
        const bool isByte = ByteLevelAlphabet::decode(*token).value_or(std::string()).size() == 1;
        vocabulary.add(*token, !isByte && !results.count(*token));
    }
    try {
        return ByteLevelBpe(std::move(vocabulary), std::move(merges));
    } catch (const Error& e) {
        throw Error(vocabName + ", " + mergesName + ": " + e.what());
    }
}

ByteLevelBpe BpeFiles::read(const std::filesystem::path& vocabJson,
                            const std::filesystem::path& mergesTxt)
{
    return parse(TextFile::read(vocabJson), TextFile::read(mergesTxt), vocabJson.filename().string(),
                 mergesTxt.filename().string());
}

std::string BpeFiles::vocabularyJson(const ByteLevelBpe& tokenizer)
{
    // Written by hand, one entry per line in id order: nlohmann's object sorts its keys.
    const auto& tokens = tokenizer.vocabulary().tokens();
    std::string out = "{";
    for (std::size_t id = 0; id < tokens.size(); ++id) {
        out += id == 0 ? "\n  " : ",\n  ";
        out += quotedToken(tokens[id]);
        out += ": ";
        out += std::to_string(id);
    }
    out += "\n}\n";
    return out;
}

std::string BpeFiles::mergesText(const ByteLevelBpe& tokenizer)
{
    std::string out = "#version: 0.2\n";
    for (const auto& [left, right] : tokenizer.merges()) {
        out += left;
        out += ' ';
        out += right;
        out += '\n';
    }
    return out;
}

void BpeFiles::write(const ByteLevelBpe& tokenizer, const std::filesystem::path& vocabJson,
                     const std::filesystem::path& mergesTxt)
{
    TextFile::write(vocabJson, vocabularyJson(tokenizer));
    TextFile::write(mergesTxt, mergesText(tokenizer));
}

} // namespace lengua
