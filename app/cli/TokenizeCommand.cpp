#include "Commands.h"
#include "CorpusInput.h"
#include "JsonOutput.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "tokenize/TokenizerFile.h"

#include <chrono>

namespace {

// The code-point index of every byte offset, so offsets come out as character
// positions, as Hugging Face tokenizers report them (token spans cover whole
// characters, so only character starts are looked up).
std::vector<std::size_t> characterIndex(const std::string& text)
{
    std::vector<std::size_t> index(text.size() + 1, 0);
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        index[i] = characters;
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++characters;
    }
    index[text.size()] = characters;
    return index;
}

} // namespace

int tokenizeCommand(const Arguments& arguments)
{
    std::set<std::string> options = corpusInputOptions();
    options.insert({"tokenizer", "text"});
    const CommandLine line(arguments, options, {});
    const auto start = std::chrono::steady_clock::now();
    const std::unique_ptr<lengua::Tokenizer> tokenizer
        = lengua::TokenizerFile::load(line.required("tokenizer"));
    if (line.has("text") == line.has("input"))
        throw lengua::Error("give either --text TEXT or --input PATH");

    if (line.has("text")) {
        const std::string text = line.value("text");
        const lengua::Encoding encoding = tokenizer->encode(text);
        const std::vector<std::size_t> index = characterIndex(text);
        nlohmann::json offsets = nlohmann::json::array();
        for (const auto& [begin, end] : encoding.offsets)
            offsets.push_back({index[std::min(begin, text.size())], index[std::min(end, text.size())]});
        printJson({{"ids", encoding.ids}, {"tokens", encoding.tokens}, {"offsets", offsets},
                   {"decoded", tokenizer->decode(encoding.ids)}});
        return 0;
    }

    lengua::JobContext context;
    const lengua::Corpus corpus = readCorpusInput(line, context);
    const auto loaded = std::chrono::steady_clock::now();
    std::uint64_t tokens = 0;
    std::uint64_t bytes = 0;
    for (const auto& document : corpus.documents) {
        tokens += tokenizer->encode(document.text).size();
        bytes += document.text.size();
    }
    const auto end = std::chrono::steady_clock::now();
    const double encodeSeconds = std::chrono::duration<double>(end - loaded).count();
    printJson({
        {"documents", corpus.documents.size()},
        {"tokens", tokens},
        {"bytes", bytes},
        {"bytes_per_token", tokens ? double(bytes) / double(tokens) : 0.0},
        {"seconds", std::chrono::duration<double>(end - start).count()},
        {"encode_seconds", encodeSeconds},
        {"megabytes_per_second", encodeSeconds > 0 ? double(bytes) / encodeSeconds / 1e6 : 0.0},
    });
    return 0;
}
