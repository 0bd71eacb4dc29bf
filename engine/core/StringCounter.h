// Counts occurrences of strings, the hot loop of corpus statistics. Keys of up to
// eight bytes (most words) are packed into one 64-bit integer and counted in an
// open-addressing table, with no string hashing or comparison; longer keys go to
// a hash map of views. Views are not copied: the text must outlive the counter.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lengua {

class StringCounter {
public:
    StringCounter();

    void add(std::string_view key);
    std::uint64_t count(std::string_view key) const;
    std::size_t size() const { return m_shortSize + m_long.size(); }

    // Calls f(key, count) for every distinct key, in no particular order. The view
    // passed for a short key lives only during the call.
    template <typename F>
    void forEach(F&& f) const
    {
        char buffer[8];
        for (const ShortSlot& slot : m_short) {
            if (!slot.packed)
                continue;
            std::size_t length = 0;
            for (std::uint64_t v = slot.packed; v && length < 8; v >>= 8)
                buffer[length++] = char(v & 0xff);
            f(std::string_view(buffer, length), slot.count);
        }
        for (const auto& [key, count] : m_long)
            f(key, count);
    }

private:
    struct ShortSlot {
        std::uint64_t packed = 0; // 0 marks an empty slot (keys hold no NUL byte)
        std::uint64_t count = 0;
    };
    struct ViewHash {
        std::size_t operator()(std::string_view s) const noexcept;
    };

    static bool packable(std::string_view key);
    static std::uint64_t pack(std::string_view key);
    std::size_t slotOf(std::uint64_t packed) const;
    void growShort();

    std::vector<ShortSlot> m_short;
    std::size_t m_shortSize = 0;
    int m_shift = 0;
    std::unordered_map<std::string_view, std::uint64_t, ViewHash> m_long;
};

} // namespace lengua
