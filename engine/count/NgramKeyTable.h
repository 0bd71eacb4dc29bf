// An open-addressing hash table from packed n-gram keys to dense indices 0, 1, 2, … in
// order of insertion, so the counts and statistics live in plain vectors beside it.
#pragma once

#include "NgramKey.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lengua {

class NgramKeyTable {
public:
    static constexpr std::uint32_t absent = 0xFFFFFFFFu;

    NgramKeyTable();

    std::size_t size() const { return m_size; }
    void reserve(std::size_t entries);
    // The key's index, or absent.
    std::uint32_t find(const NgramKey& key) const;
    // The key's index, adding it with index size() when new (inserted tells which).
    std::uint32_t insert(const NgramKey& key, bool& inserted);
    // insert() that also adds one to the key's tally, kept in the slot itself so counting
    // touches one cache line per n-gram.
    std::uint32_t tally(const NgramKey& key, bool& inserted);
    // Every key's tally, by index (tallies[index] += tally).
    void addTallies(std::vector<std::uint64_t>& tallies) const;

private:
    struct Slot {
        NgramKey key;
        std::uint32_t index = absent;
        std::uint32_t tally = 0;
    };
    void grow(std::size_t capacity);

    std::vector<Slot> m_slots; // capacity a power of two, at most half full
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace lengua
