#include "Corpus.h"

#include <cstdint>
#include <random>

namespace lengua {

std::size_t Corpus::textBytes() const
{
    std::size_t total = 0;
    for (const Document& document : documents)
        total += document.text.size();
    return total;
}

std::string newCorpusId()
{
    static thread_local std::mt19937_64 generator{std::random_device{}()};
    static constexpr char digits[] = "0123456789abcdef";
    std::string id;
    for (int half = 0; half < 2; ++half) {
        std::uint64_t value = generator();
        for (int i = 0; i < 16; ++i, value >>= 4)
            id.push_back(digits[value & 0xf]);
    }
    return id;
}

} // namespace lengua
