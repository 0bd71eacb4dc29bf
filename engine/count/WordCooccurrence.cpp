#include "WordCooccurrence.h"

#include "TermVocabulary.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <cstdint>

namespace lengua {
namespace {

// Rows are filled one word at a time: every occurrence of the word adds each neighbour within
// the window (both sides) to a dense scratch row, whose touched cells are then sorted and
// appended. No hash table, and the scratch row (one double per word) stays in cache. Since
// the matrix is symmetric, row w is also column w, so the result is already in CSC order.
struct CscColumns {
    std::vector<arma::uword> rowIndices;
    std::vector<double> values;
    std::vector<arma::uword> columnPointers;
};

CscColumns countRows(const std::vector<std::uint32_t>& stream, std::size_t vocabulary,
                     const CooccurrenceSettings& settings, JobContext* context)
{
    // Positions of each word, grouped by word (a counting sort of the stream).
    std::vector<std::size_t> start(vocabulary + 1, 0);
    for (std::uint32_t id : stream)
        if (id != TermVocabulary::absent)
            ++start[id + 1];
    for (std::size_t w = 0; w < vocabulary; ++w)
        start[w + 1] += start[w];
    std::vector<std::uint32_t> positions(start[vocabulary]);
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (std::size_t p = 0; p < stream.size(); ++p)
            if (stream[p] != TermVocabulary::absent)
                positions[next[stream[p]]++] = std::uint32_t(p);
    }

    const auto window = std::size_t(settings.window);
    std::vector<double> weightOfDistance(window + 1, 1.0);
    if (settings.distanceWeighting)
        for (std::size_t d = 1; d <= window; ++d)
            weightOfDistance[d] = 1.0 / double(d);

    CscColumns csc;
    csc.columnPointers.assign(vocabulary + 1, 0);
    std::vector<double> scratch(vocabulary, 0.0);
    std::vector<std::uint32_t> touched;
    const std::size_t n = stream.size();
    std::size_t positionsSinceCheck = 0;
    for (std::size_t w = 0; w < vocabulary; ++w) {
        // The first rows are the frequent words, with most of the positions: check by work done.
        positionsSinceCheck += start[w + 1] - start[w];
        if (context && positionsSinceCheck >= 20000) {
            positionsSinceCheck = 0;
            context->throwIfStopped();
            context->reportProgress(0.3 + 0.6 * double(start[w]) / double(positions.size() + 1),
                                    "counting co-occurrences");
        }
        for (std::size_t k = start[w]; k < start[w + 1]; ++k) {
            const std::size_t p = positions[k];
            const std::size_t first = p >= window ? p - window : 0;
            const std::size_t last = std::min(n - 1, p + window);
            for (std::size_t q = first; q <= last; ++q) {
                const std::uint32_t c = stream[q];
                if (q == p || c == TermVocabulary::absent)
                    continue;
                if (scratch[c] == 0.0)
                    touched.push_back(c);
                scratch[c] += weightOfDistance[q > p ? q - p : p - q];
            }
        }
        std::sort(touched.begin(), touched.end());
        for (std::uint32_t c : touched) {
            csc.rowIndices.push_back(c);
            csc.values.push_back(scratch[c]);
            scratch[c] = 0.0;
        }
        touched.clear();
        csc.columnPointers[w + 1] = csc.rowIndices.size();
    }
    return csc;
}

} // namespace

TermMatrix WordCooccurrence::count(const Sentences& sentences, const CooccurrenceSettings& settings,
                                   JobContext* context)
{
    settings.validate();
    TermVocabulary::TokenLists lists;
    lists.reserve(sentences.size());
    for (const auto& sentence : sentences)
        lists.push_back(&sentence);
    std::vector<std::vector<std::uint32_t>> ids;
    TermVocabulary vocabulary =
        TermVocabulary::build(lists, settings.minCount, settings.maxVocabulary, ids, context);
    if (vocabulary.size() == 0)
        throw Error(sentences.empty() ? "there is no sentence to count co-occurrences in"
                                      : "no word is left after the vocabulary cut (minimum count "
                                            + std::to_string(settings.minCount) + ")");

    // One stream of ids; unless the window may cross sentence ends, `window` absent ids
    // between sentences keep it inside each sentence.
    const std::size_t gap = settings.crossSentences ? 0 : std::size_t(settings.window);
    std::size_t length = 0;
    for (const auto& list : ids)
        length += list.size() + gap;
    std::vector<std::uint32_t> stream;
    stream.reserve(length);
    for (auto& list : ids) {
        stream.insert(stream.end(), list.begin(), list.end());
        stream.insert(stream.end(), gap, TermVocabulary::absent);
        std::vector<std::uint32_t>().swap(list);
    }
    const std::size_t size = vocabulary.size();
    CscColumns csc = countRows(stream, size, settings, context);
    if (context) {
        context->throwIfStopped();
        context->reportProgress(0.95, "building the sparse matrix");
    }
    arma::sp_mat values(arma::uvec(csc.rowIndices), arma::uvec(csc.columnPointers),
                        arma::vec(csc.values), size, size);
    std::vector<std::string> words = vocabulary.takeWords();
    if (context)
        context->reportProgress(1.0, "done");
    return TermMatrix(words, words, std::move(values));
}

} // namespace lengua
