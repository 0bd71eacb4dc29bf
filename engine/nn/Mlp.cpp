// GPT-2's position-wise feed-forward block.
#include "nn/Mlp.h"

#include "core/Error.h"

#include <string>

namespace lengua {

namespace {

std::size_t checkedChannels(std::size_t channels)
{
    if (channels == 0)
        throw Error("Mlp: the embedding size must be positive");
    return channels;
}

} // namespace

Mlp::Mlp(std::size_t channels)
    : m_channels(checkedChannels(channels)),
      m_fc(channels, 4 * channels),
      m_gelu(Gelu::Form::Tanh),
      m_proj(4 * channels, channels)
{
}

std::size_t Mlp::parameterCount() const
{
    return m_fc.parameterCount() + m_proj.parameterCount();
}

void Mlp::bind(float* params, float* grads)
{
    m_fc.bind(params, grads);
    const std::size_t offset = m_fc.parameterCount();
    m_proj.bind(params + offset, grads + offset);
}

const arma::fmat& Mlp::forward(const arma::fmat& x)
{
    if (x.n_rows != m_channels)
        throw Error("Mlp::forward(): the input has " + std::to_string(x.n_rows)
                    + " rows, the layer expects " + std::to_string(m_channels));
    return m_proj.forward(m_gelu.forward(m_fc.forward(x))); // (C, N) -> (4C, N) -> (C, N)
}

const arma::fmat& Mlp::backward(const arma::fmat& dy)
{
    return m_fc.backward(m_gelu.backward(m_proj.backward(dy)));
}

} // namespace lengua
