#include "TokenDisplay.h"

#include "tokenize/ByteLevelBpe.h"
#include "tokenize/Gpt2PreTokenizer.h"
#include "tokenize/Tokenizer.h"

#include <QLocale>

namespace {

QString hexByte(unsigned char byte)
{
    return QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

QString byteTag(unsigned char byte)
{
    return QStringLiteral("<0x%1>").arg(hexByte(byte));
}

} // namespace

std::string TokenDisplay::tokenBytes(const lengua::Tokenizer& tokenizer, lengua::TokenId id)
{
    if (const auto* bpe = dynamic_cast<const lengua::ByteLevelBpe*>(&tokenizer))
        return bpe->tokenBytes(id);
    return tokenizer.vocabulary().token(id);
}

QString TokenDisplay::visible(std::string_view bytes)
{
    QString out;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t length = lengua::Gpt2PreTokenizer::characterLength(bytes, i);
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (length == 1 && byte >= 0x80) {
            // A lone byte of a multi-byte character (byte-level BPE splits them).
            out += byteTag(byte);
        } else if (byte == ' ') {
            out += QChar(0x2423); // ␣
        } else if (byte == '\n') {
            out += QChar(0x21B5); // ↵
        } else if (byte == '\t') {
            out += QChar(0x21E5); // ⇥
        } else if (byte < 0x20 || byte == 0x7F) {
            out += byteTag(byte);
        } else {
            out += QString::fromUtf8(bytes.data() + i, qsizetype(length));
        }
        i += length;
    }
    return out;
}

QString TokenDisplay::hex(std::string_view bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts << hexByte(static_cast<unsigned char>(c));
    return parts.join(QLatin1Char(' '));
}

QString TokenDisplay::displayForm(const lengua::Tokenizer& tokenizer, lengua::TokenId id)
{
    if (tokenizer.vocabulary().isSpecial(id))
        return QString::fromStdString(tokenizer.vocabulary().token(id));
    return visible(tokenBytes(tokenizer, id));
}

QString TokenDisplay::tooltip(const lengua::Tokenizer& tokenizer, lengua::TokenId id,
                              const std::vector<std::uint64_t>* counts)
{
    const lengua::Vocabulary& vocabulary = tokenizer.vocabulary();
    if (id < 0 || std::size_t(id) >= vocabulary.size())
        return {};
    const std::string bytes = tokenBytes(tokenizer, id);
    QString html = QStringLiteral("<table>");
    auto row = [&html](const QString& name, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name, value);
    };
    row(tr("Id"), QString::number(id));
    row(tr("Token"), QString::fromStdString(vocabulary.token(id)).toHtmlEscaped());
    row(tr("Shown as"), displayForm(tokenizer, id).toHtmlEscaped());
    if (counts && std::size_t(id) < counts->size())
        row(tr("Frequency"), tr("%1 in the training corpus").arg(QLocale().toString(qulonglong((*counts)[std::size_t(id)]))));
    row(tr("Bytes"), tr("%1 (%Ln byte(s))", nullptr, int(bytes.size())).arg(hex(bytes)));
    if (vocabulary.isSpecial(id))
        row(tr("Kind"), id == tokenizer.unknownId() ? tr("unknown token") : tr("special token"));
    html += QStringLiteral("</table>");
    return html;
}

std::vector<TokenChip> TokenDisplay::chips(const lengua::Tokenizer& tokenizer,
                                           const lengua::Encoding& encoding,
                                           const std::vector<std::uint64_t>* counts,
                                           std::string_view text)
{
    std::vector<TokenChip> out;
    out.reserve(encoding.ids.size());
    const lengua::TokenId unknown = tokenizer.unknownId();
    for (std::size_t i = 0; i < encoding.ids.size(); ++i) {
        const lengua::TokenId id = encoding.ids[i];
        TokenChip chip;
        chip.id = id;
        chip.text = displayForm(tokenizer, id);
        chip.tooltip = tooltip(tokenizer, id, counts);
        if (i < encoding.offsets.size() && !text.empty()) {
            const auto [begin, end] = encoding.offsets[i];
            if (begin < end && end <= text.size())
                chip.tooltip += tr("<p>From the text: “%1”</p>")
                                    .arg(visible(text.substr(begin, end - begin)).toHtmlEscaped());
        }
        chip.unknown = unknown >= 0 && id == unknown;
        chip.special = !chip.unknown && tokenizer.vocabulary().isSpecial(id);
        out.push_back(std::move(chip));
    }
    return out;
}
