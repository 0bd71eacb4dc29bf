// Tokenizer files; see TokenizerFile.h. The tokenizer.json layout follows the serialisation
// of Hugging Face tokenizers 0.13-0.20 (tokenizers/src/tokenizer/serialization.rs and the
// serde forms of each model, normalizer, pre-tokenizer and decoder).
#include "TokenizerFile.h"

#include "BpeFiles.h"
#include "ByteLevelBpe.h"
#include "CharTokenizer.h"
#include "WordLevelTokenizer.h"

#include "core/Error.h"
#include "core/TextFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

namespace lengua {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr std::string_view charPattern = "(?s).";



// nlohmann's messages start with "[json.exception.parse_error.101] "; people need the rest.
std::string plainMessage(const std::exception& e)
{
    std::string message = e.what();
    if (message.starts_with("[json.exception.")) {
        if (const auto end = message.find("] "); end != std::string::npos)
            message.erase(0, end + 2);
    }
    return message;
}

// A UTF-8 byte order mark, which some editors put at the start of JSON and text files.
std::string_view withoutBom(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text;
}

json parseText(std::string_view text, const std::string& name)
{
    text = withoutBom(text);
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const bool truncated = plainMessage(e).find("end of input") != std::string::npos;
        throw Error(name + ": is not valid JSON" + (truncated ? " (it ends too early: truncated?)" : "") +
                    ": " + plainMessage(e));
    }
}

std::string quoteToken(std::string_view token)
{
    return json(std::string(token)).dump(-1, ' ', false, json::error_handler_t::replace);
}

// The type of a component ("model", "normalizer"...), or "" when it is null or absent.
std::string typeOf(const json& root, const char* component, const std::string& name)
{
    const auto it = root.find(component);
    if (it == root.end() || it->is_null())
        return {};
    if (!it->is_object())
        throw Error(name + ": \"" + component + "\" should be an object or null, not " + it->type_name());
    const auto type = it->find("type");
    if (type == it->end())
        return "?";
    if (!type->is_string())
        throw Error(name + ": \"" + component + ".type\" should be a string");
    return type->get<std::string>();
}

template <typename T>
T valueOr(const json& object, const char* key, T fallback, const std::string& name, const char* where)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throw Error(name + ": \"" + where + "." + key + "\" has the wrong type (" + it->type_name() + ")");
    }
}

// Builds the vocabulary from model.vocab (token -> id) and added_tokens; ids must be dense
// and each given once.
Vocabulary readVocabulary(const json& root, const json& model, const std::string& name)
{
    const auto vocab = model.find("vocab");
    if (vocab == model.end() || !vocab->is_object())
        throw Error(name + ": \"model.vocab\" is missing or is not an object of token -> id");
    std::vector<std::pair<std::string, TokenId>> entries;
    entries.reserve(vocab->size());
    for (const auto& [token, value] : vocab->items()) {
        if (!value.is_number_integer())
            throw Error(name + ": the id of " + quoteToken(token) + " is " + value.dump() +
                        ", not a whole number");
        const auto id = value.get<std::int64_t>();
        if (id < 0 || id > std::int64_t(std::numeric_limits<TokenId>::max()))
            throw Error(name + ": the id of " + quoteToken(token) + " is " + std::to_string(id) +
                        ", outside the possible range");
        entries.emplace_back(token, TokenId(id));
    }
    std::vector<std::pair<std::string, TokenId>> added; // special tokens among them
    std::vector<std::string> specials;
    if (const auto list = root.find("added_tokens"); list != root.end() && !list->is_null()) {
        if (!list->is_array())
            throw Error(name + ": \"added_tokens\" should be an array");
        for (const auto& entry : *list) {
            const auto id = entry.find("id");
            const auto content = entry.find("content");
            if (!entry.is_object() || id == entry.end() || content == entry.end() ||
                !id->is_number_integer() || !content->is_string() || id->get<std::int64_t>() < 0)
                throw Error(name + ": an entry of \"added_tokens\" lacks a whole-number \"id\" or a "
                            "\"content\" string: " + entry.dump());
            added.emplace_back(content->get<std::string>(), TokenId(id->get<std::int64_t>()));
            if (entry.value("special", false))
                specials.push_back(content->get<std::string>());
        }
    }
    // Every id must be below the number of entries, or some id below it has no token.
    const std::size_t total = entries.size() + added.size();
    std::vector<std::optional<std::string>> byId(total);
    std::size_t highest = 0;
    const auto place = [&](const std::string& token, TokenId id, bool isAdded) {
        if (std::size_t(id) >= total) // checked first: a huge id must not allocate a huge table
            throw Error(name + ": the ids are not dense: " + quoteToken(token) + " has id " +
                        std::to_string(id) + " but the file lists only " + std::to_string(total) + " tokens");
        highest = std::max(highest, std::size_t(id));
        auto& slot = byId[std::size_t(id)];
        if (slot && *slot != token)
            throw Error(name + ": id " + std::to_string(id) + " is given to both " + quoteToken(*slot) +
                        " and " + quoteToken(token) + (isAdded ? " (in added_tokens)" : ""));
        slot = token;
    };
    for (const auto& [token, id] : entries)
        place(token, id, false);
    for (const auto& [token, id] : added)
        place(token, id, true);
    if (byId.size() > highest + 1)
        byId.resize(highest + 1);
    if (entries.empty() && added.empty())
        throw Error(name + ": the vocabulary is empty");
    Vocabulary vocabulary;
    for (std::size_t id = 0; id < byId.size(); ++id) {
        if (!byId[id])
            throw Error(name + ": the ids are not dense: no token has id " + std::to_string(id) +
                        " though ids go up to " + std::to_string(highest));
        const TokenId given = vocabulary.add(*byId[id]);
        if (std::size_t(given) != id)
            throw Error(name + ": the token " + quoteToken(*byId[id]) + " has two ids, " +
                        std::to_string(given) + " and " + std::to_string(id));
    }
    for (const auto& token : specials)
        vocabulary.add(token, true);
    return vocabulary;
}

