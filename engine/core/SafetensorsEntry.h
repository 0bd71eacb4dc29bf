// What the header of a safetensors file says about one tensor, before any data is
// read: name, stored dtype, shape and byte range in the data buffer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lengua {

struct SafetensorsEntry {
    std::string name;
    std::string dtype;               // "F32", "F16" or "BF16" (others are refused)
    std::vector<std::int64_t> shape; // empty for a scalar
    std::uint64_t begin = 0;         // byte offsets relative to the start of the buffer
    std::uint64_t end = 0;
};

} // namespace lengua
