// Byte-level BPE encoding and decoding; see ByteLevelBpe.h.
#include "ByteLevelBpe.h"

#include "ByteLevelAlphabet.h"
#include "Gpt2PreTokenizer.h"
#include "core/Error.h"
#include "core/StringHash.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace lengua {

namespace {

// Merge ranks by pair of token ids: open addressing, because encoding looks pairs up
// in its innermost loop and std::unordered_map's node hopping shows in the profile.
class PairTable {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    void reserve(std::size_t count)
    {
        std::size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
    }
    // Keeps the first rank given to a pair (a list with a repeated merge never uses the second).
    void insert(TokenId a, TokenId b, std::uint32_t rank, TokenId result)
    {
        const std::uint64_t key = pack(a, b);
        for (std::size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot& s = m_slots[i];
            if (s.key == emptyKey) {
                s = {key, rank, result};
                return;
            }
            if (s.key == key)
                return;
        }
    }
    // The rank of merging a then b, or none; result receives the merged token.
    std::uint32_t find(TokenId a, TokenId b, TokenId& result) const
    {
        const std::uint64_t key = pack(a, b);
        for (std::size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.key == key) {
                result = s.result;
                return s.rank;
            }
            if (s.key == emptyKey)
                return none;
        }
    }

private:
    static constexpr std::uint64_t emptyKey = ~std::uint64_t(0);
    struct Slot {
        std::uint64_t key = emptyKey;
        std::uint32_t rank = none;
        TokenId result = -1;
    };
    static std::uint64_t pack(TokenId a, TokenId b)
    {
        return std::uint64_t(std::uint32_t(a)) << 32 | std::uint32_t(b);
    }
    std::size_t slotOf(std::uint64_t key) const
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask;
    }
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

inline bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The start of the character that holds text[pos], looking no further back than begin.
std::size_t characterStart(std::string_view text, std::size_t begin, std::size_t pos)
{
    for (std::size_t i = begin; i < text.size();) {
        const std::size_t next = i + Gpt2PreTokenizer::characterLength(text, i);
        if (pos < next)
            return i;
        i = next;
    }
    return pos;
}

// Words longer than this are encoded but not cached: a 1 MB run of letters must not
// stay in memory, and long words are rare enough that caching them saves nothing.
constexpr std::size_t maxCachedWord = 256;

} // namespace

struct ByteLevelBpe::Model {
    std::array<TokenId, 256> byteIds{};
    PairTable pairs;
    std::vector<std::string> bytes; // per id: the bytes it stands for

    // Appends the tokens of one pre-token, applying merges of rank < maxRank.
    void encodeWord(std::string_view word, std::uint32_t maxRank, std::vector<TokenId>& out) const;
    // The same for short words: arrays and a linear scan for the lowest rank, which beats
    // the heap's bookkeeping when there are only a few symbols. Same order of merges:
    // lowest rank first, leftmost first among equals.
    static constexpr std::size_t shortWord = 32;
    void encodeShortWord(std::string_view word, std::uint32_t maxRank,
                         std::vector<TokenId>& out) const;
};

void ByteLevelBpe::Model::encodeShortWord(std::string_view word, std::uint32_t maxRank,
                                          std::vector<TokenId>& out) const
{
    std::size_t n = word.size();
    TokenId ids[shortWord];
    std::uint32_t ranks[shortWord]; // ranks[i]: merging ids[i] and ids[i + 1]
    TokenId results[shortWord];
    for (std::size_t i = 0; i < n; ++i)
        ids[i] = byteIds[static_cast<unsigned char>(word[i])];
    const auto rankAt = [&](std::size_t i) {
        const std::uint32_t rank = pairs.find(ids[i], ids[i + 1], results[i]);
        ranks[i] = rank < maxRank ? rank : PairTable::none;
    };
    for (std::size_t i = 0; i + 1 < n; ++i)
        rankAt(i);
    while (n > 1) {
        std::size_t best = 0;
        for (std::size_t i = 1; i + 1 < n; ++i)
            if (ranks[i] < ranks[best])
                best = i;
        if (ranks[best] == PairTable::none)
            break;
        ids[best] = results[best];
        for (std::size_t i = best + 1; i + 1 < n; ++i)
            ids[i] = ids[i + 1];
        for (std::size_t i = best + 1; i + 2 < n; ++i) {
            ranks[i] = ranks[i + 1];
            results[i] = results[i + 1];
        }
        --n;
        if (best > 0)
            rankAt(best - 1);
        if (best + 1 < n)
            rankAt(best);
    }
    out.insert(out.end(), ids, ids + n);
}

struct ByteLevelBpe::Cache {
    struct Shard {
        std::mutex mutex;
        StringMap<std::vector<TokenId>> words;
    };
    // Sharded so that threads encoding at once rarely wait for each other; a full shard
    // is emptied rather than evicted entry by entry (simple, and bounds the memory).
    static constexpr std::size_t shardCount = 32;
    static constexpr std::size_t maxWordsPerShard = 8192;
    std::array<Shard, shardCount> shards;
};