std::unique_ptr<Tokenizer> readWordPiece(const json& root, const json& model, const std::string& name)
{
    WordPieceOptions options;
    options.unknownToken = valueOr<std::string>(model, "unk_token", "[UNK]", name, "model");
    options.continuingPrefix = valueOr<std::string>(model, "continuing_subword_prefix", "##", name, "model");
    options.maxInputCharsPerWord =
        valueOr<std::size_t>(model, "max_input_chars_per_word", 100, name, "model");
    const std::string normalizer = typeOf(root, "normalizer", name);
    if (normalizer == "BertNormalizer") {
        const json& n = root["normalizer"];
        BertNormalization& b = options.normalization;
        b.cleanText = valueOr<bool>(n, "clean_text", true, name, "normalizer");
        b.handleChineseChars = valueOr<bool>(n, "handle_chinese_chars", true, name, "normalizer");
        b.lowercase = valueOr<bool>(n, "lowercase", true, name, "normalizer");
        b.stripAccents = valueOr<bool>(n, "strip_accents", b.lowercase, name, "normalizer");
    } else if (normalizer.empty()) {
        options.normalization = BertNormalization{false, false, false, false};
    } else {
        throw Error(name + ": the normalizer \"" + normalizer + "\" is not supported with a WordPiece "
                    "model (Lengua reads BertNormalizer or none)");
    }
    const std::string preTokenizer = typeOf(root, "pre_tokenizer", name);
    if (preTokenizer != "BertPreTokenizer")
        throw Error(name + ": the pre_tokenizer \"" + preTokenizer + "\" is not supported with a WordPiece "
                    "model (Lengua reads BertPreTokenizer)");
    Vocabulary vocabulary = readVocabulary(root, model, name);
    for (const auto& token : WordPiece::defaultSpecialTokens()) {
        // Files that list no added_tokens still mean BERT's specials to be special.
        if (root.find("added_tokens") == root.end() && vocabulary.find(token))
            vocabulary.add(token, true);
    }
    try {
        return std::make_unique<WordPiece>(std::move(vocabulary), options);
    } catch (const Error& e) {
        throw Error(name + ": " + e.what());
    }
}

