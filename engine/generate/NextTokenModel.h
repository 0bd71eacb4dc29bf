// The one interface over anything that yields next-token logits (GPT, the n-gram
// model, the RNN), so the generation panel and the command line drive them alike.
#pragma once

#include "NextTokenSession.h"

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace lengua {

class NextTokenModel {
public:
    virtual ~NextTokenModel() = default;

    // V: the logits returned below always have this many entries, one per token id.
    virtual std::size_t vocabularySize() const = 0;

    // The longest context the model looks at, or 0 when it has no limit. Longer
    // contexts are cropped to their last contextLength() tokens (a sliding window)
    // by the default session; the model may assume it never sees more.
    virtual std::size_t contextLength() const { return 0; }

    // The logits (V) of the token that follows context. Must not change the model,
    // so that several panels may ask at once; may throw Error for an empty context
    // when the model cannot predict without one.
    virtual std::vector<float> nextTokenLogits(std::span<const TokenId> context) const = 0;

    // An incremental session. The default one keeps the tokens and calls
    // nextTokenLogits() on the whole (cropped) context at every logits(): correct for
    // every model, but quadratic for a transformer. A GPT overrides this with a
    // session that keeps a KV cache, so each append costs one token's forward pass;
    // such a session must still give the same logits as nextTokenLogits() and handle
    // the window itself when the context grows past contextLength(). The session
    // refers to this model, which must outlive it.
    virtual std::unique_ptr<NextTokenSession> startSession() const;
};

} // namespace lengua
