// What an n-gram model is trained with: the order, the estimator and its parameters,
// and the vocabulary's minimum count.
#pragma once

#include "NgramSmoothing.h"

#include <cstddef>
#include <vector>

namespace lengua {

struct NgramSettings {
    int order = 3;                                      // 1..5
    NgramSmoothing smoothing = NgramSmoothing::KneserNey;
    double k = 1.0;                                     // add-k: > 0 (Laplace at 1)
    double discount = 0.75;                             // Kneser–Ney: in (0, 1)
    double backoffFactor = 0.4;                         // stupid backoff's α, in (0, 1]
    std::size_t minCount = 1;  // words seen fewer times become <unk>; >= 1
    // Linear interpolation: λ_1..λ_order (unigram first). Empty: tuned on the held-out
    // sentences given to NgramModel::train (EM), or uniform when there are none.
    std::vector<double> lambdas;

    // Throws Error naming the bad field ("order must be between 1 and 5, got 0",
    // "the discount must be in (0, 1), got 1.5").
    void validate() const;
};

} // namespace lengua