std::unique_ptr<Tokenizer> readBpe(const json& root, const json& model, const std::string& name)
{
    for (const char* key : {"continuing_subword_prefix", "end_of_word_suffix"}) {
        if (!valueOr<std::string>(model, key, "", name, "model").empty())
            throw Error(name + ": a BPE model with \"" + key + "\" is not supported (Lengua reads "
                        "GPT-2 style byte-level BPE)");
    }
    if (valueOr<bool>(model, "byte_fallback", false, name, "model"))
        throw Error(name + ": a BPE model with byte_fallback is not supported (Lengua reads GPT-2 "
                    "style byte-level BPE)");
    const std::string normalizer = typeOf(root, "normalizer", name);
    if (!normalizer.empty())
        throw Error(name + ": the normalizer \"" + normalizer + "\" is not supported with a BPE model "
                    "(GPT-2 style byte-level BPE has none)");
    const std::string preTokenizer = typeOf(root, "pre_tokenizer", name);
    if (preTokenizer != "ByteLevel")
        throw Error(name + ": the pre_tokenizer \"" + preTokenizer + "\" is not supported with a BPE "
                    "model (Lengua reads GPT-2's ByteLevel)");
    const json& byteLevel = root["pre_tokenizer"];
    if (valueOr<bool>(byteLevel, "add_prefix_space", false, name, "pre_tokenizer"))
        throw Error(name + ": ByteLevel with add_prefix_space is not supported (GPT-2 adds no space)");
    if (!valueOr<bool>(byteLevel, "use_regex", true, name, "pre_tokenizer"))
        throw Error(name + ": ByteLevel without GPT-2's pattern (use_regex false) is not supported");

    Vocabulary vocabulary = readVocabulary(root, model, name);
    const auto list = model.find("merges");
    if (list == model.end() || !list->is_array())
        throw Error(name + ": \"model.merges\" is missing or is not an array");
    std::vector<ByteLevelBpe::Merge> merges;
    merges.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& entry = (*list)[i];
        const std::string where = name + ": merge " + std::to_string(i + 1) + " (" +
                                  entry.dump(-1, ' ', false, json::error_handler_t::replace) + ")";
        ByteLevelBpe::Merge merge;
        if (entry.is_string()) {
            const auto text = entry.get<std::string>();
            const auto space = text.find(' ');
            if (space == std::string::npos || space == 0 || space + 1 == text.size() ||
                text.find(' ', space + 1) != std::string::npos)
                throw Error(where + " is not two tokens separated by one space");
            merge = {text.substr(0, space), text.substr(space + 1)};
        } else if (entry.is_array() && entry.size() == 2 && entry[0].is_string() && entry[1].is_string()) {
            merge = {entry[0].get<std::string>(), entry[1].get<std::string>()};
        } else {
            throw Error(where + " is neither \"a b\" nor [\"a\", \"b\"]");
        }
        for (const std::string* token : {&merge.first, &merge.second}) {
            if (!vocabulary.find(*token))
                throw Error(where + " names " + quoteToken(*token) + ", which is not in the vocabulary");
        }
        if (!vocabulary.find(merge.first + merge.second))
            throw Error(where + " makes " + quoteToken(merge.first + merge.second) +
                        ", which is not in the vocabulary");
        merges.push_back(std::move(merge));
    }
    try {
        return std::make_unique<ByteLevelBpe>(std::move(vocabulary), std::move(merges));
    } catch (const Error& e) {
        throw Error(name + ": " + e.what());
    }
}

std::unique_ptr<Tokenizer> readWordLevel(const json& root, const json& model, const std::string& name)
{
    const auto unknown = valueOr<std::string>(model, "unk_token", "[UNK]", name, "model");
    const std::string normalizer = typeOf(root, "normalizer", name);
    const std::string preTokenizer = typeOf(root, "pre_tokenizer", name);
    Vocabulary vocabulary = readVocabulary(root, model, name);
    try {
        if (preTokenizer == "LenguaWordScanner") {
            if (!normalizer.empty() && normalizer != "Lowercase")
                throw Error("the normalizer \"" + normalizer + "\" is not supported with Lengua's word "
                            "tokenizer (Lowercase or none)");
            return std::make_unique<WordLevelTokenizer>(std::move(vocabulary), normalizer == "Lowercase",
                                                        unknown);
        }
        const json* pattern = nullptr;
        if (preTokenizer == "Split") {
            const json& split = root["pre_tokenizer"];
            if (const auto it = split.find("pattern"); it != split.end() && it->is_object())
                if (const auto regex = it->find("Regex"); regex != it->end() && regex->is_string())
                    pattern = &*regex;
        }
        if (pattern && pattern->get<std::string>() == charPattern) {
            if (!normalizer.empty())
                throw Error("the normalizer \"" + normalizer + "\" is not supported with Lengua's "
                            "character tokenizer (it has none)");
            return std::make_unique<CharTokenizer>(std::move(vocabulary), unknown);
        }
        throw Error("the pre_tokenizer \"" + preTokenizer + "\" is not supported with a WordLevel model "
                    "(Lengua reads its own word and character layouts)");
    } catch (const Error& e) {
        throw Error(name + ": " + e.what());
    }
}

