// One tensor of a safetensors file as the engine uses it: its shape and its values
// converted to float, row-major (C order) exactly as the file stores them.
#pragma once

#include <cstdint>
#include <vector>

namespace lengua {

struct SafetensorsTensor {
    std::vector<std::int64_t> shape; // empty for a scalar
    std::vector<float> data;         // product(shape) values, last dimension fastest
};

} // namespace lengua
