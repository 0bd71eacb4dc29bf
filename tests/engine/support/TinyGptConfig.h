// The smallest GPT the model tests use: small enough for whole-model gradient checks,
// with two layers and two heads so that per-layer and per-head mix-ups show.
#pragma once

#include "models/GptConfig.h"

inline lengua::GptConfig tinyGptConfig()
{
    lengua::GptConfig config;
    config.vocabularySize = 7;
    config.contextLength = 4;
    config.layers = 2;
    config.heads = 2;
    config.channels = 4;
    config.seed = 5;
    return config;
}
