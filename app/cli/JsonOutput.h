// Prints a JSON object the way every lengua-cli command does: one line, invalid
// UTF-8 replaced rather than thrown on.
#pragma once

#include <nlohmann/json.hpp>

#include <iostream>

inline void printJson(const nlohmann::json& object, std::ostream& out = std::cout)
{
    out << object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}