std::unique_ptr<Tokenizer> fromJson(const json& root, const std::string& name)
{
    if (!root.is_object())
        throw Error(name + ": should be a JSON object, not " + std::string(root.type_name()));
    const auto model = root.find("model");
    if (model == root.end() || !model->is_object())
        throw Error(name + ": has no \"model\" object (is it a tokenizer.json?)");
    std::string type = typeOf(root, "model", name);
    if (type == "?") { // files of old versions have no type: tell them by their fields
        if (model->contains("merges"))
            type = "BPE";
        else if (model->contains("continuing_subword_prefix") || model->contains("max_input_chars_per_word"))
            type = "WordPiece";
        else
            type = "WordLevel";
    }
    try {
        if (type == "WordPiece")
            return readWordPiece(root, *model, name);
        if (type == "BPE")
            return readBpe(root, *model, name);
        if (type == "WordLevel")
            return readWordLevel(root, *model, name);
    } catch (const json::exception& e) { // a field of an unexpected type somewhere deeper
        throw Error(name + ": unexpected layout: " + plainMessage(e));
    }
    throw Error(name + ": the model type \"" + type + "\" is not supported (Lengua reads WordPiece, BPE "
                "and WordLevel)");
}

ordered_json addedTokens(const Vocabulary& vocabulary)
{
    ordered_json list = ordered_json::array();
    for (std::size_t id = 0; id < vocabulary.size(); ++id) {
        if (!vocabulary.isSpecial(TokenId(id)))
            continue;
        list.push_back({{"id", id}, {"content", vocabulary.token(TokenId(id))}, {"single_word", false},
                        {"lstrip", false}, {"rstrip", false}, {"normalized", false}, {"special", true}});
    }
    return list;
}

ordered_json vocabMap(const Vocabulary& vocabulary)
{
    ordered_json map = ordered_json::object();
    for (std::size_t id = 0; id < vocabulary.size(); ++id)
        map[vocabulary.token(TokenId(id))] = id;
    return map;
}

ordered_json bertTemplate(const Vocabulary& vocabulary)
{
    const auto cls = vocabulary.find("[CLS]");
    const auto sep = vocabulary.find("[SEP]");
    if (!cls || !sep)
        return nullptr;
    const auto special = [](const char* id, int typeId) {
        return ordered_json{{"SpecialToken", {{"id", id}, {"type_id", typeId}}}};
    };
    const auto sequence = [](const char* id, int typeId) {
        return ordered_json{{"Sequence", {{"id", id}, {"type_id", typeId}}}};
    };
    ordered_json result;
    result["type"] = "TemplateProcessing";
    result["single"] = {special("[CLS]", 0), sequence("A", 0), special("[SEP]", 0)};
    result["pair"] = {special("[CLS]", 0), sequence("A", 0), special("[SEP]", 0), sequence("B", 1),
                      special("[SEP]", 1)};
    result["special_tokens"] = {
        {"[CLS]", {{"id", "[CLS]"}, {"ids", {*cls}}, {"tokens", {"[CLS]"}}}},
        {"[SEP]", {{"id", "[SEP]"}, {"ids", {*sep}}, {"tokens", {"[SEP]"}}}},
    };
    return result;
}

ordered_json byteLevel(bool prefixSpace)
{
    return {{"type", "ByteLevel"}, {"add_prefix_space", prefixSpace}, {"trim_offsets", true},
            {"use_regex", true}};
}

