// GPT-2 (Radford et al. 2019) over the layers of engine/nn: token and learned position
// embeddings, L pre-LN blocks, a final LayerNorm and a language-model head tied to wte.
#pragma once

#include "generate/NextTokenModel.h"
#include "models/GptConfig.h"
#include "models/GptInspection.h"
#include "nn/Dropout.h"
#include "nn/Embedding.h"
#include "nn/LayerNorm.h"
#include "nn/LearnedPositionalEncoding.h"
#include "nn/ParameterBuffer.h"
#include "nn/SoftmaxCrossEntropy.h"
#include "nn/TransformerBlock.h"

#include <armadillo>

#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace lengua {

// Parameter layout of the one flat buffer: wte (C, V), wpe (C, maxT), then for each
// block ln_1, attn, ln_2, mlp (TransformerBlock.h), then ln_f (2C). The head has no
// weights of its own: logits = wte^T h, so wte gets two gradient contributions.
// In all: V C + maxT C + L (12 C^2 + 13 C) + 2 C floats.
// Dropout (config.dropout, GPT-2's embd_pdrop, resid_pdrop and attn_pdrop) acts in
// training mode only. A Gpt starts in evaluation mode; GptTrainer switches it on.
class Gpt : public NextTokenModel {
public:
    // How a new model's weights start: GPT-2's random initialisation (from config.seed),
    // or zeros for a model whose weights are about to be loaded (a checkpoint, a
    // workspace): drawing 124 M normal values for GPT-2 only to overwrite them takes
    // seconds.
    enum class Weights { Initialised, Zero };

    // Validates the config and draws GPT-2's initial weights from config.seed.
    explicit Gpt(const GptConfig& config, Weights weights = Weights::Initialised);
    // Not copyable: the layers hold views into m_buffer.
    Gpt(const Gpt&) = delete;
    Gpt& operator=(const Gpt&) = delete;

    const GptConfig& config() const { return m_config; }
    static std::size_t parameterCount(const GptConfig& config);
    std::size_t parameterCount() const { return m_buffer.count(); }

    // Training mode: forward() draws new dropout masks (kept for backward()).
    // Evaluation mode: dropout is the identity, so forward() is deterministic.
    // nextTokenLogits(), inspect() and sessions always evaluate, whatever the mode.
    void setTraining(bool training) { m_training = training; }
    bool isTraining() const { return m_training; }
    // Restarts every dropout layer's random stream: the same seed, mode and shapes give
    // the same masks (the constructor seeds them from config.seed).
    void setDropoutSeed(std::uint32_t seed);

    // ids (B T), sequence b in [b T, (b+1) T), T <= maxT -> logits (V, B T); column j
    // predicts the token after ids[j]. Dropout applies in training mode (setTraining).
    const arma::fmat& forward(std::span<const TokenId> ids, std::size_t batch,
                              std::size_t length);
    // Forward, then the mean cross-entropy of the logits against targets (B T).
    float loss(std::span<const TokenId> ids, std::span<const TokenId> targets,
               std::size_t batch, std::size_t length);
    // After loss(): zeroes the gradient buffer and fills it with d loss / d parameters.
    void backward();

    arma::fvec& parameters() { return m_buffer.parameters(); } // (P)
    const arma::fvec& parameters() const { return m_buffer.parameters(); }
    arma::fvec& gradients() { return m_buffer.gradients(); }   // (P)
    const arma::fvec& gradients() const { return m_buffer.gradients(); }

    Embedding& tokenEmbedding() { return m_wte; }
    LearnedPositionalEncoding& positionEmbedding() { return m_wpe; }
    std::size_t blockCount() const { return m_blocks.size(); }
    TransformerBlock& block(std::size_t index) { return *m_blocks.at(index); }
    const TransformerBlock& block(std::size_t index) const { return *m_blocks.at(index); }
    LayerNorm& finalNorm() { return m_lnf; }
    Dropout& embeddingDropout() { return m_embeddingDropout; } // on wte + wpe

    // NextTokenModel
    std::size_t vocabularySize() const override { return m_config.vocabularySize; }
    std::size_t contextLength() const override { return m_config.contextLength; }
    // Runs forward() with B = 1 on the last contextLength() tokens and returns the last
    // column. It overwrites the forward caches (under a mutex), so do not call it between
    // a training step's loss() and backward().
    std::vector<float> nextTokenLogits(std::span<const TokenId> context) const override;
    // Incremental decoding with a KV cache (GptSession): each new token runs through
    // the blocks alone, reading the weights only.
    std::unique_ptr<NextTokenSession> startSession() const override;

    // One forward pass (B = 1) over the last contextLength() tokens of context, keeping
    // the next-token logits and every head's attention. Safe alongside nextTokenLogits()
    // (same mutex); throws Error for an empty context.
    GptInspection inspect(std::span<const TokenId> context) const;

private:
    void initialise();
    // forward() in the given mode (the dropout layers are switched to it).
    const arma::fmat& run(std::span<const TokenId> ids, std::size_t batch, std::size_t length,
                          bool training);

    GptConfig m_config;
    Embedding m_wte;                                        // wte (C, V)
    LearnedPositionalEncoding m_wpe;                        // wpe (C, maxT)
    Dropout m_embeddingDropout;                             // embd_pdrop
    std::vector<std::unique_ptr<TransformerBlock>> m_blocks; // h.0 ... h.(L-1)
    LayerNorm m_lnf;                                        // ln_f
    SoftmaxCrossEntropy m_crossEntropy;
    ParameterBuffer m_buffer;
    bool m_training = false;
    // caches
    bool m_embeddingDropped = false;   // the last forward applied dropout
    std::size_t m_batch = 0;           // B of the last forward
    std::size_t m_length = 0;          // T of the last forward
    const arma::fmat* m_hidden = nullptr; // (C, N) ln_f's output (its own member)
    arma::fmat m_logits;               // (V, N)
    arma::fmat m_dHidden;              // (C, N) gradient w.r.t. ln_f's output
    bool m_lossComputed = false;       // loss() ran since the last forward()
    mutable std::mutex m_inferenceMutex; // serialises nextTokenLogits()
};

} // namespace lengua
