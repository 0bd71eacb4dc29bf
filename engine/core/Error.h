// The engine's exception for bad input and bad arguments: its message is written
// for a person ("file.csv: line 12 has 3 fields, the header has 4").
#pragma once

#include <stdexcept>
#include <string>

namespace lengua {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

} // namespace lengua
