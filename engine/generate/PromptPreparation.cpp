// Prompt encoding with the start-token fallback and the [UNK] count.
#include "PromptPreparation.h"

#include "tokenize/Tokenizer.h"

#include <algorithm>

namespace lengua {

std::optional<TokenId> PromptPreparation::startToken(const Tokenizer& tokenizer)
{
    const Vocabulary& vocabulary = tokenizer.vocabulary();
    for (const char* token : {"<|endoftext|>", "<s>", "[BOS]", "<bos>"}) {
        const auto id = vocabulary.find(token);
        if (id && vocabulary.isSpecial(*id))
            return id;
    }
    return std::nullopt;
}

std::optional<TokenId> PromptPreparation::endToken(const Tokenizer& tokenizer)
{
    const Vocabulary& vocabulary = tokenizer.vocabulary();
    for (const char* token : {"<|endoftext|>", "</s>", "[EOS]", "<eos>"}) {
        const auto id = vocabulary.find(token);
        if (id && vocabulary.isSpecial(*id))
            return id;
    }
    return std::nullopt;
}

PreparedPrompt PromptPreparation::prepare(const Tokenizer& tokenizer, std::string_view text)
{
    PreparedPrompt prompt;
    prompt.ids = tokenizer.encode(text).ids;
    const TokenId unknown = tokenizer.unknownId();
    if (unknown >= 0)
        prompt.unknownTokens = std::size_t(std::count(prompt.ids.begin(), prompt.ids.end(), unknown));
    if (prompt.ids.empty()) {
        if (const auto start = startToken(tokenizer)) {
            prompt.ids.push_back(*start);
            prompt.startedFromStartToken = true;
        }
    }
    return prompt;
}

std::size_t PromptPreparation::tokensOutsideWindow(std::size_t contextSize, std::size_t contextLength)
{
    if (contextLength == 0 || contextSize <= contextLength)
        return 0;
    return contextSize - contextLength;
}

} // namespace lengua
