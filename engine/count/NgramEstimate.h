// How one probability P(w | h) came out of the counts, for the panel's "formula filled in
// with the numbers": the counts at each order the estimator looked at, highest first.
#pragma once

#include "NgramSmoothing.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lengua {

struct NgramEstimate {
    struct Level {
        int order = 0;                    // n of this level (1 = unigram)
        std::vector<std::string> context; // the n-1 context words (unknown ones as <unk>)
        std::uint64_t ngramCount = 0;     // C(h w)
        // C(h) (for n = 1: the tokens counted). Kneser–Ney below the highest order: the
        // denominator actually used, Σ_w N1+(• h w) = N1+(• h •). 0: h was never seen.
        std::uint64_t contextCount = 0;
        // Kneser–Ney: the continuation count N1+(• h w) used at lower orders, and the
        // distinct continuations N1+(h •) that set the back-off weight.
        std::uint64_t continuationCount = 0;
        std::uint64_t distinctFollowers = 0;
        double discount = 0.0;     // the D applied at this level (modified KN: D1, D2 or D3+)
        double lambda = 0.0;       // the weight given to the lower order (interpolation/KN) or λ_n
        // This level's (smoothed) P(w | h), lower orders included. Interpolation: the term
        // λ_n multiplies (its MLE, or the lower order's when h was never seen; at n = 1 the
        // add-one unigram). Stupid backoff: the score from this level down.
        double probability = 0.0;
    };

    NgramSmoothing smoothing = NgramSmoothing::Mle;
    std::string word;          // the predicted word (unknown as <unk>)
    double probability = 0.0;  // the final value (a score for stupid backoff)
    double k = 0.0;            // add-k's k
    std::uint64_t vocabularySize = 0; // V of the formulas: the words that can be predicted (all but <s>)
    // Highest order first; only the orders actually used: MLE and add-k the one level whose
    // context was seen; stupid backoff down to the first seen n-gram; interpolation and
    // Kneser–Ney every order (Kneser–Ney's unseen contexts with contextCount 0, λ = 1).
    std::vector<Level> levels;
};

} // namespace lengua
