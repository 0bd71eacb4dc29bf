#include "PpmiSvdSettings.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace lengua {

void PpmiSvdSettings::validate() const
{
    if (window < 1 || window > 10)
        throw Error("window must be between 1 and 10 words, not " + std::to_string(window));
    if (dimension < 1 || dimension > 10000)
        throw Error("dimension must be between 1 and 10000, not " + std::to_string(dimension));
    if (minCount < 1)
        throw Error("minCount must be at least 1");
    if (!(contextSmoothing > 0.0 && contextSmoothing <= 1.0))
        throw Error("contextSmoothing (the PPMI α) must be in (0, 1], not "
                    + std::to_string(contextSmoothing));
    if (!(eigenvaluePower >= 0.0 && eigenvaluePower <= 1.0))
        throw Error("eigenvaluePower must be in [0, 1], not " + std::to_string(eigenvaluePower));
}

} // namespace lengua
