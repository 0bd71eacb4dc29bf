#include "NgramModelCodec.h"

#include "NgramModel.h"
#include "NgramSmoothing.h"
#include "NgramVocabulary.h"
#include "core/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace lengua {
namespace {

using Json = nlohmann::json;

constexpr char magic[4] = {'L', 'N', 'G', 'M'};
constexpr std::uint8_t formatVersion = 1;

void putVarint(std::string& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(char(std::uint8_t(value) | 0x80));
        value >>= 7;
    }
    out.push_back(char(std::uint8_t(value)));
}

// Reads the blob front to back; every read checks the bytes left.
class Reader {
public:
    Reader(std::string_view bytes, const std::string& name) : m_bytes(bytes), m_name(name) {}

    std::size_t left() const { return m_bytes.size() - m_at; }
    bool atEnd() const { return m_at == m_bytes.size(); }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw Error(m_name + ": the n-gram counts are damaged (" + what + ", at byte "
                    + std::to_string(m_at) + " of " + std::to_string(m_bytes.size()) + ")");
    }

    std::uint8_t byte(const char* what)
    {
        if (atEnd())
            fail(std::string("truncated: no ") + what);
        return std::uint8_t(m_bytes[m_at++]);
    }

    std::uint64_t varint(const char* what)
    {
        std::uint64_t value = 0;
        for (int shift = 0;; shift += 7) {
            const std::uint8_t b = byte(what);
            if (shift == 63 && (b & 0x7e))
                fail(std::string(what) + " does not fit in 64 bits");
            value |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
            if (shift == 63)
                fail(std::string(what) + " does not fit in 64 bits");
        }
    }

    std::string_view take(std::size_t size, const char* what)
    {
        if (size > left())
            fail(std::string("truncated: ") + what + " of " + std::to_string(size)
                 + " bytes, only " + std::to_string(left()) + " left");
        const std::string_view piece = m_bytes.substr(m_at, size);
        m_at += size;
        return piece;
    }

private:
    std::string_view m_bytes;
    std::string m_name;
    std::size_t m_at = 0;
};

double finiteNumber(const Json& json, const char* key, const std::string& name)
{
    const auto found = json.find(key);
    if (found == json.end() || !found->is_number() || !std::isfinite(found->get<double>()))
        throw Error(name + ": the n-gram configuration's \"" + key + "\" is missing or not a number");
    return found->get<double>();
}

std::vector<double> numberList(const Json& json, const char* key, const std::string& name)
{
    const auto found = json.find(key);
    if (found == json.end() || !found->is_array())
        throw Error(name + ": the n-gram configuration's \"" + key + "\" is missing or not a list");
    if (found->size() > 5)
        throw Error(name + ": the n-gram configuration's \"" + key + "\" has "
                    + std::to_string(found->size()) + " values (at most 5)");
    std::vector<double> values;
    for (const Json& value : *found) {
        if (!value.is_number() || !std::isfinite(value.get<double>()))
            throw Error(name + ": the n-gram configuration's \"" + key + "\" holds "
                        + value.dump() + ", not a number");
        values.push_back(value.get<double>());
    }
    return values;
}

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

std::string NgramModelCodec::configToJson(const NgramModel& model)
{
    const NgramSettings& s = model.settings();
    Json discounts = Json::array();
    for (const auto& d : model.discounts())
        discounts.push_back({d[0], d[1], d[2]});
    const Json json = {{"order", s.order},
                       {"smoothing", ngramSmoothingName(s.smoothing)},
                       {"k", s.k},
                       {"discount", s.discount},
                       {"backoff_factor", s.backoffFactor},
                       {"min_count", s.minCount},
                       {"lambdas", s.lambdas},
                       {"lambdas_in_use", model.lambdas()},
                       {"discounts", std::move(discounts)}};
    return json.dump();
}

