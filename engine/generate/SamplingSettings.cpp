// Range checks of the sampling settings.
#include "SamplingSettings.h"

#include "core/Error.h"

#include <cmath>
#include <string>

namespace lengua {

void SamplingSettings::validate() const
{
    if (!(temperature >= 0.0 && temperature <= 2.0))
        throw Error("SamplingSettings: the temperature must be between 0 and 2, not "
                    + std::to_string(temperature));
    if (!(topP >= 0.0 && topP <= 1.0))
        throw Error("SamplingSettings: top-p must be between 0 and 1, not " + std::to_string(topP));
}

} // namespace lengua
