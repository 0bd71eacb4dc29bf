// Token vectors for the attention lesson's toy views: the words of a sentence with seeded
// random embeddings, or a trained GPT's own token and position embeddings. The lesson
// follows the lecture's layout, ONE TOKEN PER ROW (X is (T, d), Y = softmax(X Xᵀ) X),
// the transpose of the neural core's one-token-per-column convention (nn/Conventions.h).
#pragma once

#include "tokenize/Encoding.h"

#include <armadillo>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lengua {

class Gpt;

// The words of a sentence (UAX #29 word boundaries, as the pipeline splits them);
// punctuation is left out.
std::vector<std::string> lessonWords(std::string_view sentence);

// One random row per word (T, d); the same word gets the same vector for a given seed, so
// "ir" twice in a sentence is twice the same row (what a real embedding table does).
// Entries are N(0, 1/√d): then x_i · x_j has about unit variance, and softmax(X Xᵀ) is
// spread over several words instead of being one-hot on the diagonal.
arma::fmat randomWordEmbeddings(const std::vector<std::string>& words, std::size_t dimensions,
                                std::uint32_t seed);

// A seeded random (rows, cols) matrix with N(0, 1/rows) entries, a projection W such
// that X W keeps the scale of X.
arma::fmat randomProjection(std::size_t rows, std::size_t cols, std::uint32_t seed);

// The rows of the GPT's token embedding table wte for ids: (T, C). Throws Error for an
// id outside the vocabulary.
arma::fmat gptTokenEmbeddings(const Gpt& gpt, std::span<const TokenId> ids);
// The GPT's learned position embeddings wpe of positions 0 .. length-1: (length, C).
// Throws Error when length exceeds the context length.
arma::fmat gptPositionEmbeddings(const Gpt& gpt, std::size_t length);

} // namespace lengua
