// The message of the lengua::Error an action throws, for tests of refusals.
#pragma once

#include "core/Error.h"

#include <QString>

#include <functional>

// Empty when the action throws none.
inline QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const lengua::Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}
