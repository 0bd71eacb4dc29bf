#include "StringCounter.h"

#include <functional>

namespace lengua {

namespace {
constexpr int initialBits = 12;
}

StringCounter::StringCounter() : m_short(std::size_t(1) << initialBits), m_shift(64 - initialBits) {}

std::size_t StringCounter::ViewHash::operator()(std::string_view s) const noexcept
{
    return std::hash<std::string_view>{}(s);
}

bool StringCounter::packable(std::string_view key)
{
    if (key.empty() || key.size() > 8)
        return false;
    for (const char c : key)
        if (c == '\0')
            return false;
    return true;
}

std::uint64_t StringCounter::pack(std::string_view key)
{
    std::uint64_t packed = 0;
    for (std::size_t i = 0; i < key.size(); ++i)
        packed |= std::uint64_t(static_cast<unsigned char>(key[i])) << (8 * i);
    return packed;
}

std::size_t StringCounter::slotOf(std::uint64_t packed) const
{
    return std::size_t((packed * 0x9E3779B97F4A7C15ull) >> m_shift); // Fibonacci hashing
}

void StringCounter::add(std::string_view key)
{
    if (!packable(key)) {
        ++m_long[key];
        return;
    }
    const std::uint64_t packed = pack(key);
    const std::size_t mask = m_short.size() - 1;
    for (std::size_t slot = slotOf(packed);; slot = (slot + 1) & mask) {
        ShortSlot& entry = m_short[slot];
        if (entry.packed == packed) {
            ++entry.count;
            return;
        }
        if (!entry.packed) {
            entry = ShortSlot{packed, 1};
            if (++m_shortSize * 2 > m_short.size()) // load under 1/2: short probes
                growShort();
            return;
        }
    }
}

std::uint64_t StringCounter::count(std::string_view key) const
{
    if (!packable(key)) {
        const auto it = m_long.find(key);
        return it == m_long.end() ? 0 : it->second;
    }
    const std::uint64_t packed = pack(key);
    const std::size_t mask = m_short.size() - 1;
    for (std::size_t slot = slotOf(packed);; slot = (slot + 1) & mask) {
        const ShortSlot& entry = m_short[slot];
        if (entry.packed == packed)
            return entry.count;
        if (!entry.packed)
            return 0;
    }
}

void StringCounter::growShort()
{
    std::vector<ShortSlot> old(m_short.size() * 2);
    old.swap(m_short);
    --m_shift;
    const std::size_t mask = m_short.size() - 1;
    for (const ShortSlot& entry : old) {
        if (!entry.packed)
            continue;
        std::size_t slot = slotOf(entry.packed);
        while (m_short[slot].packed)
            slot = (slot + 1) & mask;
        m_short[slot] = entry;
    }
}

} // namespace lengua