NgramModelCodec::Config NgramModelCodec::configFromJson(const std::string& text, const std::string& name)
{
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(name + ": the n-gram configuration is not a JSON object");
    Config config;
    NgramSettings& s = config.settings;
    const auto order = json.find("order");
    if (order == json.end() || !order->is_number_integer())
        throw Error(name + ": the n-gram configuration has no whole \"order\"");
    const std::int64_t orderValue = order->get<std::int64_t>();
    if (orderValue < 1 || orderValue > 5)
        throw Error(name + ": the n-gram order " + std::to_string(orderValue) + " is outside 1 .. 5");
    s.order = int(orderValue);
    const auto smoothing = json.find("smoothing");
    const auto parsed = smoothing != json.end() && smoothing->is_string()
        ? parseNgramSmoothing(smoothing->get<std::string>())
        : std::nullopt;
    if (!parsed)
        throw Error(name + ": the n-gram configuration's \"smoothing\" is "
                    + (smoothing == json.end() ? std::string("missing") : smoothing->dump())
                    + ", not one of mle, addk, interp, backoff, kn, mkn");
    s.smoothing = *parsed;
    s.k = finiteNumber(json, "k", name);
    s.discount = finiteNumber(json, "discount", name);
    s.backoffFactor = finiteNumber(json, "backoff_factor", name);
    const auto minCount = json.find("min_count");
    if (minCount == json.end() || !minCount->is_number_unsigned() || minCount->get<std::uint64_t>() == 0)
        throw Error(name + ": the n-gram configuration's \"min_count\" is not a whole number >= 1");
    s.minCount = std::size_t(minCount->get<std::uint64_t>());
    s.lambdas = numberList(json, "lambdas", name);
    config.lambdas = numberList(json, "lambdas_in_use", name);
    for (const std::vector<double>* list : {&s.lambdas, &config.lambdas}) {
        if (!list->empty() && list->size() != std::size_t(s.order))
            throw Error(name + ": the n-gram configuration has " + std::to_string(list->size())
                        + " interpolation weights for order " + std::to_string(s.order));
        for (const double lambda : *list) {
            if (lambda < 0.0 || lambda > 1.0)
                throw Error(name + ": the interpolation weight " + std::to_string(lambda)
                            + " is outside [0, 1]");
        }
    }
    const auto discounts = json.find("discounts");
    if (discounts == json.end() || !discounts->is_array() || discounts->size() > 6)
        throw Error(name + ": the n-gram configuration's \"discounts\" is missing or not a short list");
    for (const Json& row : *discounts) {
        if (!row.is_array() || row.size() != 3)
            throw Error(name + ": the n-gram configuration's \"discounts\" is not a list of [D1, D2, D3+]");
        std::array<double, 3> d{};
        for (std::size_t i = 0; i < 3; ++i) {
            if (!row[i].is_number() || !std::isfinite(row[i].get<double>()))
                throw Error(name + ": the n-gram configuration's discount " + row[i].dump()
                            + " is not a number");
            d[i] = row[i].get<double>();
        }
        config.discounts.push_back(d);
    }
    try {
        s.validate();
    } catch (const Error& error) {
        throw Error(name + ": " + error.what());
    }
    return config;
}

std::string NgramModelCodec::toBytes(const NgramModel& model)
{
    const int order = model.settings().order;
    // Gathered per order, then sorted, so the same model always gives the same bytes.
    std::vector<std::vector<TokenId>> ids(std::size_t(order) + 1);
    std::vector<std::vector<std::uint64_t>> counts(std::size_t(order) + 1);
    model.forEachNgram([&](std::span<const TokenId> ngram, std::uint64_t count) {
        const std::size_t n = ngram.size();
        if (n == 0 || n > std::size_t(order))
            throw Error("NgramModelCodec::toBytes(): the model listed an n-gram of length "
                        + std::to_string(n));
        ids[n].insert(ids[n].end(), ngram.begin(), ngram.end());
        counts[n].push_back(count);
    });

    const NgramVocabulary& vocabulary = model.vocabulary();
    std::string out(magic, sizeof magic);
    out.push_back(char(formatVersion));
    out.push_back(char(order));
    putVarint(out, vocabulary.size());
    for (std::size_t id = 0; id < vocabulary.size(); ++id) {
        const std::string& word = vocabulary.word(TokenId(id));
        putVarint(out, word.size());
        out += word;
        putVarint(out, vocabulary.count(TokenId(id)));
    }
    for (std::size_t n = 1; n <= std::size_t(order); ++n) {
        const std::vector<TokenId>& flat = ids[n];
        std::vector<std::size_t> index(counts[n].size());
        std::iota(index.begin(), index.end(), std::size_t(0));
        std::sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
            return std::lexicographical_compare(flat.begin() + std::ptrdiff_t(a * n),
                                                flat.begin() + std::ptrdiff_t((a + 1) * n),
                                                flat.begin() + std::ptrdiff_t(b * n),
                                                flat.begin() + std::ptrdiff_t((b + 1) * n));
        });
        putVarint(out, index.size());
        for (const std::size_t i : index) {
            for (std::size_t j = 0; j < n; ++j)
                putVarint(out, std::uint64_t(flat[i * n + j]));
            putVarint(out, counts[n][i]);
        }
    }
    return out;
}

