// A number as a stream writes it by default (six significant digits, no trailing zeros),
// for the values quoted in error messages.
#pragma once

#include <sstream>
#include <string>

namespace lengua {

inline std::string numberText(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

} // namespace lengua
