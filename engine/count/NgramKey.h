// Up to five word ids packed into 128 bits (21 bits each), the key of the n-gram count
// tables: comparing and hashing two integers is much cheaper than a vector of ids.
#pragma once

#include "tokenize/Encoding.h"

#include <cstdint>
#include <span>

namespace lengua {

struct NgramKey {
    static constexpr int bitsPerId = 21;
    static constexpr std::uint64_t idMask = (std::uint64_t(1) << bitsPerId) - 1;

    std::uint64_t low = 0;  // ids 0..2
    std::uint64_t high = 0; // ids 3..4

    // ids: at most 5, each below 2^21 (NgramVocabulary enforces it).
    static NgramKey pack(std::span<const TokenId> ids)
    {
        NgramKey key;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const std::uint64_t id = std::uint64_t(std::uint32_t(ids[i])) & idMask;
            if (i < 3)
                key.low |= id << (bitsPerId * i);
            else
                key.high |= id << (bitsPerId * (i - 3));
        }
        // The length is part of the key, so "a" and "<unk> a" (id 0 first) differ.
        key.high |= std::uint64_t(ids.size()) << 60;
        return key;
    }

    bool operator==(const NgramKey&) const = default;

    std::uint64_t hash() const
    {
        // splitmix64's finaliser over both halves.
        std::uint64_t x = low ^ (high * 0x9E3779B97F4A7C15ull);
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9ull;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBull;
        x ^= x >> 31;
        return x;
    }
};

} // namespace lengua
