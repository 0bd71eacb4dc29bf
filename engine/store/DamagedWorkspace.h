// The one wording for a workspace whose content is wrong: "<file> is damaged (<why>)".
#pragma once

#include "core/Error.h"

#include <string>

namespace lengua {

inline Error damagedWorkspace(const std::string& fileName, const std::string& detail)
{
    return Error(fileName + " is damaged (" + detail + ")");
}

} // namespace lengua
