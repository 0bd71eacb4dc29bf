#include "Word2VecSettings.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace lengua {

double Word2VecSettings::initialLearningRate() const
{
    if (learningRate > 0.0)
        return learningRate;
    return model == Word2VecModel::Cbow ? 0.05 : 0.025;
}

void Word2VecSettings::validate() const
{
    if (model != Word2VecModel::SkipGram && model != Word2VecModel::Cbow)
        throw Error("model must be skip-gram or CBOW");
    if (dimension < 1 || dimension > 10000)
        throw Error("dimension must be between 1 and 10000, not " + std::to_string(dimension));
    if (window < 1 || window > 100)
        throw Error("window must be between 1 and 100 words, not " + std::to_string(window));
    if (negative < 1 || negative > 100)
        throw Error("negative (samples per pair) must be between 1 and 100, not "
                    + std::to_string(negative));
    if (minCount < 1)
        throw Error("minCount must be at least 1");
    if (!std::isfinite(sample) || sample < 0.0 || sample >= 1.0)
        throw Error("sample (the subsampling threshold) must be in [0, 1), not "
                    + std::to_string(sample));
    if (!std::isfinite(learningRate) || learningRate < 0.0 || learningRate > 10.0)
        throw Error("learningRate must be positive (or 0 for the default), not "
                    + std::to_string(learningRate));
    if (epochs < 1 || epochs > 10000)
        throw Error("epochs must be between 1 and 10000, not " + std::to_string(epochs));
    if (threads < 1 || threads > 256)
        throw Error("threads must be between 1 and 256, not " + std::to_string(threads));
}

std::string Word2VecSettings::modelName(Word2VecModel model)
{
    return model == Word2VecModel::Cbow ? "cbow" : "sg";
}

} // namespace lengua
