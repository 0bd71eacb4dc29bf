// The validated header of a safetensors file: its tensors in buffer order and the
// free-form string metadata ("__metadata__").
#pragma once

#include "SafetensorsEntry.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lengua {

struct SafetensorsHeader {
    std::vector<SafetensorsEntry> tensors; // sorted by begin offset, contiguous
    std::map<std::string, std::string> metadata;
    std::uint64_t dataStart = 0; // file offset of the buffer: 8 + header length
};

} // namespace lengua
