// WordPiece training with incremental pair statistics; see WordPieceTrainer.h.
//
// State: every distinct word as a sequence of symbol ids with its corpus count; for every
// adjacent pair its count and the words it occurs in; for every symbol its count and the pairs
// it belongs to. A merge rewrites only the words that contain the pair and applies the
// difference of their pair counts. Because a score divides by freq(a) * freq(b), a merge also
// changes the score of every other pair that contains a or b (usually upwards, as a and b lose
// occurrences), so those pairs are pushed again with a new version; older heap entries of a
// pair are recognised by their version and skipped (lazy invalidation).
#include "WordPieceTrainer.h"

#include "core/Error.h"
#include "core/JobContext.h"

#include <algorithm>
#include <queue>
#include <unordered_set>

namespace lengua {
namespace {

using PairKey = std::uint64_t;
__extension__ using Wide = unsigned __int128; // freq(a) * freq(b) * freq(ab) without overflow or rounding

PairKey pairKey(TokenId a, TokenId b)
{
    return (PairKey(std::uint32_t(a)) << 32) | std::uint32_t(b);
}
TokenId leftOf(PairKey key) { return TokenId(std::uint32_t(key >> 32)); }
TokenId rightOf(PairKey key) { return TokenId(std::uint32_t(key)); }

struct TrainingWord {
    std::vector<TokenId> symbols;
    std::uint64_t count = 0;
};

struct PairStat {
    std::uint64_t count = 0;
    std::uint32_t version = 0;
    std::vector<std::uint32_t> words; // may hold stale or repeated entries; checked when used
};

struct Candidate {
    std::uint64_t count;   // freq(ab)
    Wide denominator;      // freq(a) * freq(b)
    PairKey key;
    std::uint32_t version;
};

class PairTable {
public:
    PairTable(const Vocabulary& vocabulary, std::uint64_t minimumFrequency)
        : m_vocabulary(vocabulary), m_minimum(std::max<std::uint64_t>(minimumFrequency, 1))
        , m_heap(Lower{this})
    {
    }

    std::vector<std::uint64_t> symbolCounts;
    std::unordered_map<PairKey, PairStat> pairs;
    std::vector<std::unordered_set<PairKey>> symbolPairs;

    void growSymbols(std::size_t size)
    {
        symbolCounts.resize(size, 0);
        symbolPairs.resize(size);
    }

    // Adds delta occurrences of a pair (delta may be negative); erases it when none are left.
    void addPair(PairKey key, std::int64_t delta, std::uint32_t word, bool newInWord)
    {
        auto it = pairs.find(key);
        if (it == pairs.end()) {
            it = pairs.emplace(key, PairStat{}).first;
            symbolPairs[std::size_t(leftOf(key))].insert(key);
            symbolPairs[std::size_t(rightOf(key))].insert(key);
        }
        it->second.count = std::uint64_t(std::int64_t(it->second.count) + delta);
        if (newInWord)
            it->second.words.push_back(word);
        if (it->second.count == 0) {
            symbolPairs[std::size_t(leftOf(key))].erase(key);
            symbolPairs[std::size_t(rightOf(key))].erase(key);
            pairs.erase(it);
        }
    }

    // Queues the pair with its current score, making its older heap entries stale.
    void requeue(PairKey key)
    {
        const auto it = pairs.find(key);
        if (it == pairs.end())
            return;
        PairStat& stat = it->second;
        ++stat.version;
        if (stat.count < m_minimum)
            return;
        const Wide denominator = Wide(symbolCounts[std::size_t(leftOf(key))]) *
                                 Wide(symbolCounts[std::size_t(rightOf(key))]);
        m_heap.push(Candidate{stat.count, denominator, key, stat.version});
    }

    void requeueAll()
    {
        m_heap = Heap(Lower{this});
        for (const auto& [key, stat] : pairs)
            requeue(key);
    }

    // The best current pair, or nullopt when no pair is frequent enough.
    std::optional<Candidate> popBest()
    {
        // Stale entries pile up (every score change pushes again): rebuild when they dominate.
        if (m_heap.size() > 4 * pairs.size() + 4096)
            requeueAll();
        while (!m_heap.empty()) {
            const Candidate top = m_heap.top();
            m_heap.pop();
            const auto it = pairs.find(top.key);
            if (it != pairs.end() && it->second.version == top.version)
                return top;
        }
        return std::nullopt;
    }

private:
    // The heap's order: true when a ranks below b.
    struct Lower {
        const PairTable* table;
        bool operator()(const Candidate& a, const Candidate& b) const
        {
            // Scores a.count / a.denominator against b.count / b.denominator, exactly.
            const Wide left = Wide(a.count) * b.denominator;
            const Wide right = Wide(b.count) * a.denominator;
            if (left != right)
                return left < right;
            if (a.count != b.count)
                return a.count < b.count;
            const Vocabulary& vocabulary = table->m_vocabulary;
            const std::string& aLeft = vocabulary.token(leftOf(a.key));
            const std::string& bLeft = vocabulary.token(leftOf(b.key));
            if (aLeft != bLeft)
                return aLeft > bLeft; // the smaller string ranks higher
            return vocabulary.token(rightOf(a.key)) > vocabulary.token(rightOf(b.key));
        }
    };
    using Heap = std::priority_queue<Candidate, std::vector<Candidate>, Lower>;

