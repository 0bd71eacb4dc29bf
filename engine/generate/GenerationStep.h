// The trace of one decoding step: the top candidates with their probabilities at
// each stage, and the token chosen (by the sampler or by the user).
#pragma once

#include "tokenize/Encoding.h"

#include <vector>

namespace lengua {

struct Candidate {
    TokenId id = 0;
    double probability = 0.0;            // softmax of the logits (temperature 1)
    double temperatureProbability = 0.0; // after temperature
    double finalProbability = 0.0;       // after top-k/top-p, renormalised (0 if cut)
    bool kept = false;                   // inside the top-k/top-p set
};

// Named GenerationStep because lengua::StepTrace is the pipeline's (engine/text).
struct GenerationStep {
    std::vector<Candidate> candidates; // the most probable first (ties: lower id)
    std::size_t keptCount = 0;         // size of the kept set (may exceed candidates)
    TokenId chosen = 0;
    double chosenProbability = 0.0;    // its final probability (0 if the user picked a cut token)
    double chosenModelProbability = 0.0; // its softmax probability at temperature 1
    std::size_t chosenRank = 0;          // its place in the ranking, 0 = the most probable
    bool chosenByUser = false;
};

} // namespace lengua
