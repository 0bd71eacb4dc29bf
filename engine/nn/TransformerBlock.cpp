// GPT-2's pre-LN transformer block; each residual branch's gradient is added to the
// gradient that flows straight through the skip connection.
#include "nn/TransformerBlock.h"

#include "core/Error.h"

#include <string>

namespace lengua {

TransformerBlock::TransformerBlock(std::size_t channels, std::size_t heads)
    : m_channels(channels),
      m_ln1(channels),
      m_attention(channels, heads, true),
      m_ln2(channels),
      m_mlp(channels)
{
}

std::size_t TransformerBlock::parameterCount() const
{
    return m_ln1.parameterCount() + m_attention.parameterCount() + m_ln2.parameterCount()
        + m_mlp.parameterCount();
}

void TransformerBlock::bind(float* params, float* grads)
{
    std::size_t offset = 0;
    for (Layer* layer : {static_cast<Layer*>(&m_ln1), static_cast<Layer*>(&m_attention),
                         static_cast<Layer*>(&m_ln2), static_cast<Layer*>(&m_mlp)}) {
        layer->bind(params + offset, grads + offset);
        offset += layer->parameterCount();
    }
}

const arma::fmat& TransformerBlock::forward(const arma::fmat& x, std::size_t batch,
                                            std::size_t length)
{
    if (x.n_rows != m_channels)
        throw Error("TransformerBlock::forward(): the input has " + std::to_string(x.n_rows)
                    + " rows, the block expects " + std::to_string(m_channels));
    m_residual = x + m_attention.forward(m_ln1.forward(x), batch, length); // (C, N)
    m_y = m_residual + m_mlp.forward(m_ln2.forward(m_residual));          // (C, N)
    return m_y;
}

const arma::fmat& TransformerBlock::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols)
        throw Error("TransformerBlock::backward(): the gradient's shape does not match the "
                    "last output");
    m_dResidual = dy + m_ln2.backward(m_mlp.backward(dy));                    // (C, N)
    m_dx = m_dResidual + m_ln1.backward(m_attention.backward(m_dResidual)); // (C, N)
    return m_dx;
}

} // namespace lengua
