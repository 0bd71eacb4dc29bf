#include "NgramKeyTable.h"

#include <algorithm>
#include <bit>

namespace lengua {

NgramKeyTable::NgramKeyTable()
{
    grow(16);
}

void NgramKeyTable::reserve(std::size_t entries)
{
    const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(16, entries * 2));
    if (wanted > m_slots.size())
        grow(wanted);
}

std::uint32_t NgramKeyTable::find(const NgramKey& key) const
{
    std::size_t slot = std::size_t(key.hash()) & m_mask;
    while (true) {
        const Slot& s = m_slots[slot];
        if (s.index == absent)
            return absent;
        if (s.key == key)
            return s.index;
        slot = (slot + 1) & m_mask;
    }
}

std::uint32_t NgramKeyTable::insert(const NgramKey& key, bool& inserted)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow(m_slots.size() * 2);
    std::size_t slot = std::size_t(key.hash()) & m_mask;
    while (true) {
        Slot& s = m_slots[slot];
        if (s.index == absent) {
            s.key = key;
            s.index = std::uint32_t(m_size++);
            inserted = true;
            return s.index;
        }
        if (s.key == key) {
            inserted = false;
            return s.index;
        }
        slot = (slot + 1) & m_mask;
    }
}

std::uint32_t NgramKeyTable::tally(const NgramKey& key, bool& inserted)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow(m_slots.size() * 2);
    std::size_t slot = std::size_t(key.hash()) & m_mask;
    while (true) {
        Slot& s = m_slots[slot];
        if (s.index == absent) {
            s.key = key;
            s.index = std::uint32_t(m_size++);
            s.tally = 1;
            inserted = true;
            return s.index;
        }
        if (s.key == key) {
            ++s.tally;
            inserted = false;
            return s.index;
        }
        slot = (slot + 1) & m_mask;
    }
}

void NgramKeyTable::addTallies(std::vector<std::uint64_t>& tallies) const
{
    tallies.resize(std::max(tallies.size(), m_size), 0);
    for (const Slot& s : m_slots) {
        if (s.index != absent)
            tallies[s.index] += s.tally;
    }
}

void NgramKeyTable::grow(std::size_t capacity)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (const Slot& s : old) {
        if (s.index == absent)
            continue;
        std::size_t slot = std::size_t(s.key.hash()) & m_mask;
        while (m_slots[slot].index != absent)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = s;
    }
}

} // namespace lengua
