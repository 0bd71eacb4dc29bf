// GPT-2's byte <-> printable character table; see ByteLevelAlphabet.h.
#include "ByteLevelAlphabet.h"

#include <array>

namespace lengua {

namespace {

struct Tables {
    std::array<char32_t, 256> symbol{};
    std::array<std::string, 256> utf8;
    std::array<int, 324> byteOf{}; // every symbol is below U+0144

    Tables()
    {
        byteOf.fill(-1);
        char32_t next = 256;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE);
            const char32_t cp = printable ? char32_t(b) : next++;
            symbol[std::size_t(b)] = cp;
            byteOf[cp] = b;
            std::string s;
            if (cp < 0x80) {
                s.push_back(char(cp));
            } else {
                s.push_back(char(0xC0 | (cp >> 6)));
                s.push_back(char(0x80 | (cp & 0x3F)));
            }
            utf8[std::size_t(b)] = std::move(s);
        }
    }
};

const Tables& tables()
{
    static const Tables t;
    return t;
}

} // namespace

char32_t ByteLevelAlphabet::symbol(unsigned char byte)
{
    return tables().symbol[byte];
}

const std::string& ByteLevelAlphabet::symbolUtf8(unsigned char byte)
{
    return tables().utf8[byte];
}

int ByteLevelAlphabet::byteOf(char32_t symbol)
{
    const auto& t = tables();
    return symbol < t.byteOf.size() ? t.byteOf[symbol] : -1;
}

std::string ByteLevelAlphabet::encode(std::string_view raw)
{
    const auto& t = tables();
    std::string out;
    out.reserve(raw.size() * 2);
    for (const char c : raw)
        out += t.utf8[static_cast<unsigned char>(c)];
    return out;
}

std::optional<std::string> ByteLevelAlphabet::decode(std::string_view mapped)
{
    const auto& t = tables();
    std::string out;
    out.reserve(mapped.size());
    for (std::size_t i = 0; i < mapped.size();) {
        const auto c = static_cast<unsigned char>(mapped[i]);
        char32_t cp;
        if (c < 0x80) {
            cp = c;
            i += 1;
        } else if (c >= 0xC2 && c <= 0xDF && i + 1 < mapped.size()
                   && (static_cast<unsigned char>(mapped[i + 1]) & 0xC0) == 0x80) {
            cp = char32_t(c & 0x1F) << 6 | (static_cast<unsigned char>(mapped[i + 1]) & 0x3F);
            i += 2;
        } else {
            return std::nullopt; // three- and four-byte characters stand for no byte
        }
        const int b = cp < t.byteOf.size() ? t.byteOf[cp] : -1;
        if (b < 0)
            return std::nullopt;
        out.push_back(char(b));
    }
    return out;
}

} // namespace lengua
