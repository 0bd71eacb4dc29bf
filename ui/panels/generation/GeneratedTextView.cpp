// Rich text of the prompt and the chosen tokens.
#include "GeneratedTextView.h"

#include "TokenDisplay.h"
#include "tokenize/Tokenizer.h"
#include "widgets/ChartStyle.h"

#include <string>

namespace {

// The text a token adds to the running text. Byte-level BPE tokens carry their own
// spaces; word tokens (special ones too) are separated by one; WordPiece's "##" joins to the word before.
std::string tokenPiece(const lengua::Tokenizer& tokenizer, lengua::TokenId id)
{
    const lengua::Vocabulary& vocabulary = tokenizer.vocabulary();
    const std::string kind = tokenizer.kind();
    // Word tokens (an n-gram's </s> too) are separated by one space.
    if (vocabulary.isSpecial(id))
        return kind == "word" ? " " + vocabulary.token(id) : vocabulary.token(id);
    if (kind == "word")
        return " " + vocabulary.token(id);
    if (kind == "wordpiece") {
        const std::string& token = vocabulary.token(id);
        return token.rfind("##", 0) == 0 ? token.substr(2) : " " + token;
    }
    return TokenDisplay::tokenBytes(tokenizer, id);
}

// Whether bytes end in the middle of a UTF-8 character (the next token completes it).
bool endsInsideCharacter(const std::string& bytes)
{
    int continuation = 0;
    for (auto it = bytes.rbegin(); it != bytes.rend() && continuation < 4; ++it) {
        const auto byte = static_cast<unsigned char>(*it);
        if ((byte & 0xC0) == 0x80) {
            ++continuation;
            continue;
        }
        int length = 1;
        if ((byte & 0xE0) == 0xC0)
            length = 2;
        else if ((byte & 0xF0) == 0xE0)
            length = 3;
        else if ((byte & 0xF8) == 0xF0)
            length = 4;
        return continuation + 1 < length;
    }
    return false;
}

QString html(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}

} // namespace

GeneratedTextView::GeneratedTextView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("generatedText"));
    setOpenLinks(false);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    setFont(larger);
}

QColor GeneratedTextView::originColour(AppendedToken::Origin origin, bool dark)
{
    switch (origin) {
    case AppendedToken::Origin::Clicked:
        return dark ? QColor(0x8a, 0x52, 0x1c) : QColor(0xff, 0xd8, 0xa8);
    case AppendedToken::Origin::Stepped:
        return dark ? QColor(0x2a, 0x55, 0x7f) : QColor(0xbf, 0xdc, 0xf7);
    case AppendedToken::Origin::Generated:
        return dark ? QColor(0x2e, 0x62, 0x3a) : QColor(0xc8, 0xeb, 0xc4);
    }
    return {};
}

QString GeneratedTextView::legendHtml(bool dark)
{
    const auto swatch = [dark](AppendedToken::Origin origin, const QString& name) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
            .arg(originColour(origin, dark).name(), name.toHtmlEscaped());
    };
    return tr("Prompt, then: %1 %2 %3")
        .arg(swatch(AppendedToken::Origin::Clicked, tr("chosen by you")),
             swatch(AppendedToken::Origin::Stepped, tr("sampled by Step")),
             swatch(AppendedToken::Origin::Generated, tr("generated")));
}

void GeneratedTextView::setContent(std::shared_ptr<const lengua::Tokenizer> tokenizer,
                                   const QString& promptText, const QString& startToken,
                                   const std::vector<AppendedToken>& tokens)
{
    const bool dark = ChartStyle::isDark(palette());
    QString body;
    if (!startToken.isEmpty()) {
        body += QStringLiteral("<span style=\"color:gray\">%1</span>").arg(html(startToken));
    }
    body += html(promptText);
    m_continuation.clear();
    if (tokenizer) {
        // Alternate two shades of each origin so neighbouring tokens stay apart.
        std::string pending;
        int index = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            pending += tokenPiece(*tokenizer, tokens[i].id);
            if (endsInsideCharacter(pending) && i + 1 < tokens.size())
                continue;
            const QString piece = QString::fromUtf8(pending.data(), qsizetype(pending.size()));
            pending.clear();
            m_continuation += piece;
            QColor colour = originColour(tokens[i].origin, dark);
            if (index++ % 2 == 1)
                colour = dark ? colour.lighter(125) : colour.darker(108);
            body += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                        .arg(colour.name(), html(piece));
        }
    }
    m_plain = startToken + promptText + m_continuation;
    setHtml(QStringLiteral("<div style=\"white-space:pre-wrap\">%1</div>").arg(body));
    moveCursor(QTextCursor::End);
}
