#include "ProcessedCorpus.h"

namespace lengua {

std::uint64_t ProcessedCorpus::sentenceCount() const
{
    std::uint64_t count = 0;
    for (const Document& document : documents)
        count += document.sentences.size();
    return count;
}

std::uint64_t ProcessedCorpus::tokenCount() const
{
    std::uint64_t count = 0;
    for (const Document& document : documents)
        for (const auto& sentence : document.sentences)
            count += sentence.size();
    return count;
}

} // namespace lengua
