// Incremental decoding for a GPT with a KV cache: each appended token runs alone through
// the blocks, attending to the keys and values cached for the tokens before it.
#pragma once

#include "generate/NextTokenSession.h"

#include <armadillo>

#include <vector>

namespace lengua {

class Gpt;

// Gives the same logits as Gpt::nextTokenLogits() on the tokens appended so far. While
// they fit in the context length, an append costs one token's forward pass. Past it, the
// window slides: every position changes, so the cache is rebuilt from the last maxT
// tokens (as costly as nextTokenLogits(), but still exact).
// Reads the weights only (no layer cache is touched), so it may run while other sessions
// or nextTokenLogits() run; the weights must not change during the session, and the
// model must outlive it.
class GptSession : public NextTokenSession {
public:
    explicit GptSession(const Gpt& gpt);

    void append(TokenId token) override;
    // Throws Error when nothing was appended yet.
    std::vector<float> logits() override;
    const std::vector<TokenId>& tokens() const override { return m_tokens; }

    // Positions currently held in the cache (at most the context length).
    std::size_t cachedLength() const { return m_cached; }

private:
    // Runs token at position m_cached, caches its keys and values and keeps ln_f's output.
    void advance(TokenId token);

    Gpt& m_gpt; // only read: the accessors of the layers are not const
    std::vector<TokenId> m_tokens;
    std::size_t m_cached = 0;        // positions in the cache
    std::vector<arma::fmat> m_keys;   // per block (C, maxT), column p = keys of position p
    std::vector<arma::fmat> m_values; // per block (C, maxT)
    arma::fvec m_hidden;              // (C) ln_f's output for the last position
    // Working vectors of one token's pass, sized once: a token allocates nothing.
    arma::fvec m_x;         // (C)  the residual stream
    arma::fvec m_normed;    // (C)  a LayerNorm's output
    arma::fvec m_qkv;       // (3C) c_attn's output
    arma::fvec m_merged;    // (C)  the heads' outputs side by side
    arma::fvec m_fc;        // (4C) c_fc's output
    arma::fvec m_activated; // (4C) after GELU
    std::vector<float> m_weights; // (maxT) one head's attention weights
};

} // namespace lengua
