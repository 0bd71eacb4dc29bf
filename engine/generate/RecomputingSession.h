// The default NextTokenSession: keeps the tokens and recomputes the logits from
// the whole context (cropped to the model's context length) at every step.
#pragma once

#include "NextTokenSession.h"

namespace lengua {

class NextTokenModel;

class RecomputingSession : public NextTokenSession {
public:
    explicit RecomputingSession(const NextTokenModel& model) : m_model(model) {}

    void append(TokenId token) override;
    std::vector<float> logits() override;
    const std::vector<TokenId>& tokens() const override { return m_tokens; }

private:
    const NextTokenModel& m_model;
    std::vector<TokenId> m_tokens;
};

} // namespace lengua
