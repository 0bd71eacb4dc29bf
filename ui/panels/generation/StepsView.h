// The step trace of a generation: one row per token after the prompt, with how it was
// chosen, its probability under the model and after temperature and truncation, and its
// rank, so a sampled unlikely word stands out.
#pragma once

#include "panels/generation/GeneratedTextView.h"

#include <QTableWidget>

#include <memory>
#include <vector>

class StepsView : public QTableWidget {
    Q_OBJECT
public:
    explicit StepsView(QWidget* parent = nullptr);

    void setSteps(const lengua::Tokenizer* tokenizer, const std::vector<AppendedToken>& tokens);
    void retranslate();

private:
    void setHeaders();
    std::vector<AppendedToken> m_tokens;
    const lengua::Tokenizer* m_tokenizer = nullptr;
};