std::shared_ptr<const NgramModel> NgramModelCodec::fromBytes(std::string_view bytes, const Config& config,
                                                             const std::string& name)
{
    Reader in(bytes, name);
    if (bytes.size() < sizeof magic + 2 || bytes.substr(0, sizeof magic) != std::string_view(magic, sizeof magic))
        throw Error(name + ": the n-gram counts are damaged (they do not start with \"LNGM\")");
    in.take(sizeof magic, "the mark");
    const std::uint8_t version = in.byte("format version");
    if (version != formatVersion)
        throw Error(name + ": the n-gram counts are of format " + std::to_string(version)
                    + ", which this version of Lengua cannot read (it reads format 1)");
    const std::uint8_t order = in.byte("order");
    if (order != config.settings.order)
        throw Error(name + ": the n-gram counts are of order " + std::to_string(order)
                    + ", the configuration says " + std::to_string(config.settings.order));

    // Each word takes at least two bytes (its length and its count).
    const std::uint64_t words = in.varint("the vocabulary size");
    if (words < 3 || words > in.left() / 2)
        in.fail("a vocabulary of " + std::to_string(words) + " words cannot be in "
                + std::to_string(in.left()) + " bytes");
    std::vector<std::string> vocabularyWords;
    std::vector<std::uint64_t> vocabularyCounts;
    vocabularyWords.reserve(std::size_t(words));
    vocabularyCounts.reserve(std::size_t(words));
    for (std::uint64_t id = 0; id < words; ++id) {
        const std::uint64_t length = in.varint("a word's length");
        vocabularyWords.emplace_back(in.take(std::size_t(std::min<std::uint64_t>(length, in.left() + 1)),
                                             "a word"));
        const std::uint64_t count = in.varint("a word's count");
        if (count == 0 && id >= 3)
            in.fail("the word \"" + vocabularyWords.back() + "\" (id " + std::to_string(id)
                    + ") has a count of 0");
        vocabularyCounts.push_back(count);
    }
    std::optional<NgramVocabulary> vocabulary;
    try {
        vocabulary = NgramVocabulary::fromWords(std::move(vocabularyWords), std::move(vocabularyCounts));
    } catch (const Error& error) {
        throw Error(name + ": the n-gram vocabulary is damaged (" + error.what() + ")");
    }

    std::vector<NgramModel::StoredNgram> ngrams;
    for (std::size_t n = 1; n <= order; ++n) {
        const std::uint64_t number = in.varint("a number of n-grams");
        if (number > in.left() / (n + 1))
            in.fail(std::to_string(number) + " n-grams of order " + std::to_string(n)
                    + " cannot be in " + std::to_string(in.left()) + " bytes");
        ngrams.reserve(ngrams.size() + std::size_t(number));
        for (std::uint64_t i = 0; i < number; ++i) {
            NgramModel::StoredNgram ngram;
            ngram.ids.reserve(n);
            for (std::size_t j = 0; j < n; ++j) {
                const std::uint64_t id = in.varint("an id");
                if (id >= words)
                    in.fail("the id " + std::to_string(id) + " is out of range (vocabulary of "
                            + std::to_string(words) + " words)");
                ngram.ids.push_back(TokenId(id));
            }
            ngram.count = in.varint("a count");
            if (ngram.count == 0)
                in.fail("an n-gram of order " + std::to_string(n) + " has a count of 0");
            ngrams.push_back(std::move(ngram));
        }
    }
    if (!in.atEnd())
        in.fail(std::to_string(in.left()) + " bytes follow the last n-gram");

    std::shared_ptr<const NgramModel> model;
    try {
        model = NgramModel::fromCounts(std::move(*vocabulary), config.settings, config.lambdas, ngrams);
    } catch (const Error& error) {
        throw Error(name + ": the n-gram counts are inconsistent (" + error.what() + ")");
    }
    if (!config.discounts.empty()) {
        const auto& derived = model->discounts();
        bool same = derived.size() == config.discounts.size();
        for (std::size_t i = 0; same && i < derived.size(); ++i) {
            for (std::size_t j = 0; j < 3; ++j)
                same = same && sameNumber(derived[i][j], config.discounts[i][j]);
        }
        if (!same)
            throw Error(name + ": the stored discounts do not match the n-gram counts");
    }
    return model;
}

} // namespace lengua
