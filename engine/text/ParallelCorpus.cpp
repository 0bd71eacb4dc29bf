// Id-based alignment of two corpora; see ParallelCorpus.h.
#include "ParallelCorpus.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lengua {

ParallelCorpus alignById(const Corpus& source, const Corpus& target)
{
    ParallelCorpus parallel;
    parallel.sourceName = source.name;
    parallel.targetName = target.name;
    parallel.sourceLanguage = source.language;
    parallel.targetLanguage = target.language;

    std::unordered_map<std::string_view, const Document*> targetById;
    targetById.reserve(target.documents.size());
    for (const Document& document : target.documents)
        targetById.emplace(document.id, &document);

    std::unordered_set<std::string_view> used;
    for (const Document& document : source.documents) {
        const auto match = targetById.find(document.id);
        if (match == targetById.end() || !used.insert(document.id).second)
            continue;
        parallel.ids.push_back(document.id);
        parallel.pairs.emplace_back(document.text, match->second->text);
    }
    return parallel;
}

} // namespace lengua
