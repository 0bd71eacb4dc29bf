#include "TokenizerStatistics.h"

#include "core/JobContext.h"
#include "text/WordScanner.h"

#include <algorithm>

namespace lengua {

TokenizerStatistics TokenizerStatistics::compute(const Tokenizer& tokenizer,
                                                 std::span<const std::string_view> texts,
                                                 JobContext& context)
{
    TokenizerStatistics statistics;
    statistics.vocabularySize = tokenizer.vocabulary().size();
    const TokenId unknown = tokenizer.unknownId();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        context.throwIfStopped();
        const std::string_view text = texts[i];
        const Encoding encoding = tokenizer.encode(text);
        ++statistics.documents;
        statistics.bytes += text.size();
        statistics.tokens += encoding.ids.size();
        if (unknown >= 0)
            for (const TokenId id : encoding.ids)
                statistics.unknownTokens += id == unknown ? 1 : 0;
        WordScanner scanner(text);
        while (scanner.next())
            ++statistics.words;
        context.reportProgress(double(i + 1) / double(texts.size()), "measuring");
    }
    return statistics;
}

std::size_t TokenizerStatistics::heldOutCount(std::size_t count)
{
    if (count < 2)
        return 0;
    return std::max<std::size_t>(1, count / 10);
}

std::vector<std::uint64_t> TokenizerStatistics::tokenCounts(const Tokenizer& tokenizer,
                                                            std::span<const std::string_view> texts,
                                                            JobContext& context)
{
    std::vector<std::uint64_t> counts(tokenizer.vocabulary().size(), 0);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        context.throwIfStopped();
        for (const TokenId id : tokenizer.encode(texts[i]).ids)
            if (id >= 0 && std::size_t(id) < counts.size())
                ++counts[std::size_t(id)];
        context.reportProgress(double(i + 1) / double(texts.size()), "counting tokens");
    }
    return counts;
}

} // namespace lengua
