// How an n-gram model turns counts into probabilities: the estimators of the lecture and of
// Jurafsky & Martin ch. 3, from plain relative frequencies to modified Kneser–Ney.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lengua {

enum class NgramSmoothing {
    Mle,               // C(h w) / C(h): zero for every unseen n-gram
    AddK,              // (C(h w) + k) / (C(h) + k V); Laplace at k = 1
    Interpolated,      // Σ λ_n P_MLE,n, the λ tuned on held-out sentences
    StupidBackoff,     // Brants et al. 2007, α = 0.4: scores, not probabilities (shown for comparison)
    KneserNey,         // interpolated Kneser–Ney with one fixed discount (J&M §3.7)
    ModifiedKneserNey, // Chen & Goodman 1998: D1, D2, D3+ from the counts of counts
};

// "mle", "addk", "interp", "backoff", "kn", "mkn": the command line's names.
std::string ngramSmoothingName(NgramSmoothing smoothing);
std::optional<NgramSmoothing> parseNgramSmoothing(std::string_view name);
// True for every estimator whose next-word distribution sums to 1 (all but stupid backoff).
bool ngramSmoothingIsNormalised(NgramSmoothing smoothing);

} // namespace lengua
