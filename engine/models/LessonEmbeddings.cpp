// Word vectors for the attention lesson's toy views.
#include "models/LessonEmbeddings.h"

#include "core/Error.h"
#include "models/Gpt.h"
#include "text/WordSegmenter.h"

#include <cmath>
#include <random>

namespace lengua {

namespace {

// FNV-1a: a hash that is the same on every platform, so a seed gives the same vectors
// everywhere (std::hash may differ between standard libraries).
std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char byte : text) {
        hash ^= byte;
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace

std::vector<std::string> lessonWords(std::string_view sentence)
{
    // The pipeline's own word splitter (UAX #29); one per thread, as ICU keeps state.
    thread_local WordSegmenter segmenter("es");
    return segmenter.words(sentence, false);
}

arma::fmat randomWordEmbeddings(const std::vector<std::string>& words, std::size_t dimensions,
                                std::uint32_t seed)
{
    if (dimensions == 0)
        throw Error("randomWordEmbeddings: the dimension d must be positive");
    arma::fmat x(words.size(), dimensions); // (T, d)
    const double scale = 1.0 / std::pow(double(dimensions), 0.25);
    for (std::size_t t = 0; t < words.size(); ++t) {
        std::seed_seq sequence{seed, std::uint32_t(stableHash(words[t])),
                               std::uint32_t(stableHash(words[t]) >> 32)};
        std::mt19937 generator(sequence);
        std::normal_distribution<double> normal(0.0, scale);
        for (std::size_t c = 0; c < dimensions; ++c)
            x(t, c) = float(normal(generator));
    }
    return x;
}

arma::fmat randomProjection(std::size_t rows, std::size_t cols, std::uint32_t seed)
{
    if (rows == 0 || cols == 0)
        throw Error("randomProjection: both dimensions must be positive");
    std::mt19937 generator(seed);
    std::normal_distribution<double> normal(0.0, 1.0 / std::sqrt(double(rows)));
    arma::fmat w(rows, cols);
    for (std::size_t c = 0; c < cols; ++c)
        for (std::size_t r = 0; r < rows; ++r)
            w(r, c) = float(normal(generator));
    return w;
}

arma::fmat gptTokenEmbeddings(const Gpt& gpt, std::span<const TokenId> ids)
{
    // wte (C, V) is the first block of the parameter buffer (Gpt.h), column v = token v.
    const std::size_t c = gpt.config().channels;
    const std::size_t v = gpt.config().vocabularySize;
    const float* wte = gpt.parameters().memptr();
    arma::fmat x(ids.size(), c); // (T, C)
    for (std::size_t t = 0; t < ids.size(); ++t) {
        if (ids[t] < 0 || std::size_t(ids[t]) >= v)
            throw Error("gptTokenEmbeddings: token id " + std::to_string(ids[t])
                        + " is outside the vocabulary of " + std::to_string(v));
        const float* column = wte + std::size_t(ids[t]) * c;
        for (std::size_t k = 0; k < c; ++k)
            x(t, k) = column[k];
    }
    return x;
}

arma::fmat gptPositionEmbeddings(const Gpt& gpt, std::size_t length)
{
    // wpe (C, maxT) follows wte (C, V) in the parameter buffer (Gpt.h).
    const std::size_t c = gpt.config().channels;
    const std::size_t maxT = gpt.config().contextLength;
    if (length > maxT)
        throw Error("gptPositionEmbeddings: " + std::to_string(length)
                    + " positions asked, the model has " + std::to_string(maxT));
    const float* wpe = gpt.parameters().memptr() + gpt.config().vocabularySize * c;
    arma::fmat r(length, c); // (T, C)
    for (std::size_t t = 0; t < length; ++t)
        for (std::size_t k = 0; k < c; ++k)
            r(t, k) = wpe[t * c + k];
    return r;
}

} // namespace lengua