ordered_json toJsonObject(const Tokenizer& tokenizer)
{
    const Vocabulary& vocabulary = tokenizer.vocabulary();
    ordered_json root;
    root["version"] = "1.0";
    root["truncation"] = nullptr;
    root["padding"] = nullptr;
    root["added_tokens"] = addedTokens(vocabulary);
    ordered_json model;
    if (const auto* wordPiece = dynamic_cast<const WordPiece*>(&tokenizer)) {
        const WordPieceOptions& options = wordPiece->options();
        const BertNormalization& n = options.normalization;
        root["normalizer"] = {{"type", "BertNormalizer"}, {"clean_text", n.cleanText},
                              {"handle_chinese_chars", n.handleChineseChars},
                              {"strip_accents", n.stripAccents}, {"lowercase", n.lowercase}};
        root["pre_tokenizer"] = {{"type", "BertPreTokenizer"}};
        root["post_processor"] = bertTemplate(vocabulary);
        root["decoder"] = {{"type", "WordPiece"}, {"prefix", options.continuingPrefix}, {"cleanup", true}};
        model["type"] = "WordPiece";
        model["unk_token"] = options.unknownToken;
        model["continuing_subword_prefix"] = options.continuingPrefix;
        model["max_input_chars_per_word"] = options.maxInputCharsPerWord;
        model["vocab"] = vocabMap(vocabulary);
    } else if (const auto* bpe = dynamic_cast<const ByteLevelBpe*>(&tokenizer)) {
        root["normalizer"] = nullptr;
        root["pre_tokenizer"] = byteLevel(false);
        root["post_processor"] = byteLevel(false);
        root["decoder"] = byteLevel(false);
        model["type"] = "BPE";
        model["dropout"] = nullptr;
        model["unk_token"] = nullptr;
        model["continuing_subword_prefix"] = nullptr;
        model["end_of_word_suffix"] = nullptr;
        model["fuse_unk"] = false;
        model["byte_fallback"] = false;
        model["vocab"] = vocabMap(vocabulary);
        ordered_json merges = ordered_json::array();
        for (const auto& [left, right] : bpe->merges()) {
            if (left.find(' ') != std::string::npos || right.find(' ') != std::string::npos)
                merges.push_back({left, right}); // a space inside a token: only the array form is exact
            else
                merges.push_back(left + " " + right);
        }
        model["merges"] = std::move(merges);
    } else if (const auto* word = dynamic_cast<const WordLevelTokenizer*>(&tokenizer)) {
        root["normalizer"] = word->lowercase() ? ordered_json{{"type", "Lowercase"}} : ordered_json();
        root["pre_tokenizer"] = {{"type", "LenguaWordScanner"}};
        root["post_processor"] = nullptr;
        root["decoder"] = nullptr;
        model["type"] = "WordLevel";
        model["vocab"] = vocabMap(vocabulary);
        model["unk_token"] = word->unknownToken();
    } else if (const auto* chars = dynamic_cast<const CharTokenizer*>(&tokenizer)) {
        root["normalizer"] = nullptr;
        root["pre_tokenizer"] = {{"type", "Split"}, {"pattern", {{"Regex", charPattern}}},
                                 {"behavior", "Isolated"}, {"invert", false}};
        root["post_processor"] = nullptr;
        root["decoder"] = {{"type", "Fuse"}};
        model["type"] = "WordLevel";
        model["vocab"] = vocabMap(vocabulary);
        model["unk_token"] = chars->unknownToken();
    } else {
        throw Error("TokenizerFile::toJson(): a \"" + tokenizer.kind() + "\" tokenizer has no tokenizer.json form");
    }
    root["model"] = std::move(model);
    return root;
}

bool isFile(const fs::path& path)
{
    std::error_code error;
    return fs::is_regular_file(path, error);
}

WordPieceOptions bertOptions(bool lowercase)
{
    WordPieceOptions options;
    options.normalization.lowercase = lowercase;
    options.normalization.stripAccents = lowercase;
    return options;
}

} // namespace

std::unique_ptr<Tokenizer> TokenizerFile::parseJson(std::string_view text, const std::string& name)
{
    return fromJson(parseText(text, name), name);
}

std::unique_ptr<Tokenizer> TokenizerFile::readJson(const fs::path& path)
{
    return parseJson(TextFile::read(path), path.string());
}

std::string TokenizerFile::toJson(const Tokenizer& tokenizer)
{
    try {
        return toJsonObject(tokenizer).dump(2) + "\n";
    } catch (const ordered_json::type_error& e) { // a token that is not valid UTF-8
        throw Error("TokenizerFile::toJson(): " + plainMessage(e));
    }
}

void TokenizerFile::writeJson(const Tokenizer& tokenizer, const fs::path& path)
{
    TextFile::write(path, toJson(tokenizer));
}

WordPiece TokenizerFile::parseVocabTxt(std::string_view text, const WordPieceOptions& options,
                                       const std::string& name)
{
    text = withoutBom(text);
    Vocabulary vocabulary;
    std::size_t line = 0;
    for (std::size_t position = 0; position < text.size(); ++line) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view token = text.substr(position, end - position);
        position = end + 1;
        if (token.ends_with('\r'))
            token.remove_suffix(1);
        if (token.empty())
            throw Error(name + ": line " + std::to_string(line + 1) + " is empty (every line is a token)");
        if (const auto first = vocabulary.find(token))
            throw Error(name + ": line " + std::to_string(line + 1) + " repeats the token " + quoteToken(token) +
                        " of line " + std::to_string(*first + 1));
        vocabulary.add(std::string(token));
    }
    if (vocabulary.size() == 0)
        throw Error(name + ": has no tokens");
    for (const auto& token : WordPiece::defaultSpecialTokens())
        if (vocabulary.find(token))
            vocabulary.add(token, true);
    if (!vocabulary.find(options.unknownToken))
        throw Error(name + ": has no " + options.unknownToken + " token, which WordPiece needs");
    return WordPiece(std::move(vocabulary), options);
}

