// GPT-2: the forward pass built from the layers, its backward pass in reverse order, and
// GPT-2's initialisation.
#include "models/Gpt.h"

#include "models/GptSession.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace lengua {

namespace {

const GptConfig& checkedConfig(const GptConfig& config)
{
    if (config.vocabularySize == 0 || config.contextLength == 0 || config.channels == 0)
        throw Error("GPT config: the vocabulary size, context length and embedding size "
                    "must be positive");
    if (config.heads == 0 || config.channels % config.heads != 0)
        throw Error("GPT config: " + std::to_string(config.channels) + " channels cannot be "
                    "split evenly into " + std::to_string(config.heads) + " heads");
    if (!(config.dropout >= 0.0f && config.dropout < 1.0f))
        throw Error("GPT config: the dropout " + std::to_string(config.dropout) + " is "
                    "outside [0, 1)");
    return config;
}

} // namespace

Gpt::Gpt(const GptConfig& config, Weights weights)
    : m_config(checkedConfig(config)),
      m_wte(config.vocabularySize, config.channels),
      m_wpe(config.contextLength, config.channels),
      m_embeddingDropout(config.dropout),
      m_lnf(config.channels)
{
    m_buffer.add(m_wte);
    m_buffer.add(m_wpe);
    for (std::size_t i = 0; i < config.layers; ++i) {
        m_blocks.push_back(std::make_unique<TransformerBlock>(config.channels, config.heads,
                                                              config.dropout));
        m_buffer.add(*m_blocks.back());
    }
    m_buffer.add(m_lnf);
    m_buffer.allocate();
    if (weights == Weights::Initialised) // allocate() leaves zeros otherwise
        initialise();
    setDropoutSeed(config.seed);
}

void Gpt::setDropoutSeed(std::uint32_t seed)
{
    // One stream per dropout layer, all derived from seed, none equal to the weights'.
    std::seed_seq sequence{seed, 0xd7u};
    std::vector<std::uint32_t> seeds(1 + m_blocks.size());
    sequence.generate(seeds.begin(), seeds.end());
    m_embeddingDropout.setSeed(seeds[0]);
    for (std::size_t i = 0; i < m_blocks.size(); ++i)
        m_blocks[i]->setDropoutSeed(seeds[i + 1]);
}

std::size_t Gpt::parameterCount(const GptConfig& config)
{
    const std::size_t c = config.channels;
    return config.vocabularySize * c + config.contextLength * c
        + config.layers * (12 * c * c + 13 * c) + 2 * c;
}