void ByteLevelBpe::Model::encodeWord(std::string_view word, std::uint32_t maxRank,
                                     std::vector<TokenId>& out) const
{
    const std::size_t n = word.size();
    if (n == 1) {
        out.push_back(byteIds[static_cast<unsigned char>(word[0])]);
        return;
    }
    if (n <= shortWord) {
        encodeShortWord(word, maxRank, out);
        return;
    }
    // A doubly linked list of symbols (one per byte at first) and a min-heap of candidate
    // merges (rank, left position); an entry whose pair has changed since it was pushed is
    // skipped when popped. Equal ranks pop leftmost first, which is GPT-2's order.
    struct Symbol {
        TokenId id;
        std::int32_t prev;
        std::int32_t next;
    };
    thread_local std::vector<Symbol> symbols;
    thread_local std::vector<std::uint64_t> heap;
    symbols.resize(n);
    heap.clear();
    for (std::size_t i = 0; i < n; ++i)
        symbols[i] = {byteIds[static_cast<unsigned char>(word[i])], std::int32_t(i) - 1,
                      i + 1 < n ? std::int32_t(i + 1) : -1};
    const auto push = [&](std::int32_t left) {
        const std::int32_t right = symbols[std::size_t(left)].next;
        TokenId result = -1;
        const std::uint32_t rank =
            pairs.find(symbols[std::size_t(left)].id, symbols[std::size_t(right)].id, result);
        if (rank < maxRank) {
            heap.push_back(std::uint64_t(rank) << 32 | std::uint32_t(left));
            std::push_heap(heap.begin(), heap.end(), std::greater<>());
        }
    };
    for (std::size_t i = 0; i + 1 < n; ++i)
        push(std::int32_t(i));
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const std::uint64_t top = heap.back();
        heap.pop_back();
        const auto rank = std::uint32_t(top >> 32);
        const auto left = std::int32_t(top & 0xFFFFFFFFu);
        Symbol& a = symbols[std::size_t(left)];
        if (a.id < 0 || a.next < 0)
            continue;
        Symbol& b = symbols[std::size_t(a.next)];
        TokenId result = -1;
        if (pairs.find(a.id, b.id, result) != rank)
            continue; // stale: one side was merged since
        a.id = result;
        b.id = -1;
        a.next = b.next;
        if (a.next >= 0)
            symbols[std::size_t(a.next)].prev = left;
        if (a.prev >= 0)
            push(a.prev);
        if (a.next >= 0)
            push(left);
    }
    for (std::int32_t i = 0; i >= 0; i = symbols[std::size_t(i)].next)
        out.push_back(symbols[std::size_t(i)].id);
}

ByteLevelBpe::ByteLevelBpe(Vocabulary vocabulary, std::vector<Merge> merges)
    : m_vocabulary(std::move(vocabulary)), m_merges(std::move(merges)),
      m_cache(std::make_unique<Cache>())
{
    auto model = std::make_shared<Model>();
    for (int b = 0; b < 256; ++b) {
        const std::string& symbol = ByteLevelAlphabet::symbolUtf8(static_cast<unsigned char>(b));
        const auto id = m_vocabulary.find(symbol);
        if (!id) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", b);
            throw Error("ByteLevelBpe: the vocabulary lacks \"" + symbol + "\", the symbol of byte "
                        + hex + ", so that byte could not be encoded");
        }
        model->byteIds[std::size_t(b)] = *id;
    }
    model->pairs.reserve(m_merges.size());
    for (std::size_t rank = 0; rank < m_merges.size(); ++rank) {
        const auto& [left, right] = m_merges[rank];
        const auto describe = [&] {
            return "ByteLevelBpe: merge " + std::to_string(rank + 1) + " (\"" + left + " " + right
                   + "\")";
        };
        const auto a = m_vocabulary.find(left);
        if (!a)
            throw Error(describe() + " names \"" + left + "\", which is not in the vocabulary");
        const auto b = m_vocabulary.find(right);
        if (!b)
            throw Error(describe() + " names \"" + right + "\", which is not in the vocabulary");
        const auto merged = m_vocabulary.find(left + right);
        if (!merged)
            throw Error(describe() + " makes \"" + left + right
                        + "\", which is not in the vocabulary");
        model->pairs.insert(*a, *b, std::uint32_t(rank), *merged);
    }
    model->bytes.reserve(m_vocabulary.size());
    for (std::size_t id = 0; id < m_vocabulary.size(); ++id) {
        const std::string& token = m_vocabulary.tokens()[id];
        std::optional<std::string> raw;
        if (!m_vocabulary.isSpecial(TokenId(id)))
            raw = ByteLevelAlphabet::decode(token);
        model->bytes.push_back(raw ? std::move(*raw) : token);
    }
    m_model = std::move(model);
}

ByteLevelBpe::~ByteLevelBpe() = default;

ByteLevelBpe::ByteLevelBpe(const ByteLevelBpe& other)
    : Tokenizer(other), m_vocabulary(other.m_vocabulary), m_merges(other.m_merges),
      m_model(other.m_model), m_cache(std::make_unique<Cache>())
{
}

