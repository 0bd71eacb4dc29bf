// The text of a generation: the prompt in plain colours, then every appended token
// with a background that says how it was chosen (clicked by the user, sampled by
// Step, produced by Generate), so the model's part stands apart from the prompt.
#pragma once

#include "tokenize/Encoding.h"

#include <QTextBrowser>

#include <memory>
#include <vector>

namespace lengua {
class Tokenizer;
}

struct AppendedToken {
    enum class Origin { Clicked, Stepped, Generated };
    lengua::TokenId id = 0;
    Origin origin = Origin::Generated;
    // How likely the token was when it was chosen (negative: not known).
    double modelProbability = -1.0; // softmax at temperature 1
    double finalProbability = -1.0; // after temperature and truncation (0: a cut token)
    long long rank = -1;            // 0 = the most probable
};

class GeneratedTextView : public QTextBrowser {
    Q_OBJECT
public:
    explicit GeneratedTextView(QWidget* parent = nullptr);

    // promptText is shown as typed; startToken (may be empty) is shown before it in grey
    // when the prompt was empty and the model starts from a special token.
    void setContent(std::shared_ptr<const lengua::Tokenizer> tokenizer, const QString& promptText,
                    const QString& startToken, const std::vector<AppendedToken>& tokens);
    // The prompt and the tokens as plain text (what the user would copy).
    QString plainContent() const { return m_plain; }
    // The appended part only, as plain text.
    QString continuation() const { return m_continuation; }

    static QColor originColour(AppendedToken::Origin origin, bool dark);
    // "Prompt, then: [chosen by you] [sampled by Step] [generated]" with the colours.
    static QString legendHtml(bool dark);

private:
    QString m_plain;
    QString m_continuation;
};
