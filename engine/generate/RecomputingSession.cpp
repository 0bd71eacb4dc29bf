// The default session: recompute from the full context at every step.
#include "RecomputingSession.h"

#include "NextTokenModel.h"
#include "core/Error.h"

#include <string>

namespace lengua {

void RecomputingSession::append(TokenId token)
{
    if (token < 0 || std::size_t(token) >= m_model.vocabularySize())
        throw Error("NextTokenSession::append(): token id " + std::to_string(token)
                    + " is outside the vocabulary of " + std::to_string(m_model.vocabularySize())
                    + " tokens");
    m_tokens.push_back(token);
}

std::vector<float> RecomputingSession::logits()
{
    std::span<const TokenId> context(m_tokens);
    const std::size_t window = m_model.contextLength();
    if (window > 0 && context.size() > window)
        context = context.last(window); // sliding window: the model sees the latest tokens
    std::vector<float> result = m_model.nextTokenLogits(context);
    if (result.size() != m_model.vocabularySize())
        throw Error("NextTokenModel: returned " + std::to_string(result.size())
                    + " logits for a vocabulary of " + std::to_string(m_model.vocabularySize())
                    + " tokens");
    return result;
}

} // namespace lengua
