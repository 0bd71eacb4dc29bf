#include "TsneSettings.h"

#include <algorithm>

namespace lengua {

double TsneSettings::effectiveLearningRate(std::size_t points) const
{
    if (learningRate > 0.0)
        return learningRate;
    return std::max(double(points) / std::max(earlyExaggeration, 1e-12) / 4.0, 50.0);
}

bool TsneSettings::usesBarnesHut(std::size_t points) const
{
    switch (method) {
    case Method::Exact:
        return false;
    case Method::BarnesHut:
        return true;
    case Method::Automatic:
        break;
    }
    return points > std::size_t(std::max(exactLimit, 0));
}

} // namespace lengua