WordPiece TokenizerFile::readVocabTxt(const fs::path& path, const WordPieceOptions& options)
{
    return parseVocabTxt(TextFile::read(path), options, path.string());
}

WordPiece TokenizerFile::readVocabTxt(const fs::path& path)
{
    const std::string text = TextFile::read(path);
    std::optional<bool> lowercase;
    const fs::path config = path.parent_path() / "tokenizer_config.json";
    if (isFile(config)) {
        const json settings = parseText(TextFile::read(config), config.string());
        if (settings.is_object()) {
            if (const auto it = settings.find("do_lower_case"); it != settings.end() && it->is_boolean())
                lowercase = it->get<bool>();
        }
    }
    if (!lowercase) {
        // An uncased BERT vocabulary has no capital letters outside its [SPECIAL] tokens.
        bool capitals = false;
        std::size_t position = 0;
        while (!capitals && position < text.size()) {
            std::size_t end = text.find('\n', position);
            if (end == std::string::npos)
                end = text.size();
            const std::string_view token(text.data() + position, end - position);
            const bool bracketed = token.starts_with('[') && (token.ends_with(']') || token.ends_with("]\r"));
            capitals = !bracketed && std::any_of(token.begin(), token.end(),
                                                 [](char c) { return c >= 'A' && c <= 'Z'; });
            position = end + 1;
        }
        lowercase = !capitals;
    }
    return parseVocabTxt(text, bertOptions(*lowercase), path.string());
}

void TokenizerFile::writeVocabTxt(const Vocabulary& vocabulary, const fs::path& path)
{
    std::string text;
    for (std::size_t id = 0; id < vocabulary.size(); ++id) {
        const std::string& token = vocabulary.token(TokenId(id));
        if (token.empty() || token.find_first_of("\r\n") != std::string::npos)
            throw Error(path.string() + ": token " + std::to_string(id) + " (" + quoteToken(token) +
                        ") is empty or holds a line break, which vocab.txt cannot store");
        text += token;
        text += '\n';
    }
    TextFile::write(path, text);
}

std::unique_ptr<Tokenizer> TokenizerFile::load(const fs::path& path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        throw Error(path.string() + ": no such file or folder");
    if (fs::is_directory(path, error)) {
        if (isFile(path / "tokenizer.json"))
            return readJson(path / "tokenizer.json");
        if (isFile(path / "vocab.json") && isFile(path / "merges.txt"))
            return std::make_unique<ByteLevelBpe>(BpeFiles::read(path / "vocab.json", path / "merges.txt"));
        if (isFile(path / "vocab.txt"))
            return std::make_unique<WordPiece>(readVocabTxt(path / "vocab.txt"));
        throw Error(path.string() + ": the folder has no tokenizer.json, vocab.json + merges.txt or vocab.txt");
    }
    const fs::path folder = path.parent_path();
    if (path.filename() == "merges.txt") {
        if (!isFile(folder / "vocab.json"))
            throw Error(path.string() + ": merges.txt needs the vocab.json beside it, which is missing");
        return std::make_unique<ByteLevelBpe>(BpeFiles::read(folder / "vocab.json", path));
    }
    const std::string text = TextFile::read(path);
    const std::string_view content = withoutBom(text);
    const auto first = content.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && content[first] == '{') {
        const json root = parseText(text, path.string());
        if (root.is_object() && root.contains("model"))
            return fromJson(root, path.string());
        // A vocab.json of GPT-2's layout: token -> id, with merges.txt beside it.
        if (!isFile(folder / "merges.txt"))
            throw Error(path.string() + ": is neither a tokenizer.json (it has no \"model\") nor a vocab.json "
                        "with merges.txt beside it");
        return std::make_unique<ByteLevelBpe>(BpeFiles::read(path, folder / "merges.txt"));
    }
    return std::make_unique<WordPiece>(readVocabTxt(path));
}

} // namespace lengua
