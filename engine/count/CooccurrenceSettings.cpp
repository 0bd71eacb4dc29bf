#include "CooccurrenceSettings.h"

#include "core/Error.h"

#include <string>

namespace lengua {

void CooccurrenceSettings::validate() const
{
    if (window < 1 || window > 10)
        throw Error("window must be between 1 and 10 words on each side, not "
                    + std::to_string(window));
    if (minCount < 1)
        throw Error("minCount must be at least 1");
}

} // namespace lengua
