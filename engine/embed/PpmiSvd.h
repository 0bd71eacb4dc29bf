// Count-based word vectors (Levy, Goldberg & Dagan 2015): the word × word co-occurrence
// counts in a symmetric window, reweighted by PPMI with smoothed context probabilities,
// then a truncated SVD M ≈ U Σ Vᵀ; the vector of word i is row i of U·Σ^p. With p = 1 the
// Gram matrix of the vectors is M_k M_kᵀ (M_k the rank-k approximation); p = 0.5 is the
// symmetric split that works best for similarity.
//
// Reports progress through the JobContext (counting, weighting, SVD iterations) and stops
// with JobCancelled when asked.
#pragma once

#include "PpmiSvdResult.h"
#include "PpmiSvdSettings.h"

#include <string>
#include <vector>

namespace lengua {

class JobContext;

class PpmiSvd {
public:
    // Throws Error for bad settings, when no word reaches minCount, or when dimension is
    // not smaller than the vocabulary; JobCancelled when the context is stopped.
    static PpmiSvdResult train(const std::vector<std::vector<std::string>>& sentences,
                               const PpmiSvdSettings& settings, JobContext* context = nullptr);
};

} // namespace lengua
