// GPT-2's pre-LN transformer block; each residual branch's gradient is added to the
// gradient that flows straight through the skip connection.
#include "nn/TransformerBlock.h"

#include "core/Error.h"

#include <random>
#include <string>

namespace lengua {

TransformerBlock::TransformerBlock(std::size_t channels, std::size_t heads, float dropout,
                                   std::uint32_t seed)
    : m_channels(channels),
      m_ln1(channels),
      m_attention(channels, heads, true, dropout),
      m_ln2(channels),
      m_mlp(channels),
      m_attentionDropout(dropout),
      m_mlpDropout(dropout)
{
    setDropoutSeed(seed);
}

void TransformerBlock::setTraining(bool training)
{
    Layer::setTraining(training);
    m_attention.setTraining(training);
    m_attentionDropout.setTraining(training);
    m_mlpDropout.setTraining(training);
}

void TransformerBlock::setDropoutSeed(std::uint32_t seed)
{
    // Two independent streams from one seed (consecutive raw seeds would give mt19937
    // streams that start alike).
    std::seed_seq sequence{seed, 0x5eedu};
    std::uint32_t seeds[3];
    sequence.generate(seeds, seeds + 3);
    m_attentionDropout.setSeed(seeds[0]);
    m_mlpDropout.setSeed(seeds[1]);
    m_attention.setDropoutSeed(seeds[2]);
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
    // Without dropout the branches are added directly (no copy through Dropout).
    m_dropped = dropping();
    const arma::fmat& attended = m_attention.forward(m_ln1.forward(x), batch, length); // (C, N)
    m_residual = x + (m_dropped ? m_attentionDropout.forward(attended) : attended);    // (C, N)
    const arma::fmat& mixed = m_mlp.forward(m_ln2.forward(m_residual));               // (C, N)
    m_y = m_residual + (m_dropped ? m_mlpDropout.forward(mixed) : mixed);             // (C, N)
    return m_y;
}

const arma::fmat& TransformerBlock::backward(const arma::fmat& dy)
{
    if (dy.n_rows != m_y.n_rows || dy.n_cols != m_y.n_cols)
        throw Error("TransformerBlock::backward(): the gradient's shape does not match the "
                    "last output");
    const arma::fmat& dMixed = m_dropped ? m_mlpDropout.backward(dy) : dy;            // (C, N)
    m_dResidual = dy + m_ln2.backward(m_mlp.backward(dMixed));                        // (C, N)
    const arma::fmat& dAttended =
        m_dropped ? m_attentionDropout.backward(m_dResidual) : m_dResidual;          // (C, N)
    m_dx = m_dResidual + m_ln1.backward(m_attention.backward(dAttended));             // (C, N)
    return m_dx;
}

} // namespace lengua
