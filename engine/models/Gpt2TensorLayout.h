// GPT-2's tensors as Hugging Face's GPT2Model names them (wte.weight, h.0.attn.c_attn.weight,
// ln_f.bias, ...), with their shapes and where each one's values live in a Gpt's flat
// buffer: the one mapping that checkpoints and the workspace store share.
#pragma once

#include "core/SafetensorsTensor.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lengua {

class Gpt;

class Gpt2TensorLayout {
public:
    using Shape = std::vector<std::int64_t>;

    struct Tensor {
        std::string name;
        float* data; // the model's own values (shape's element count of them)
        Shape shape;
    };

    // Every tensor in file order. The views come from the layers themselves, so the
    // mapping cannot drift from Gpt's layout. Conv1D's [in, out] is the shape of Linear's
    // (OUT, IN) column-major weight read row-major, and wte [V, C] is our (C, V) table.
    static std::vector<Tensor> of(Gpt& model);

    // A copy of every tensor, for writing (the layers' views are only read).
    static std::map<std::string, SafetensorsTensor> copyOf(const Gpt& model);

    static std::size_t elementCount(const Shape& shape);
    static std::string shapeText(const Shape& shape); // "[768, 2304]"
};

} // namespace lengua
