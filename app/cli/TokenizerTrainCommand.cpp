#include "Commands.h"
#include "CorpusInput.h"
#include "JsonOutput.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "tokenize/BpeTrainer.h"
#include "tokenize/CharTrainer.h"
#include "tokenize/TokenizerFile.h"
#include "tokenize/WordLevelTrainer.h"
#include "tokenize/WordPieceTrainer.h"

#include <charconv>
#include <chrono>

namespace {

std::uint64_t positiveNumber(const CommandLine& line, const std::string& name, std::uint64_t fallback)
{
    const std::string text = line.value(name);
    if (text.empty())
        return fallback;
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0)
        throw lengua::Error("--" + name + " must be a positive whole number, not '" + text + "'");
    return value;
}

std::vector<std::string> commaList(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const std::size_t comma = text.find(',', start);
        const std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty())
            items.push_back(item);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return items;
}

} // namespace

int tokenizerTrainCommand(const Arguments& arguments)
{
    std::set<std::string> options = corpusInputOptions();
    options.insert({"method", "vocab-size", "min-frequency", "special-tokens", "output"});
    const CommandLine line(arguments, options, {"lowercase", "cased"});
    const auto start = std::chrono::steady_clock::now();
    const std::string method = line.value("method", "bpe");
    const std::size_t vocabularySize = positiveNumber(line, "vocab-size", 8000);
    const std::string output = line.required("output");
    const bool hasSpecials = line.has("special-tokens");
    const std::vector<std::string> specials = commaList(line.value("special-tokens"));

    lengua::JobContext context;
    const lengua::Corpus corpus = readCorpusInput(line, context);
    std::unique_ptr<lengua::Tokenizer> tokenizer;
    std::size_t merges = 0;
    if (method == "bpe") {
        lengua::BpeTrainer::Options o;
        o.vocabularySize = vocabularySize;
        o.minimumFrequency = positiveNumber(line, "min-frequency", o.minimumFrequency);
        if (hasSpecials)
            o.specialTokens = specials;
        auto bpe = lengua::BpeTrainer(o).train(
            [&](const std::function<void(std::string_view)>& visit) {
                for (const auto& document : corpus.documents)
                    visit(document.text);
            },
            context);
        merges = bpe.merges().size();
        tokenizer = std::make_unique<lengua::ByteLevelBpe>(std::move(bpe));
    } else if (method == "wordpiece") {
        lengua::WordPieceTrainerOptions o;
        o.vocabularySize = vocabularySize;
        o.minimumFrequency = positiveNumber(line, "min-frequency", o.minimumFrequency);
        if (hasSpecials)
            o.specialTokens = specials;
        if (line.has("cased"))
            o.tokenizer.normalization.lowercase = o.tokenizer.normalization.stripAccents = false;
        lengua::WordPieceTrainer trainer(o);
        for (const auto& document : corpus.documents)
            trainer.addText(document.text);
        auto wordPiece = trainer.train(context);
        merges = trainer.merges().size();
        tokenizer = std::make_unique<lengua::WordPiece>(std::move(wordPiece));
    } else if (method == "word") {
        lengua::WordLevelTrainerOptions o;
        o.vocabularySize = vocabularySize;
        o.minimumFrequency = positiveNumber(line, "min-frequency", o.minimumFrequency);
        o.lowercase = line.has("lowercase");
        if (hasSpecials)
            o.specialTokens = specials;
        lengua::WordLevelTrainer trainer(o);
        for (const auto& document : corpus.documents)
            trainer.addText(document.text);
        tokenizer = std::make_unique<lengua::WordLevelTokenizer>(trainer.train(context));
    } else if (method == "char") {
        lengua::CharTrainerOptions o;
        o.vocabularySize = vocabularySize;
        o.minimumFrequency = positiveNumber(line, "min-frequency", o.minimumFrequency);
        if (hasSpecials)
            o.specialTokens = specials;
        lengua::CharTrainer trainer(o);
        for (const auto& document : corpus.documents)
            trainer.addText(document.text);
        tokenizer = std::make_unique<lengua::CharTokenizer>(trainer.train(context));
    } else {
        throw lengua::Error("unknown --method '" + method + "' (bpe, wordpiece, word, char)");
    }
    lengua::TokenizerFile::writeJson(*tokenizer, output);
    printJson({
        {"method", method},
        {"vocab_size", tokenizer->vocabulary().size()},
        {"merges", merges},
        {"output", output},
        {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()},
    });
    return 0;
}
