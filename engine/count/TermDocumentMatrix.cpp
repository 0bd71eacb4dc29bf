#include "TermDocumentMatrix.h"

#include "SparseAssembly.h"
#include "TermVocabulary.h"

#include "core/Error.h"
#include "core/JobContext.h"
#include "core/StringHash.h"

#include <algorithm>

namespace lengua {
namespace {

// Column labels must be distinct: an empty name becomes "document N", a repeated one
// "name (2)", "name (3)"…
std::vector<std::string> uniqueNames(const std::vector<TermDocumentMatrix::Document>& documents)
{
    std::vector<std::string> names;
    names.reserve(documents.size());
    StringSet used;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        std::string base = documents[d].name.empty() ? "document " + std::to_string(d + 1)
                                                     : documents[d].name;
        std::string name = base;
        for (int copy = 2; used.contains(name); ++copy)
            name = base + " (" + std::to_string(copy) + ")";
        used.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

} // namespace

TermMatrix TermDocumentMatrix::build(const std::vector<Document>& documents, std::size_t minCount,
                                     JobContext* context)
{
    if (documents.empty())
        throw Error("there is no document to count words in");
    TermVocabulary::TokenLists lists;
    lists.reserve(documents.size());
    for (const Document& document : documents)
        lists.push_back(&document.tokens);
    std::vector<std::vector<std::uint32_t>> ids;
    TermVocabulary vocabulary = TermVocabulary::build(lists, minCount, 0, ids, context);
    if (vocabulary.size() == 0)
        throw Error("no word is left after the vocabulary cut (minimum count "
                    + std::to_string(minCount) + ")");

    // Each column: its words counted in a scratch array, the distinct ones sorted (far
    // fewer than the tokens); already in CSC order.
    std::vector<SparseAssembly::Entry> entries;
    std::vector<std::uint32_t> scratch(vocabulary.size(), 0);
    std::vector<std::uint32_t> distinct;
    for (std::size_t d = 0; d < ids.size(); ++d) {
        if (context && d % 256 == 0) {
            context->throwIfStopped();
            context->reportProgress(0.3 + 0.6 * double(d) / double(ids.size()), "counting terms");
        }
        for (std::uint32_t id : ids[d]) {
            if (id == TermVocabulary::absent)
                continue;
            if (scratch[id]++ == 0)
                distinct.push_back(id);
        }
        std::sort(distinct.begin(), distinct.end());
        for (std::uint32_t id : distinct) {
            entries.push_back({id, std::uint32_t(d), double(scratch[id])});
            scratch[id] = 0;
        }
        distinct.clear();
        std::vector<std::uint32_t>().swap(ids[d]);
    }
    arma::sp_mat values = SparseAssembly::fromSortedEntries(entries, vocabulary.size(), documents.size());
    if (context)
        context->reportProgress(1.0, "done");
    return TermMatrix(vocabulary.takeWords(), uniqueNames(documents), std::move(values));
}

} // namespace lengua
