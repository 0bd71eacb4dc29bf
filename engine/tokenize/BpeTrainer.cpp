// Byte-level BPE training with incremental pair counts; see BpeTrainer.h.
#include "BpeTrainer.h"

#include "ByteLevelAlphabet.h"
#include "Gpt2PreTokenizer.h"
#include "core/Error.h"
#include "core/StringHash.h"
#include "core/JobContext.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <queue>
#include <unordered_map>

namespace lengua {

namespace {

using WordCounts = StringMap<std::int64_t>;

std::uint64_t pack(TokenId a, TokenId b)
{
    return std::uint64_t(std::uint32_t(a)) << 32 | std::uint32_t(b);
}
TokenId leftOf(std::uint64_t key)
{
    return TokenId(key >> 32);
}
TokenId rightOf(std::uint64_t key)
{
    return TokenId(key & 0xFFFFFFFFu);
}

struct PairStats {
    std::int64_t count = 0;
    std::vector<std::int32_t> positions; // left symbol of each occurrence; may hold stale ones
};

struct HeapEntry {
    std::int64_t count;
    std::uint64_t pair;
};

// The symbols of every distinct word, one flat array of linked lists.
struct Symbols {
    std::vector<TokenId> id;        // -1: merged into its left neighbour
    std::vector<std::int32_t> prev; // -1 at the start of a word
    std::vector<std::int32_t> next; // -1 at the end of a word
    std::vector<std::int32_t> word; // which word the position belongs to
    std::vector<std::int64_t> wordCount;
};

} // namespace

BpeTrainer::BpeTrainer(Options options) : m_options(std::move(options)) {}

ByteLevelBpe BpeTrainer::train(std::span<const std::string_view> texts, JobContext& context) const
{
    return train(
        [texts](const std::function<void(std::string_view)>& visit) {
            for (const std::string_view text : texts)
                visit(text);
        },
        context);
}

ByteLevelBpe BpeTrainer::train(const TextSource& texts, JobContext& context) const
{
    const std::size_t alphabetSize = 256 + m_options.specialTokens.size();
    if (m_options.vocabularySize < alphabetSize)
        throw Error("BpeTrainer: a vocabulary of " + std::to_string(m_options.vocabularySize)
                    + " tokens cannot hold the 256 byte symbols and the "
                    + std::to_string(m_options.specialTokens.size())
                    + " special tokens; ask for at least " + std::to_string(alphabetSize));

    // 1. Count the words (pre-tokens) of the corpus.
    context.reportProgress(0.0, "counting words");
    WordCounts counts;
    std::size_t textsSeen = 0;
    texts([&](std::string_view text) {
        if ((++textsSeen & 255) == 0)
            context.throwIfStopped();
        for (std::size_t begin = 0; begin < text.size();) {
            const std::size_t end = Gpt2PreTokenizer::pieceEnd(text, begin);
            const std::string_view word = text.substr(begin, end - begin);
            if (const auto it = counts.find(word); it != counts.end())
                ++it->second;
            else
                counts.emplace(std::string(word), 1);
            begin = end;
        }
    });
    context.throwIfStopped();
    if (counts.empty())
        throw Error("BpeTrainer: the corpus is empty: there is no text to learn merges from");

    // 2. The initial vocabulary and one symbol per byte of every distinct word.
    Vocabulary vocabulary;
    std::vector<std::string> bytesOf; // per id: the bytes it stands for (for the tie rule)
    const auto addToken = [&](std::string token, std::string bytes, bool special) {
        const TokenId id = vocabulary.add(std::move(token), special);
        if (std::size_t(id) == bytesOf.size())
            bytesOf.push_back(std::move(bytes));
        return id;
    };
    for (const std::string& special : m_options.specialTokens)
        addToken(special, special, true);
    std::array<TokenId, 256> byteIds{};
    for (int b = 0; b < 256; ++b)
        byteIds[std::size_t(b)] = addToken(ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(b)),
                                           std::string(1, char(b)), false);

    Symbols symbols;
    std::size_t total = 0;
    for (const auto& [word, count] : counts)
        total += word.size();
    if (total >= std::size_t(INT32_MAX))
        throw Error("BpeTrainer: the corpus has more than 2 GB of distinct words");
    symbols.id.reserve(total);
    symbols.prev.reserve(total);
    symbols.next.reserve(total);
    symbols.word.reserve(total);
    symbols.wordCount.reserve(counts.size());
    for (const auto& [word, count] : counts) {
        const auto wordIndex = std::int32_t(symbols.wordCount.size());
        symbols.wordCount.push_back(count);
        const auto start = std::int32_t(symbols.id.size());
        for (std::size_t i = 0; i < word.size(); ++i) {
            symbols.id.push_back(byteIds[static_cast<unsigned char>(word[i])]);
            symbols.prev.push_back(i == 0 ? -1 : start + std::int32_t(i) - 1);
            symbols.next.push_back(i + 1 == word.size() ? -1 : start + std::int32_t(i) + 1);
            symbols.word.push_back(wordIndex);
        }
    }
    counts = WordCounts();

