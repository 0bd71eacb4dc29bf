// What a GPT computes for one sequence, kept for the attention views and `inspect`:
// the ids it read, the logits of the token after them, and every head's attention.
#pragma once

#include "tokenize/Encoding.h"

#include <armadillo>

#include <cstddef>
#include <vector>

namespace lengua {

struct GptInspection {
    std::vector<TokenId> ids;     // the (cropped) context, T tokens
    std::vector<float> nextLogits; // (V) logits of the token after the last one
    std::size_t layers = 0;       // L
    std::size_t heads = 0;        // NH
    // L NH matrices (T, T), index layer NH + head; P(j, i) = how much query i attends to
    // key j, so column i sums to 1 and P(j, i) = 0 for j > i.
    std::vector<arma::fmat> attention;

    const arma::fmat& attentionOf(std::size_t layer, std::size_t head) const
    {
        return attention.at(layer * heads + head);
    }

    // The mean of a layer's heads (T, T): still causal, each column still sums to 1.
    arma::fmat layerAverage(std::size_t layer) const
    {
        arma::fmat sum = attentionOf(layer, 0);
        for (std::size_t head = 1; head < heads; ++head)
            sum += attentionOf(layer, head);
        return sum / float(heads);
    }
};

} // namespace lengua