ByteLevelBpe::ByteLevelBpe(ByteLevelBpe&& other) noexcept = default;

ByteLevelBpe& ByteLevelBpe::operator=(const ByteLevelBpe& other)
{
    if (this != &other) {
        m_vocabulary = other.m_vocabulary;
        m_merges = other.m_merges;
        m_model = other.m_model;
        m_cache = std::make_unique<Cache>();
    }
    return *this;
}

ByteLevelBpe& ByteLevelBpe::operator=(ByteLevelBpe&& other) noexcept = default;

std::vector<TokenId> ByteLevelBpe::encodeIds(std::string_view text) const
{
    std::vector<TokenId> out;
    out.reserve(text.size() / 3 + 1);
    const Model& model = *m_model;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = Gpt2PreTokenizer::pieceEnd(text, begin);
        const std::string_view word = text.substr(begin, end - begin);
        begin = end;
        if (word.size() > maxCachedWord) {
            model.encodeWord(word, PairTable::none, out);
            continue;
        }
        const std::size_t hash = StringHash{}(word);
        Cache::Shard& shard = m_cache->shards[(hash >> 7) % Cache::shardCount];
        {
            std::lock_guard lock(shard.mutex);
            const auto it = shard.words.find(word);
            if (it != shard.words.end()) {
                out.insert(out.end(), it->second.begin(), it->second.end());
                continue;
            }
        }
        const std::size_t first = out.size();
        model.encodeWord(word, PairTable::none, out);
        std::lock_guard lock(shard.mutex);
        if (shard.words.size() >= Cache::maxWordsPerShard)
            shard.words.clear();
        shard.words.emplace(std::string(word),
                            std::vector<TokenId>(out.begin() + std::ptrdiff_t(first), out.end()));
    }
    return out;
}

namespace {

// Fills tokens and offsets of an encoding whose ids cover text in order.
void describe(std::string_view text, const Vocabulary& vocabulary,
              const std::vector<std::string>& bytes, Encoding& encoding)
{
    encoding.tokens.reserve(encoding.ids.size());
    encoding.offsets.reserve(encoding.ids.size());
    std::size_t pos = 0;
    std::size_t pieceBegin = 0;
    std::size_t pieceEnd = 0;
    for (const TokenId id : encoding.ids) {
        encoding.tokens.push_back(vocabulary.tokens()[std::size_t(id)]);
        while (pos >= pieceEnd) { // tokens never cross pre-token boundaries
            pieceBegin = pieceEnd;
            pieceEnd = Gpt2PreTokenizer::pieceEnd(text, pieceBegin);
        }
        const std::size_t end = pos + bytes[std::size_t(id)].size();
        std::size_t spanBegin = pos;
        std::size_t spanEnd = end;
        // A token that holds part of a multi-byte character spans the whole character.
        if (spanBegin > pieceBegin && isContinuation(text[spanBegin]))
            spanBegin = characterStart(text, pieceBegin, spanBegin);
        if (spanEnd < pieceEnd && isContinuation(text[spanEnd])) {
            const std::size_t start = characterStart(text, pieceBegin, spanEnd - 1);
            spanEnd = start + Gpt2PreTokenizer::characterLength(text, start);
        }
        encoding.offsets.emplace_back(spanBegin, spanEnd);
        pos = end;
    }
}

} // namespace

Encoding ByteLevelBpe::encode(std::string_view text) const
{
    Encoding encoding;
    encoding.ids = encodeIds(text);
    describe(text, m_vocabulary, m_model->bytes, encoding);
    return encoding;
}

Encoding ByteLevelBpe::encodeWithMerges(std::string_view text, std::size_t maxMerges) const
{
    const auto maxRank = std::uint32_t(std::min<std::size_t>(maxMerges, m_merges.size()));
    Encoding encoding;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = Gpt2PreTokenizer::pieceEnd(text, begin);
        m_model->encodeWord(text.substr(begin, end - begin), maxRank, encoding.ids);
        begin = end;
    }
    describe(text, m_vocabulary, m_model->bytes, encoding);
    return encoding;
}

std::string ByteLevelBpe::decode(std::span<const TokenId> ids) const
{
    std::string out;
    const auto& bytes = m_model->bytes;
    for (const TokenId id : ids) {
        if (id < 0 || std::size_t(id) >= bytes.size())
            throw Error("ByteLevelBpe::decode(): id " + std::to_string(id)
                        + " is outside the vocabulary (0.." + std::to_string(bytes.size() - 1) + ")");
        out += bytes[std::size_t(id)];
    }
    return out;
}

const std::string& ByteLevelBpe::tokenBytes(TokenId id) const
{
    if (id < 0 || std::size_t(id) >= m_model->bytes.size())
        throw Error("ByteLevelBpe::tokenBytes(): id " + std::to_string(id)
                    + " is outside the vocabulary");
    return m_model->bytes[std::size_t(id)];
}

} // namespace lengua