    const Vocabulary& m_vocabulary;
    std::uint64_t m_minimum;
    Heap m_heap;
};

void appendPairs(const std::vector<TokenId>& symbols, std::vector<PairKey>& out)
{
    out.clear();
    for (std::size_t i = 0; i + 1 < symbols.size(); ++i)
        out.push_back(pairKey(symbols[i], symbols[i + 1]));
    std::sort(out.begin(), out.end());
}

} // namespace

WordPieceTrainer::WordPieceTrainer(WordPieceTrainerOptions options)
    : m_options(std::move(options)), m_preTokenizer(m_options.tokenizer.normalization)
{
}

void WordPieceTrainer::addText(std::string_view text)
{
    std::vector<BertPreTokenizer::Word> words;
    m_preTokenizer.split(text, words);
    for (const auto& word : words)
        if (!tooLong(word.text))
            ++m_wordCounts[word.text];
}

void WordPieceTrainer::addWord(std::string_view word, std::uint64_t count)
{
    if (!word.empty() && count > 0 && !tooLong(word))
        m_wordCounts[std::string(word)] += count;
}

bool WordPieceTrainer::tooLong(std::string_view word) const
{
    const std::size_t limit = m_options.tokenizer.maxInputCharsPerWord;
    if (word.size() <= limit)
        return false;
    std::size_t characters = 0;
    for (const char c : word)
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return characters > limit;
}

WordPiece WordPieceTrainer::train(JobContext& context)
{
    m_merges.clear();
    if (m_wordCounts.empty())
        throw Error("WordPieceTrainer: the corpus is empty (there are no words to train on)");
    const std::string& prefix = m_options.tokenizer.continuingPrefix;

    Vocabulary vocabulary;
    for (const auto& token : m_options.specialTokens)
        vocabulary.add(token, true);
    vocabulary.add(m_options.tokenizer.unknownToken, true);

    // Words in byte order, so that ids do not depend on the hash map's order.
    std::vector<std::pair<std::string_view, std::uint64_t>> sortedWords;
    sortedWords.reserve(m_wordCounts.size());
    for (const auto& [word, count] : m_wordCounts)
        sortedWords.emplace_back(word, count);
    std::sort(sortedWords.begin(), sortedWords.end());

    // The alphabet: word-initial characters, then continuation characters, each in byte order.
    std::vector<std::string> initials;
    std::vector<std::string> continuations;
    {
        std::unordered_set<std::string> seenInitial, seenContinuation;
        for (const auto& [word, count] : sortedWords) {
            for (std::size_t i = 0, length = 0; i < word.size(); i += length) {
                length = 1;
                while (i + length < word.size() && (static_cast<unsigned char>(word[i + length]) & 0xC0) == 0x80)
                    ++length;
                std::string symbol = i == 0 ? std::string(word.substr(i, length))
                                            : prefix + std::string(word.substr(i, length));
                if (i == 0 ? seenInitial.insert(symbol).second : seenContinuation.insert(symbol).second)
                    (i == 0 ? initials : continuations).push_back(std::move(symbol));
            }
        }
    }
    std::sort(initials.begin(), initials.end());
    std::sort(continuations.begin(), continuations.end());
    for (auto& symbol : initials)
        vocabulary.add(std::move(symbol));
    for (auto& symbol : continuations)
        vocabulary.add(std::move(symbol));
    if (m_options.vocabularySize < vocabulary.size())
        throw Error("WordPieceTrainer: a vocabulary of " + std::to_string(m_options.vocabularySize) +
                    " tokens cannot hold the special tokens and the characters of the corpus (word-initial "
                    "and continuation forms); it needs at least " + std::to_string(vocabulary.size()));

    std::vector<TrainingWord> words;
    words.reserve(sortedWords.size());
    std::string buffer;
    for (const auto& [word, count] : sortedWords) {
        TrainingWord training{{}, count};
        for (std::size_t i = 0, length = 0; i < word.size(); i += length) {
            length = 1;
            while (i + length < word.size() && (static_cast<unsigned char>(word[i + length]) & 0xC0) == 0x80)
                ++length;
            buffer = i == 0 ? std::string() : prefix;
            buffer.append(word.substr(i, length));
            training.symbols.push_back(*vocabulary.find(buffer));
        }
        words.push_back(std::move(training));
    }

    PairTable table(vocabulary, m_options.minimumFrequency);
    table.growSymbols(vocabulary.size());
    for (std::uint32_t w = 0; w < words.size(); ++w) {
        const TrainingWord& word = words[w];
        for (std::size_t i = 0; i < word.symbols.size(); ++i) {
            table.symbolCounts[std::size_t(word.symbols[i])] += word.count;
            if (i + 1 < word.symbols.size()) {
                const PairKey key = pairKey(word.symbols[i], word.symbols[i + 1]);
                auto& stat = table.pairs[key];
                if (stat.words.empty() || stat.words.back() != w)
                    stat.words.push_back(w);
                stat.count += word.count;
            }
        }
    }
    for (const auto& [key, stat] : table.pairs) {
        table.symbolPairs[std::size_t(leftOf(key))].insert(key);
        table.symbolPairs[std::size_t(rightOf(key))].insert(key);
    }
    table.requeueAll();

    const std::size_t startSize = vocabulary.size();
    const std::size_t wanted = m_options.vocabularySize - startSize;
    std::vector<PairKey> before, after, touched;
    std::vector<TokenId> merged;
    context.reportProgress(0.0, "0 merges");
    while (vocabulary.size() < m_options.vocabularySize) {
        context.throwIfStopped();
        const auto best = table.popBest();
        if (!best)
            break; // no pair left that occurs often enough
        const TokenId a = leftOf(best->key);
        const TokenId b = rightOf(best->key);
        WordPieceMerge merge;
        merge.left = vocabulary.token(a);
        merge.right = vocabulary.token(b);
        merge.merged = merge.left + (merge.right.starts_with(prefix) ? merge.right.substr(prefix.size())
                                                                     : merge.right);
        merge.pairCount = best->count;
        merge.leftCount = table.symbolCounts[std::size_t(a)];
        merge.rightCount = table.symbolCounts[std::size_t(b)];
        const TokenId m = vocabulary.add(merge.merged);
        table.growSymbols(vocabulary.size());

        std::vector<std::uint32_t> affected = table.pairs.at(best->key).words;
        std::sort(affected.begin(), affected.end());
        affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
        touched.clear();
        for (std::size_t n = 0; n < affected.size(); ++n) {
            if ((n & 4095) == 4095)
                context.throwIfStopped();
            const std::uint32_t w = affected[n];
            TrainingWord& word = words[w];
            merged.clear();
            std::size_t merges = 0;
            for (std::size_t i = 0; i < word.symbols.size(); ++i) {
                if (i + 1 < word.symbols.size() && word.symbols[i] == a && word.symbols[i + 1] == b) {
                    merged.push_back(m);
                    ++merges;
                    ++i;
                } else {
                    merged.push_back(word.symbols[i]);
                }
            }
            if (merges == 0)
                continue; // a stale entry: the pair left this word in an earlier merge
            appendPairs(word.symbols, before);
            appendPairs(merged, after);
            word.symbols.swap(merged);
            const auto occurrences = std::uint64_t(merges) * word.count;
            table.symbolCounts[std::size_t(a)] -= occurrences;
            table.symbolCounts[std::size_t(b)] -= occurrences;
            table.symbolCounts[std::size_t(m)] += occurrences;
            // Apply the difference of the two sorted pair lists, one distinct pair at a time.
            std::size_t i = 0, j = 0;
            while (i < before.size() || j < after.size()) {
                const PairKey key = j >= after.size() || (i < before.size() && before[i] < after[j])
                                        ? before[i] : after[j];
                std::int64_t oldCount = 0, newCount = 0;
                for (; i < before.size() && before[i] == key; ++i)
                    ++oldCount;
                for (; j < after.size() && after[j] == key; ++j)
                    ++newCount;
                if (oldCount != newCount) {
                    table.addPair(key, (newCount - oldCount) * std::int64_t(word.count), w, oldCount == 0);
                    touched.push_back(key);
                }
            }
        }
        // Every pair that contains a, b or the new symbol has a new score.
        for (const TokenId symbol : {a, b, m})
            touched.insert(touched.end(), table.symbolPairs[std::size_t(symbol)].begin(),
                           table.symbolPairs[std::size_t(symbol)].end());
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        for (const PairKey key : touched)
            table.requeue(key);

        m_merges.push_back(std::move(merge));
        const std::size_t done = vocabulary.size() - startSize;
        context.reportProgress(double(done) / double(std::max<std::size_t>(wanted, 1)),
                               std::to_string(m_merges.size()) + " merges");
    }
    context.reportProgress(1.0, std::to_string(m_merges.size()) + " merges");
    return WordPiece(std::move(vocabulary), m_options.tokenizer);
}

} // namespace lengua
