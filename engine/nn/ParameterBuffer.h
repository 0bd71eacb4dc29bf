// The model's flat parameter and gradient vectors; each layer gets views into them, in
// the order the layers were added (see Layer.h and Conventions.h).
#pragma once

#include <armadillo>

#include <cstddef>
#include <vector>

namespace lengua {

class Layer;

class ParameterBuffer {
public:
    ParameterBuffer() = default;
    // Not copyable: the layers hold pointers into this buffer's memory.
    ParameterBuffer(const ParameterBuffer&) = delete;
    ParameterBuffer& operator=(const ParameterBuffer&) = delete;

    // Registers a layer; its parameters follow those of the layers added before it.
    // Must be called before allocate(). The layer must outlive the buffer's use of it.
    void add(Layer& layer);
    // Sizes both vectors (parameters zeroed, gradients zeroed) and binds every added
    // layer to its slice. Throws if called twice or if add() follows it.
    void allocate();

    std::size_t count() const { return m_parameters.n_elem; }
    bool isAllocated() const { return m_allocated; }
    // Offset of the i-th added layer's slice (for checkpoints and tests).
    std::size_t offset(std::size_t layerIndex) const { return m_offsets.at(layerIndex); }

    arma::fvec& parameters() { return m_parameters; }             // (P)
    const arma::fvec& parameters() const { return m_parameters; }
    arma::fvec& gradients() { return m_gradients; }               // (P)
    const arma::fvec& gradients() const { return m_gradients; }
    void zeroGradients() { m_gradients.zeros(); }

private:
    std::vector<Layer*> m_layers;
    std::vector<std::size_t> m_offsets;
    arma::fvec m_parameters; // (P) every layer's weights, one after the other
    arma::fvec m_gradients;  // (P) same layout as m_parameters
    bool m_allocated = false;
};

} // namespace lengua
