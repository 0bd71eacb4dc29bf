// What the attention lesson shows of one text read by a GPT: the engine's inspection, the
// tokens as they are displayed, how long the text was before the sliding window, and each
// layer's attention averaged over its heads. Immutable once the job hands it over.
#pragma once

#include "models/GptInspection.h"

#include <QStringList>

#include <armadillo>

#include <cstddef>
#include <vector>

struct GptAttentionResult {
    lengua::GptInspection inspection;
    QStringList tokens;              // display form of inspection.ids (T)
    std::size_t totalTokens = 0;     // tokens of the whole text; > T when it was cropped
    std::vector<arma::fmat> layerAverages; // L matrices (T, T), oriented as inspection.attention

    std::size_t length() const { return inspection.ids.size(); }
    bool cropped() const { return totalTokens > length(); }
    // The matrix of a layer and head (head < 0: the layer's average) as rows = queries i,
    // columns = keys j, row-major: A[i T + j] = P(j, i). Since P is column-major in memory,
    // that is its memory order as it stands.
    std::vector<float> queryByKey(std::size_t layer, int head) const
    {
        const arma::fmat& p = head < 0 ? layerAverages.at(layer)
                                       : inspection.attentionOf(layer, std::size_t(head));
        return {p.memptr(), p.memptr() + p.n_elem};
    }
    // Causal mask in the same orientation: key j after query i (j > i) is masked.
    std::vector<unsigned char> causalMask() const
    {
        const std::size_t t = length();
        std::vector<unsigned char> mask(t * t, 0);
        for (std::size_t i = 0; i < t; ++i)
            for (std::size_t j = i + 1; j < t; ++j)
                mask[i * t + j] = 1;
        return mask;
    }
};
