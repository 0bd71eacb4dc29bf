// The model's flat parameter and gradient vectors.
#include "nn/ParameterBuffer.h"

#include "core/Error.h"
#include "nn/BlasRuntime.h"
#include "nn/Layer.h"

namespace lengua {

void ParameterBuffer::add(Layer& layer)
{
    if (m_allocated)
        throw Error("ParameterBuffer::add(): the buffer is already allocated; add every "
                    "layer first");
    m_layers.push_back(&layer);
}

void ParameterBuffer::allocate()
{
    if (m_allocated)
        throw Error("ParameterBuffer::allocate(): called twice");
    // Done before main already; the call also links BlasRuntime's initialiser in.
    BlasRuntime::selectKernels();
    std::size_t total = 0;
    m_offsets.clear();
    for (const Layer* layer : m_layers) {
        m_offsets.push_back(total);
        total += layer->parameterCount();
    }
    // Allocated once: the views handed out below stay valid as long as the buffer lives.
    m_parameters.zeros(total);
    m_gradients.zeros(total);
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        m_layers[i]->bind(m_parameters.memptr() + m_offsets[i],
                          m_gradients.memptr() + m_offsets[i]);
    m_allocated = true;
}

} // namespace lengua