void Gpt::initialise()
{
    // GPT-2 / nanoGPT: weights N(0, 0.02), biases 0, LayerNorm gammas 1 and betas 0; the
    // projections that write into the residual stream (attn.c_proj, mlp.c_proj) get
    // 0.02 / sqrt(2 L), so the stream's variance does not grow with depth.
    std::mt19937 engine(m_config.seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const float weightStd = 0.02f;
    const float residualStd = 0.02f / std::sqrt(2.0f * float(std::max<std::size_t>(
                                                    m_config.layers, 1)));
    auto fill = [&](arma::fmat& weight, float deviation) {
        for (float& value : weight)
            value = deviation * normal(engine);
    };
    m_buffer.parameters().zeros();
    fill(m_wte.table(), weightStd);
    fill(m_wpe.table(), weightStd);
    for (auto& block : m_blocks) {
        block->ln1().gamma().ones();
        fill(block->attention().qkvProjection().weight(), weightStd);
        fill(block->attention().outputProjection().weight(), residualStd);
        block->ln2().gamma().ones();
        fill(block->mlp().fc().weight(), weightStd);
        fill(block->mlp().proj().weight(), residualStd);
    }
    m_lnf.gamma().ones();
}

const arma::fmat& Gpt::forward(std::span<const TokenId> ids, std::size_t batch,
                               std::size_t length)
{
    return run(ids, batch, length, m_training);
}

const arma::fmat& Gpt::run(std::span<const TokenId> ids, std::size_t batch, std::size_t length,
                           bool training)
{
    if (batch == 0 || length == 0 || ids.size() != batch * length)
        throw Error("GPT forward: " + std::to_string(ids.size()) + " token ids given, expected "
                    "batch " + std::to_string(batch) + " x length " + std::to_string(length));
    if (length > m_config.contextLength)
        throw Error("GPT forward: a sequence of " + std::to_string(length) + " tokens is "
                    "longer than the context length " + std::to_string(m_config.contextLength));
    m_batch = batch;
    m_length = length;
    m_lossComputed = false;
    m_embeddingDropout.setTraining(training);
    for (auto& block : m_blocks)
        block->setTraining(training);
    m_embeddingDropped = training && config().dropout > 0.0f;
    const arma::fmat* x = &m_wpe.forward(m_wte.forward(ids), length); // (C, N)
    if (m_embeddingDropped)
        x = &m_embeddingDropout.forward(*x);                            // (C, N)
    for (auto& block : m_blocks)
        x = &block->forward(*x, batch, length);                         // (C, N)
    m_hidden = &m_lnf.forward(*x);                                      // (C, N)
    m_logits = m_wte.table().t() * *m_hidden; // (V, N) = (C, V)^T (C, N), the tied head
    return m_logits;
}

float Gpt::loss(std::span<const TokenId> ids, std::span<const TokenId> targets,
                std::size_t batch, std::size_t length)
{
    if (targets.size() != ids.size())
        throw Error("GPT loss: " + std::to_string(targets.size()) + " targets for "
                    + std::to_string(ids.size()) + " token ids");
    forward(ids, batch, length);
    const float value = m_crossEntropy.forward(m_logits, targets);
    m_lossComputed = true;
    return value;
}

void Gpt::backward()
{
    if (!m_lossComputed)
        throw Error("GPT backward: call loss() first");
    m_buffer.zeroGradients();
    const arma::fmat& dLogits = m_crossEntropy.backward(); // (V, N)
    // The tied head's two products: dh = wte dlogits, and wte's first contribution
    // d wte += h dlogits^T (the second comes from the embedding lookup below).
    m_dHidden = m_wte.table() * dLogits;                    // (C, N)
    m_wte.tableGradient() += *m_hidden * dLogits.t();      // (C, V)
    const arma::fmat* dx = &m_lnf.backward(m_dHidden);     // (C, N)
    for (auto block = m_blocks.rbegin(); block != m_blocks.rend(); ++block)
        dx = &(*block)->backward(*dx);
    if (m_embeddingDropped)
        dx = &m_embeddingDropout.backward(*dx);
    m_wte.backward(m_wpe.backward(*dx));
}

std::vector<float> Gpt::nextTokenLogits(std::span<const TokenId> context) const
{
    if (context.empty())
        throw Error("GPT: the context is empty; a GPT needs at least one token to predict "
                    "the next");
    if (context.size() > m_config.contextLength)
        context = context.last(m_config.contextLength);
    std::lock_guard lock(m_inferenceMutex);
    // The layers keep their caches in members, so a forward pass writes to them; the
    // weights, what makes the model, are untouched.
    Gpt& self = const_cast<Gpt&>(*this);
    const arma::fmat& logits = self.run(context, 1, context.size(), false); // (V, T)
    const float* last = logits.colptr(logits.n_cols - 1);
    return std::vector<float>(last, last + logits.n_rows);
}

GptInspection Gpt::inspect(std::span<const TokenId> context) const
{
    if (context.empty())
        throw Error("GPT: the context is empty; there is nothing to inspect");
    if (context.size() > m_config.contextLength)
        context = context.last(m_config.contextLength);
    std::lock_guard lock(m_inferenceMutex);
    Gpt& self = const_cast<Gpt&>(*this); // writes the caches only, as nextTokenLogits()
    const arma::fmat& logits = self.run(context, 1, context.size(), false); // (V, T)
    GptInspection result;
    result.ids.assign(context.begin(), context.end());
    const float* last = logits.colptr(logits.n_cols - 1);
    result.nextLogits.assign(last, last + logits.n_rows);
    result.layers = m_blocks.size();
    result.heads = m_config.heads;
    result.attention.reserve(result.layers * result.heads);
    for (const auto& block : m_blocks)
        for (std::size_t head = 0; head < m_config.heads; ++head)
            result.attention.push_back(block->attention().attentionProbabilities(head, 0));
    return result;
}

std::unique_ptr<NextTokenSession> Gpt::startSession() const
{
    return std::make_unique<GptSession>(*this);
}

} // namespace lengua