    // 3. Initial pair counts and positions (positions in increasing order).
    std::unordered_map<std::uint64_t, PairStats> pairs;
    for (std::size_t p = 0; p < symbols.id.size(); ++p) {
        if ((p & 0xFFFF) == 0)
            context.throwIfStopped();
        const std::int32_t q = symbols.next[p];
        if (q < 0)
            continue;
        PairStats& stats = pairs[pack(symbols.id[p], symbols.id[std::size_t(q)])];
        stats.count += symbols.wordCount[std::size_t(symbols.word[p])];
        stats.positions.push_back(std::int32_t(p));
    }

    // The heap: highest count first, then the smallest (left bytes, right bytes).
    const auto lower = [&bytesOf](const HeapEntry& x, const HeapEntry& y) {
        if (x.count != y.count)
            return x.count < y.count;
        const std::string& xl = bytesOf[std::size_t(leftOf(x.pair))];
        const std::string& yl = bytesOf[std::size_t(leftOf(y.pair))];
        if (xl != yl)
            return xl > yl;
        return bytesOf[std::size_t(rightOf(x.pair))] > bytesOf[std::size_t(rightOf(y.pair))];
    };
    std::priority_queue<HeapEntry, std::vector<HeapEntry>, decltype(lower)> heap(lower);
    const auto minimum = std::int64_t(std::max<std::size_t>(m_options.minimumFrequency, 1));
    for (const auto& [pair, stats] : pairs)
        if (stats.count >= minimum)
            heap.push({stats.count, pair});

    // 4. Merge until the vocabulary is full or no pair is frequent enough.
    std::vector<ByteLevelBpe::Merge> merges;
    const std::size_t wanted = m_options.vocabularySize - vocabulary.size();
    std::vector<std::uint64_t> grown; // pairs whose count rose during a merge
    const auto decrease = [&](TokenId a, TokenId b, std::int64_t by) {
        pairs[pack(a, b)].count -= by;
    };
    const auto increase = [&](TokenId a, TokenId b, std::int64_t by, std::int32_t position) {
        const std::uint64_t key = pack(a, b);
        PairStats& stats = pairs[key];
        stats.count += by;
        stats.positions.push_back(position);
        grown.push_back(key);
    };
    while (vocabulary.size() < m_options.vocabularySize && !heap.empty()) {
        context.throwIfStopped();
        const HeapEntry top = heap.top();
        heap.pop();
        const auto found = pairs.find(top.pair);
        const std::int64_t actual = found == pairs.end() ? 0 : found->second.count;
        if (actual != top.count) { // stale: counts only fall, so requeue the true count
            if (actual >= minimum)
                heap.push({actual, top.pair});
            continue;
        }
        if (actual < minimum)
            break;

        const TokenId a = leftOf(top.pair);
        const TokenId b = rightOf(top.pair);
        merges.emplace_back(vocabulary.token(a), vocabulary.token(b));
        const TokenId merged = addToken(vocabulary.token(a) + vocabulary.token(b),
                                        bytesOf[std::size_t(a)] + bytesOf[std::size_t(b)], false);

        PairStats& stats = found->second; // unordered_map references survive rehashing
        std::vector<std::int32_t> positions = std::move(stats.positions);
        stats.positions = {};
        std::sort(positions.begin(), positions.end());
        grown.clear();
        for (const std::int32_t p : positions) {
            const auto up = std::size_t(p);
            if (symbols.id[up] != a)
                continue;
            const std::int32_t q = symbols.next[up];
            if (q < 0 || symbols.id[std::size_t(q)] != b)
                continue;
            const std::int64_t count = symbols.wordCount[std::size_t(symbols.word[up])];
            const std::int32_t l = symbols.prev[up];
            const std::int32_t r = symbols.next[std::size_t(q)];
            if (l >= 0)
                decrease(symbols.id[std::size_t(l)], a, count);
            if (r >= 0)
                decrease(b, symbols.id[std::size_t(r)], count);
            stats.count -= count;
            symbols.id[up] = merged;
            symbols.id[std::size_t(q)] = -1;
            symbols.next[up] = r;
            if (r >= 0)
                symbols.prev[std::size_t(r)] = p;
            if (l >= 0)
                increase(symbols.id[std::size_t(l)], merged, count, l);
            if (r >= 0)
                increase(merged, symbols.id[std::size_t(r)], count, p);
        }
        pairs.erase(top.pair);
        std::sort(grown.begin(), grown.end());
        grown.erase(std::unique(grown.begin(), grown.end()), grown.end());
        for (const std::uint64_t key : grown) {
            const auto it = pairs.find(key);
            if (it != pairs.end() && it->second.count >= minimum)
                heap.push({it->second.count, key});
        }
        if ((merges.size() & 31) == 0)
            context.reportProgress(double(merges.size()) / double(wanted),
                                   "merge " + std::to_string(merges.size()) + " of "
                                       + std::to_string(wanted));
    }
    context.reportProgress(1.0, std::to_string(merges.size()) + " merges");
    return ByteLevelBpe(std::move(vocabulary), std::move(merges));
}

} // namespace lengua
