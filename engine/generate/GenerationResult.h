// What a generation run produced: the new token ids, one trace per step, and why it ended.
#pragma once

#include "GenerationStep.h"

#include <vector>

namespace lengua {

enum class StopReason {
    MaxNewTokens, // settings.maxNewTokens tokens were produced
    StopToken,    // a stop token was produced (it is the last of tokens)
};

struct GenerationResult {
    std::vector<TokenId> tokens; // the new tokens only, without the prompt
    std::vector<GenerationStep> steps;
    StopReason reason = StopReason::MaxNewTokens;
};

} // namespace lengua
