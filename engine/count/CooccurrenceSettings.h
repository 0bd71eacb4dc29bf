// How words are counted together: a symmetric window of 1–10 words on each side (the
// lecture uses 4–10), optionally weighted by 1/distance, over a vocabulary cut by count.
#pragma once

#include <cstddef>

namespace lengua {

struct CooccurrenceSettings {
    int window = 4;                  // words on each side, 1..10
    bool distanceWeighting = false;  // a neighbour d words away adds 1/d instead of 1
    bool crossSentences = false;     // false: the window stops at sentence ends
    std::size_t minCount = 1;        // rarer words are left out (rows and columns)
    std::size_t maxVocabulary = 50000; // the most frequent words kept; 0 = no limit

    void validate() const; // throws Error naming the bad field
};

} // namespace lengua
